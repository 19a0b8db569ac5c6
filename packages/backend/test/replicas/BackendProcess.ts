import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { examplePaths } from '../examplePortal';
import { waitFor } from '../waitFor';

/** One line a backend process wrote, with when it arrived. */
export interface LogLine {
  at: number;
  text: string;
}

// eslint-disable-next-line no-control-regex
const ANSI_COLOURS = /\x1b\[[0-9;]*m/g;

const running = new Set<ChildProcess>();
// A crashed test run must not leave backends behind.
process.once('exit', () => {
  for (const child of running) {
    child.kill('SIGKILL');
  }
});

/**
 * The example backend (packages/backend/src/index.ts) run as a separate
 * Node process from its TypeScript sources, with the given config file as
 * its only config. Its output is kept line by line for the test to read.
 */
export class BackendProcess {
  readonly lines: LogLine[] = [];
  readonly #child: ChildProcess;
  readonly #exited: Promise<number | null>;
  #exitCode: number | null | undefined;

  static start(options: { name: string; configPath: string }) {
    return new BackendProcess(options.name, options.configPath);
  }

  private constructor(readonly name: string, configPath: string) {
    this.#child = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/index.ts',
        '--config',
        configPath,
      ],
      {
        cwd: examplePaths.backendPackage,
        env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    running.add(this.#child);
    this.#collect(this.#child.stdout!);
    this.#collect(this.#child.stderr!);
    this.#exited = new Promise(resolve => {
      this.#child.once('exit', code => {
        running.delete(this.#child);
        this.#exitCode = code;
        resolve(code);
      });
    });
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  get isRunning(): boolean {
    return this.#exitCode === undefined;
  }

  /** Waits for the first line from index `from` on that matches. */
  async waitForLine(
    pattern: RegExp,
    options: { from?: number; timeoutMs?: number } = {},
  ): Promise<LogLine> {
    return waitFor(
      `${this.name} to log ${pattern}`,
      async () => {
        const line = this.lines
          .slice(options.from ?? 0)
          .find(l => pattern.test(l.text));
        if (!line && !this.isRunning) {
          throw new Error(`${this.name} exited with ${this.#exitCode}`);
        }
        return line;
      },
      { timeoutMs: options.timeoutMs ?? 60_000, intervalMs: 100 },
    ).catch(error => {
      throw new Error(`${error.message}\n${this.tail()}`);
    });
  }

  /** Resolves once every plugin has started; fails if startup fails. */
  async ready(timeoutMs = 90_000): Promise<void> {
    const line = await this.waitForLine(
      /Plugin initialization complete|Backend startup failed/,
      { timeoutMs },
    );
    if (/failed/.test(line.text)) {
      throw new Error(`${this.name} did not start\n${this.tail()}`);
    }
  }

  /** Kills the process (SIGKILL by default: no graceful shutdown). */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.isRunning) {
      this.#child.kill(signal);
      await this.#exited;
    }
  }

  /** The last lines of output, for failure messages. */
  tail(count = 40): string {
    const lines = this.lines.slice(-count).map(l => `  ${l.text}`);
    return `--- last ${lines.length} lines of ${this.name}:\n${lines.join(
      '\n',
    )}`;
  }

  #collect(stream: NodeJS.ReadableStream) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop()!;
      const at = Date.now();
      for (const part of parts) {
        this.lines.push({ at, text: part.replace(ANSI_COLOURS, '') });
      }
    });
  }
}

/** A TCP port that was free a moment ago, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
