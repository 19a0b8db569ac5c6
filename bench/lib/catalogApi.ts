import { BackendProcess } from './backendProcess';

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** HTTP calls the benchmarks make against a running backend. */
export class CatalogApi {
  #guestToken?: string;

  constructor(private readonly backend: BackendProcess) {}

  /** A user token for the guest, as the app's sign-in would get. */
  async guestToken(): Promise<string> {
    if (!this.#guestToken) {
      const response = await fetch(
        `${this.backend.baseUrl}/api/auth/guest/refresh`,
        { method: 'POST' },
      );
      const body = await response.json();
      this.#guestToken = body?.backstageIdentity?.token;
      if (!this.#guestToken) {
        throw new Error(`guest sign-in failed: ${JSON.stringify(body)}`);
      }
    }
    return this.#guestToken;
  }

  /** GET with the given token; throws on a non-2xx answer. */
  async get(path: string, token = this.backend.staticToken): Promise<unknown> {
    return (await this.getWithSize(path, token)).body;
  }

  /** GET, also returning the size of the (decoded) JSON answer. */
  async getWithSize(
    path: string,
    token = this.backend.staticToken,
  ): Promise<{ body: unknown; bytes: number }> {
    const response = await fetch(`${this.backend.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`GET ${path}: ${response.status} ${text.slice(0, 300)}`);
    }
    return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
  }

  /** POST a JSON body with the given token and return the JSON answer. */
  async postJson(path: string, body: unknown, token: string): Promise<unknown> {
    const response = await fetch(`${this.backend.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`POST ${path}: ${response.status} ${text.slice(0, 300)}`);
    }
    return JSON.parse(text);
  }

  async post(path: string, body?: unknown): Promise<void> {
    const response = await fetch(`${this.backend.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.backend.staticToken}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(
        `POST ${path}: ${response.status} ${(await response.text()).slice(
          0,
          300,
        )}`,
      );
    }
  }

  /**
   * How many entities match a catalog filter such as
   * `kind=talk,relations.presentedAt`. Retried on connection errors: while
   * the catalog writes a large batch the backend can stall for seconds, and
   * an idle keep-alive connection may be closed under the request.
   */
  async count(filter: string): Promise<number> {
    const params = new URLSearchParams({ filter, limit: '0' });
    const path = `/api/catalog/entities/by-query?${params}`;
    for (let attempt = 1; ; attempt++) {
      try {
        const body = (await this.get(path)) as { totalItems: number };
        return body.totalItems;
      } catch (error) {
        if (!isConnectionError(error) || attempt >= 5) {
          throw error;
        }
        await sleep(1000);
      }
    }
  }

  /** Runs a scheduled task of a plugin now (the task must be local scope). */
  async triggerTask(pluginId: string, taskId: string): Promise<void> {
    await this.post(
      `/api/${pluginId}/.backstage/scheduler/v1/tasks/${encodeURIComponent(
        taskId,
      )}/trigger`,
    );
  }

  /** Asks the catalog to process an entity (e.g. a location) again now. */
  async refreshEntity(entityRef: string): Promise<void> {
    await this.post('/api/catalog/refresh', { entityRef });
  }

  /** Ref of the Location entity the config made for a `file` target. */
  async locationRefFor(target: string): Promise<string> {
    for (let attempt = 0; attempt < 120; attempt++) {
      const body = (await this.get(
        `/api/catalog/entities/by-query?${new URLSearchParams({
          filter: 'kind=location',
          limit: '100',
        })}`,
      )) as {
        items: Array<{
          metadata: { name: string; namespace?: string };
          spec?: { target?: string; targets?: string[] };
        }>;
      };
      const found = body.items.find(
        e => e.spec?.target === target || e.spec?.targets?.includes(target),
      );
      if (found) {
        return `location:${found.metadata.namespace ?? 'default'}/${
          found.metadata.name
        }`;
      }
      await sleep(250);
    }
    throw new Error(`no Location entity for ${target}`);
  }
}

/** fetch() rejects with a TypeError when the connection failed. */
function isConnectionError(error: unknown): boolean {
  return error instanceof TypeError;
}

/** One condition of a wait: a filter and how many entities must match it. */
export interface CountTarget {
  label: string;
  filter: string;
  expected: number;
}

/**
 * Polls until every target's count is reached and returns the elapsed
 * seconds, or throws after `timeoutMs` with the counts seen last.
 *
 * Counting is not free for the catalog, and it runs on the same event loop
 * that processes entities, so each poll asks only until the first target not
 * reached yet (list the slowest first), and a reached target is not asked
 * again: counts only grow while entities arrive.
 */
export async function waitForCounts(
  api: CatalogApi,
  targets: CountTarget[],
  options: {
    startedAt: number;
    timeoutMs: number;
    pollMs?: number;
    log: (line: string) => void;
  },
): Promise<number> {
  const deadline = options.startedAt + options.timeoutMs;
  const counts: Array<number | undefined> = targets.map(() => undefined);
  let lastLog = performance.now();
  for (;;) {
    let pending = false;
    for (let i = 0; i < targets.length; i++) {
      if ((counts[i] ?? -1) >= targets[i].expected) {
        continue;
      }
      counts[i] = await api.count(targets[i].filter);
      if (counts[i]! < targets[i].expected) {
        pending = true;
        break;
      }
    }
    const now = performance.now();
    if (!pending) {
      return (now - options.startedAt) / 1000;
    }
    if (now > deadline) {
      break;
    }
    if (now - lastLog > 15000) {
      lastLog = now;
      options.log(
        `  … ${((now - options.startedAt) / 1000).toFixed(0)} s: ${describe(
          targets,
          counts,
        )}`,
      );
    }
    await sleep(options.pollMs ?? 1000);
  }
  throw new Error(
    `not all entities arrived within ${options.timeoutMs / 1000} s: ${describe(
      targets,
      counts,
    )}`,
  );
}

function describe(
  targets: CountTarget[],
  counts: Array<number | undefined>,
): string {
  return targets
    .map((t, i) => `${t.label} ${counts[i] ?? '?'}/${t.expected}`)
    .join(', ');
}
