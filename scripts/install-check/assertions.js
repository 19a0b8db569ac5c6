// What the install check asserts about the fresh app.
const fs = require('node:fs');
const path = require('node:path');

// Packages whose second copy breaks an app (extension points, API refs and
// React contexts are compared by identity).
const SHARED = [
  '@backstage/backend-plugin-api',
  '@backstage/plugin-catalog-node',
  '@backstage/core-plugin-api',
  '@backstage/frontend-plugin-api',
  '@backstage/core-compat-api',
  '@backstage/plugin-catalog-react',
  '@backstage/plugin-search-react',
];

/**
 * Parses a Yarn lockfile into entries: { resolution (name@version), deps
 * (descriptors "name@npm:range") }, keyed by each of their descriptors.
 */
function parseLock(text) {
  const byDescriptor = new Map();
  let entry;
  let inDeps = false;
  for (const line of text.split('\n')) {
    if (/^"?[^\s#].*:$/.test(line) && !line.startsWith('__metadata')) {
      entry = { resolution: '', deps: [] };
      const keys = line.slice(0, -1).replace(/"/g, '').split(', ');
      for (const key of keys) byDescriptor.set(key, entry);
      inDeps = false;
    } else if (entry && line.startsWith('  resolution: ')) {
      const resolved = JSON.parse(line.slice('  resolution: '.length));
      const at = resolved.indexOf('@', 1);
      entry.name = resolved.slice(0, at);
      entry.version =
        /@npm:([^:]+)/.exec(resolved)?.[1] ?? resolved.slice(at + 1);
    } else if (entry && /^  \w/.test(line)) {
      inDeps = line === '  dependencies:';
    } else if (entry && inDeps && line.startsWith('    ')) {
      const [name, range] = line.trim().split(/: /);
      entry.deps.push(`${name.replace(/"/g, '')}@${range.replace(/"/g, '')}`);
    }
  }
  return byDescriptor;
}

/** Versions of the shared packages reachable from `roots`, not through `stopAt`. */
function sharedVersionsFrom(lock, roots, stopAt) {
  const found = new Map(SHARED.map(name => [name, new Set()]));
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const entry = queue.pop();
    if (!entry || seen.has(entry)) continue;
    seen.add(entry);
    found.get(entry.name)?.add(entry.version);
    if (roots.includes(entry) || !stopAt(entry.name)) {
      for (const dep of entry.deps) queue.push(lock.get(dep));
    }
  }
  return found;
}

const readLock = appDir =>
  parseLock(fs.readFileSync(path.join(appDir, 'yarn.lock'), 'utf8'));

/** The shared package versions of the app as create-app made it. */
function appVersions(appDir) {
  const lock = readLock(appDir);
  const workspaces = [...new Set(lock.values())].filter(e =>
    /^(app|backend)$/.test(e.name),
  );
  return sharedVersionsFrom(lock, workspaces, () => false);
}

/**
 * Our packages must not bring a second copy of a package whose copies must
 * be one (plugin APIs, extension points, React contexts). Community plugins
 * we depend on (the tech radar) pin their own older versions; those are
 * listed, not failed: we cannot change them.
 */
function checkSingleCopies(appDir, before) {
  const lock = readLock(appDir);
  const ours = [...new Set(lock.values())].filter(e =>
    e.name?.startsWith('@conference-takeaways/'),
  );
  const community = name => name.startsWith('@backstage-community/');
  const problems = [];
  for (const [name, versions] of sharedVersionsFrom(lock, ours, community)) {
    const extra = [...versions].filter(v => !before.get(name).has(v));
    if (extra.length) {
      problems.push(
        `${name} ${extra.join(', ')} (the app has ${
          [...before.get(name)].join(', ') || 'none'
        })`,
      );
    }
  }
  const theirs = sharedVersionsFrom(lock, ours, () => false);
  for (const [name, versions] of theirs) {
    const extra = [...versions].filter(v => !before.get(name).has(v));
    if (extra.length) {
      process.stdout.write(
        `    note: through a community plugin: ${name} ${extra.join(', ')}\n`,
      );
    }
  }
  if (problems.length) {
    throw new Error(
      `our packages bring second copies:\n  ${problems.join('\n  ')}`,
    );
  }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function fetchJson(url, init) {
  const response = await fetch(url, {
    ...init,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

/** Polls until fn returns a truthy value or the deadline passes. */
async function waitFor(what, fn, { timeoutMs, backend, tail }) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    if (backend.child.exitCode !== null) {
      throw new Error(
        `the backend exited while waiting for ${what}:\n${tail(
          backend.logFile,
        )}`,
      );
    }
    try {
      const value = await fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(2000);
  }
  throw new Error(
    `timed out after ${timeoutMs / 1000} s waiting for ${what}${
      last ? ` (${last.message})` : ''
    }\n${tail(backend.logFile)}`,
  );
}

async function checkBackend({ baseUrl, componentRef, backend, tail }) {
  const opts = { backend, tail };
  const token = await waitFor(
    'the backend to start and sign in a guest',
    async () => {
      const { status, body } = await fetchJson(
        `${baseUrl}/api/auth/guest/refresh`,
        {
          method: 'POST',
        },
      );
      return status === 200 && body.backstageIdentity?.token;
    },
    { ...opts, timeoutMs: 5 * 60_000 },
  );
  const get = url =>
    fetchJson(`${baseUrl}${url}`, {
      headers: { authorization: `Bearer ${token}` },
    });

  for (const kind of ['takeaway', 'talk', 'conference']) {
    const count = await waitFor(
      `catalog entities of kind ${kind}`,
      async () => {
        const { status, body } = await get(
          `/api/catalog/entities/by-query?filter=kind=${kind}&limit=20`,
        );
        return status === 200 && body.items?.length;
      },
      { ...opts, timeoutMs: 3 * 60_000 },
    );
    process.stdout.write(`    kind=${kind}: ${count} in the catalog\n`);
  }

  const relevant = await waitFor(
    `/relevant for ${componentRef}`,
    async () => {
      const { status, body } = await get(
        `/api/conference-takeaways/relevant?entityRef=${encodeURIComponent(
          componentRef,
        )}`,
      );
      if (status !== 200 && status !== 404) {
        throw new Error(
          `GET /relevant answered ${status}: ${JSON.stringify(body)}`,
        );
      }
      return status === 200 && body.items?.length > 0 && body;
    },
    { ...opts, timeoutMs: 2 * 60_000 },
  );
  process.stdout.write(
    `    /relevant: tools ${relevant.tools
      .map(t => t.slug ?? t.tool ?? t)
      .join(', ')}; ${relevant.items.length} item(s)\n`,
  );

  // The READMEs' minimal config sets no radar: /radar answers 404 then.
  const radar = await get('/api/conference-takeaways/radar');
  if (radar.status !== 404) {
    throw new Error(
      `GET /radar without a radar location should answer 404, got ${
        radar.status
      }: ${JSON.stringify(radar.body)}`,
    );
  }
  process.stdout.write(
    `    /radar (no radar configured): 404 ${JSON.stringify(
      radar.body?.error?.message ?? '',
    )}\n`,
  );
}

module.exports = { appVersions, checkBackend, checkSingleCopies };
