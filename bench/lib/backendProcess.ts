import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

export const REPO_ROOT = resolve(__dirname, '..', '..');
const NODE_TRANSFORM = join(
  REPO_ROOT,
  'node_modules/@backstage/cli/config/nodeTransform.cjs',
);

const running = new Set<BackendProcess>();

/** Stops every backend still running; also called on exit and signals. */
export function stopAllBackends(): void {
  for (const backend of running) {
    backend.kill('SIGKILL');
  }
}
process.on('exit', stopAllBackends);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopAllBackends();
    process.exit(130);
  });
}

/** True when nothing listens on the loopback port. */
function isPortFree(port: number): Promise<boolean> {
  return new Promise(resolvePromise => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen(port, '127.0.0.1', () => {
      server.close(() => resolvePromise(true));
    });
  });
}

/** The preferred port when free, else any free loopback port. */
export async function freeLoopbackPort(preferred: number): Promise<number> {
  if (await isPortFree(preferred)) {
    return preferred;
  }
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePromise(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

export interface BackendOptions {
  /** Directory for the config overlay and the log. */
  workDir: string;
  port: number;
  /** Config merged over app-config.yaml (after our own settings). */
  config: Record<string, unknown>;
  logLevel: string;
  startTimeoutMs: number;
  /** Extra arguments for the backend's node, e.g. `--cpu-prof`. */
  nodeArgs: string[];
}

/**
 * The repository's backend (packages/backend) started from source, the way
 * `yarn start` does, on a loopback port with SQLite in memory and a static
 * token for the benchmark's own service calls.
 */
export class BackendProcess {
  readonly baseUrl: string;
  readonly staticToken = randomBytes(24).toString('hex');
  readonly logFile: string;
  #child?: ChildProcess;
  #exited = false;

  private constructor(private readonly options: BackendOptions) {
    this.baseUrl = `http://127.0.0.1:${options.port}`;
    this.logFile = join(options.workDir, 'backend.log');
  }

  static async start(options: BackendOptions): Promise<BackendProcess> {
    const backend = new BackendProcess(options);
    await backend.#start();
    return backend;
  }

  async #start(): Promise<void> {
    const { workDir, port, config, logLevel } = this.options;
    const overlay = join(workDir, 'app-config.bench.yaml');
    await writeFile(
      overlay,
      stringify(
        deepMerge(
          {
            backend: {
              baseUrl: this.baseUrl,
              listen: { port, host: '127.0.0.1' },
              database: { client: 'better-sqlite3', connection: ':memory:' },
              auth: {
                externalAccess: [
                  {
                    type: 'static',
                    options: { token: this.staticToken, subject: 'bench' },
                  },
                ],
              },
            },
          },
          config,
        ),
      ),
    );
    const log = openSync(this.logFile, 'w');
    running.add(this);
    this.#child = spawn(
      process.execPath,
      [
        ...this.options.nodeArgs,
        '--require',
        NODE_TRANSFORM,
        'src/index.ts',
        '--config',
        join(REPO_ROOT, 'app-config.yaml'),
        '--config',
        overlay,
      ],
      {
        cwd: join(REPO_ROOT, 'packages/backend'),
        // Own process group, so stopping it also stops anything it spawned.
        detached: true,
        stdio: ['ignore', log, log],
        env: {
          ...process.env,
          NODE_ENV: 'development',
          LOG_LEVEL: logLevel,
          NODE_OPTIONS: '',
        },
      },
    );
    closeSync(log);
    this.#child.once('exit', () => {
      this.#exited = true;
      running.delete(this);
    });
    await this.#waitUntilReady();
  }

  /** Ready when guest sign-in answers: auth is up, not just the listener. */
  async #waitUntilReady(): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutMs;
    while (Date.now() < deadline) {
      if (this.#exited) {
        throw new Error(
          `the backend exited during start-up\n${this.logTail()}`,
        );
      }
      try {
        const response = await fetch(`${this.baseUrl}/api/auth/guest/refresh`, {
          method: 'POST',
        });
        if (response.ok) {
          return;
        }
      } catch {
        // Not listening yet.
      }
      await sleep(250);
    }
    throw new Error(
      `the backend did not start within ${
        this.options.startTimeoutMs / 1000
      } s\n${this.logTail()}`,
    );
  }

  /** The last lines of the backend's log, without colour codes. */
  logTail(lines = 30): string {
    try {
      return (
        readFileSync(this.logFile, 'utf8')
          // eslint-disable-next-line no-control-regex
          .replace(/\u001b\[[0-9;]*m/g, '')
          .split('\n')
          .slice(-lines)
          .join('\n')
      );
    } catch {
      return '(no log)';
    }
  }

  kill(signal: NodeJS.Signals): void {
    const pid = this.#child?.pid;
    if (pid === undefined || this.#exited) {
      return;
    }
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }

  /** SIGTERM, then SIGKILL when it has not exited after 10 s. */
  async stop(): Promise<void> {
    this.kill('SIGTERM');
    for (let i = 0; i < 100 && !this.#exited; i++) {
      await sleep(100);
    }
    this.kill('SIGKILL');
    running.delete(this);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; anything else (arrays too) is replaced. */
function deepMerge(
  base: Record<string, unknown>,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      isObject(current) && isObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}
