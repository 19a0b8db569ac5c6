// Install check: builds and packs the six packages, creates a fresh
// Backstage app with @backstage/create-app, installs the packages into it by
// the READMEs' own steps, starts its backend and checks that our kinds are
// ingested and our API answers, and type-checks its frontend.
// Usage: node scripts/install-check/index.js   (see scripts/install-check.sh)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { startScopeRegistry } = require('./registry');
const readme = require('./readmeSteps');
const { addBackendModules, addAppFeatures } = require('./wireApp');
const { REPORT, COMPONENT, COMPONENT_REF } = require('./fixtures');
const {
  appVersions,
  checkBackend,
  checkSingleCopies,
} = require('./assertions');

const REPO_ROOT = path.resolve(__dirname, '../..');
const YARN_RELEASE = path.join(REPO_ROOT, '.yarn/releases/yarn-4.13.0.cjs');
const BACKEND_PORT = Number(process.env.INSTALL_CHECK_PORT ?? 7400);
const REGISTRY_PORT = Number(process.env.INSTALL_CHECK_REGISTRY_PORT ?? 7401);
const KEEP = process.env.INSTALL_CHECK_KEEP === '1';
const MINUTE = 60_000;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-install-check-'));
const dirs = {
  bin: path.join(work, 'bin'),
  packs: path.join(work, 'packs'),
  logs: path.join(work, 'logs'),
  reports: path.join(work, 'trip-reports'),
  app: path.join(work, 'app'),
};
for (const dir of Object.values(dirs)) {
  if (dir !== dirs.app) fs.mkdirSync(dir, { recursive: true });
}
// create-app checks for a `yarn` command; ours is the repo's pinned release.
fs.writeFileSync(
  path.join(dirs.bin, 'yarn'),
  `#!/bin/sh\nexec "${process.execPath}" "${YARN_RELEASE}" "$@"\n`,
  { mode: 0o755 },
);
const env = {
  ...process.env,
  PATH: `${dirs.bin}${path.delimiter}${process.env.PATH}`,
  BACKSTAGE_APP_NAME: 'fresh-app',
  YARN_ENABLE_TELEMETRY: '0',
  YARN_ENABLE_PROGRESS_BARS: '0',
  // Compiling the template's native modules (tree-sitter for the API docs
  // page, ssh2, keytar) takes minutes and none of it is ours to check.
  YARN_ENABLE_SCRIPTS: 'false',
  // A fresh app's lockfile is written by its first install; CI runners set
  // CI, which would otherwise make Yarn refuse to change any lockfile.
  YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
};

// Process groups started by the check; all are stopped on exit.
const groups = new Set();
let registry;

/** Runs a command to completion, output in a log file shown on failure. */
function run(
  name,
  command,
  args,
  { cwd = REPO_ROOT, timeoutMs = 10 * MINUTE, extraEnv = {} } = {},
) {
  const logFile = path.join(dirs.logs, `${name.replace(/\W+/g, '-')}.log`);
  const log = fs.openSync(logFile, 'a');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', log, log],
      detached: true,
    });
    groups.add(child.pid);
    const timer = setTimeout(() => {
      kill(child);
      reject(new Error(`${name}: timed out after ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', code => {
      clearTimeout(timer);
      // nothing of a finished command may linger (its group id is still ours)
      signalGroup(child.pid, 'SIGKILL');
      groups.delete(child.pid);
      fs.closeSync(log);
      if (code === 0) resolve();
      else reject(new Error(`${name}: exit code ${code}\n${tail(logFile)}`));
    });
  });
}

function tail(file, lines = 40) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text.split('\n').slice(-lines).join('\n');
}

/** Signals a process group (yarn starts node starts …); gone is fine. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function kill(child) {
  signalGroup(child.pid, 'SIGTERM');
}

const timings = [];
async function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`--- install check: ${name}\n`);
  try {
    return await fn();
  } finally {
    const seconds = Math.round((Date.now() - started) / 1000);
    timings.push([name, seconds]);
    process.stdout.write(`--- install check: ${name} (${seconds} s)\n`);
  }
}

const pluginDirs = fs
  .readdirSync(path.join(REPO_ROOT, 'plugins'))
  .filter(d =>
    fs.existsSync(path.join(REPO_ROOT, 'plugins', d, 'package.json')),
  )
  .sort();

async function buildAndPack() {
  // Type declarations come from the repo's `yarn tsc`; npm test has just run
  // it and says so with INSTALL_CHECK_SKIP_TSC=1.
  if (process.env.INSTALL_CHECK_SKIP_TSC !== '1') {
    await run('type declarations', 'yarn', ['tsc']);
  }
  await run('build packages', 'yarn', ['backstage-cli', 'repo', 'build']);
  for (const dir of pluginDirs) {
    await run(
      `pack ${dir}`,
      'yarn',
      ['pack', '--out', path.join(dirs.packs, `${dir}.tgz`)],
      {
        cwd: path.join(REPO_ROOT, 'plugins', dir),
      },
    );
  }
  const tarballs = pluginDirs.map(dir => path.join(dirs.packs, `${dir}.tgz`));
  // What npm would publish: name, version, files and access are accepted.
  for (const tarball of tarballs) {
    await run(
      'npm publish --dry-run',
      'npm',
      ['publish', '--dry-run', tarball],
      {
        cwd: dirs.packs,
        timeoutMs: 2 * MINUTE,
      },
    );
  }
  return tarballs;
}

async function createApp(registryUrl) {
  await run('create-app', process.execPath, [
    path.join(
      REPO_ROOT,
      'node_modules/@backstage/create-app/bin/backstage-create-app',
    ),
    '--path',
    dirs.app,
    '--skip-install',
  ]);
  // create-app cannot fetch its lockfile seed here; this repo's lockfile is
  // what an app on the same Backstage release resolves to.
  fs.copyFileSync(
    path.join(REPO_ROOT, 'yarn.lock'),
    path.join(dirs.app, 'yarn.lock'),
  );
  // Our scope comes from the local registry (as if published). Being new,
  // it is exempt from the template's minimal-age gate, like @backstage/*.
  const yarnrc = path.join(dirs.app, '.yarnrc.yml');
  const template = fs.readFileSync(yarnrc, 'utf8');
  const preapproved = /^npmPreapprovedPackages:\n((?:\s+- .*\n)+)/m;
  if (!preapproved.test(template)) {
    throw new Error(`unexpected .yarnrc.yml from create-app:\n${template}`);
  }
  fs.writeFileSync(
    yarnrc,
    `${template.replace(
      preapproved,
      `npmPreapprovedPackages:\n$1  - '@conference-takeaways/*'\n`,
    )}
npmScopes:
  conference-takeaways:
    npmRegistryServer: '${registryUrl}'
unsafeHttpWhitelist:
  - 127.0.0.1
`,
  );
  await run('yarn install', 'yarn', ['install'], {
    cwd: dirs.app,
    timeoutMs: 15 * MINUTE,
  });
}

/**
 * The repo's own better-sqlite3 build serves when it is the same version
 * for the same Node; otherwise it is compiled (a minute or two).
 */
async function buildBetterSqlite() {
  const ours = path.join(REPO_ROOT, 'node_modules/better-sqlite3');
  const theirs = path.join(dirs.app, 'node_modules/better-sqlite3');
  const version = dir =>
    JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  const binary = 'build/Release/better_sqlite3.node';
  if (
    fs.existsSync(path.join(ours, binary)) &&
    version(ours) === version(theirs)
  ) {
    fs.mkdirSync(path.join(theirs, 'build/Release'), { recursive: true });
    fs.copyFileSync(path.join(ours, binary), path.join(theirs, binary));
    return;
  }
  await run('build better-sqlite3', 'yarn', ['rebuild', 'better-sqlite3'], {
    cwd: dirs.app,
    extraEnv: { YARN_ENABLE_SCRIPTS: 'true' },
  });
}

async function followReadmes() {
  const docs = readme.readmes(REPO_ROOT);
  const commands = readme.addCommands(docs);
  if (commands.length === 0)
    throw new Error('no `yarn --cwd … add` line in the READMEs');
  for (const line of commands) {
    process.stdout.write(`    ${line}\n`);
    await run('readme yarn add', 'sh', ['-c', line], { cwd: dirs.app });
  }

  const indexTs = path.join(dirs.app, 'packages/backend/src/index.ts');
  const modules = readme
    .backendModules(docs)
    .filter(m => m.startsWith('@conference-takeaways/'));
  process.stdout.write(`    backend.add: ${modules.join(', ')}\n`);
  fs.writeFileSync(
    indexTs,
    addBackendModules(fs.readFileSync(indexTs, 'utf8'), modules),
  );

  const appTsx = path.join(dirs.app, 'packages/app/src/App.tsx');
  const wiring = readme.appWiring(docs);
  process.stdout.write(`    App.tsx features: ${wiring.features.join(', ')}\n`);
  fs.writeFileSync(
    appTsx,
    addAppFeatures(fs.readFileSync(appTsx, 'utf8'), wiring),
  );

  const config = readme.minimalConfig(
    docs,
    'catalog-backend-module-conference-takeaways/README.md',
  );
  const placeholder = '/srv/trip-reports';
  if (!config?.includes(placeholder)) {
    throw new Error(
      `the catalog module README has no minimal app-config block with ${placeholder}`,
    );
  }
  fs.writeFileSync(path.join(dirs.reports, 'observability-day.md'), REPORT);
  fs.writeFileSync(
    path.join(dirs.app, 'app-config.local.yaml'),
    config.replace(placeholder, dirs.reports),
  );
  // A component that declares its tools the way the READMEs say (a tag).
  fs.appendFileSync(path.join(dirs.app, 'examples/entities.yaml'), COMPONENT);
  // Our own port, so the check never collides with a portal on 7007.
  const overlay = path.join(work, 'install-check.yaml');
  fs.writeFileSync(
    overlay,
    `backend:\n  baseUrl: http://localhost:${BACKEND_PORT}\n  listen:\n    port: ${BACKEND_PORT}\n`,
  );
  return overlay;
}

async function startBackend(overlay) {
  const logFile = path.join(dirs.logs, 'backend.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    'yarn',
    [
      'start',
      '--config',
      '../../app-config.yaml',
      '--config',
      '../../app-config.local.yaml',
      '--config',
      overlay,
    ],
    {
      cwd: path.join(dirs.app, 'packages/backend'),
      env,
      stdio: ['ignore', log, log],
      detached: true,
    },
  );
  groups.add(child.pid);
  return { child, logFile };
}

async function cleanUp() {
  for (const pid of groups) signalGroup(pid, 'SIGTERM');
  // yarn waits for its own children on SIGTERM; give it a moment, then stop
  await new Promise(resolve => setTimeout(resolve, 3000));
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
  await registry?.close();
  if (KEEP) process.stdout.write(`--- install check: kept ${work}\n`);
  else fs.rmSync(work, { recursive: true, force: true });
}

async function main() {
  const started = Date.now();
  const tarballs = await step('build and pack the packages', buildAndPack);
  registry = await startScopeRegistry({ tarballs, port: REGISTRY_PORT });
  await step('create a fresh app and install it', () =>
    createApp(registry.url),
  );
  const before = appVersions(dirs.app);
  const overlay = await step(
    "follow the READMEs' install steps",
    followReadmes,
  );
  await step('one copy of each shared Backstage package', () =>
    checkSingleCopies(dirs.app, before),
  );
  // Install scripts are off (see env): of the template's native modules the
  // backend needs only better-sqlite3 (its in-memory database).
  await step('native module for the database', buildBetterSqlite);
  const backend = await startBackend(overlay);
  await step('start the backend and check our API', () =>
    checkBackend({
      baseUrl: `http://localhost:${BACKEND_PORT}`,
      componentRef: COMPONENT_REF,
      backend,
      tail,
    }),
  );
  kill(backend.child);
  await step('type-check the frontend', () =>
    run('app tsc', 'yarn', ['tsc'], { cwd: dirs.app }),
  );
  const total = Math.round((Date.now() - started) / 1000);
  process.stdout.write('\ninstall check timings:\n');
  for (const [name, seconds] of timings) {
    process.stdout.write(`  ${String(seconds).padStart(5)} s  ${name}\n`);
  }
  process.stdout.write(`  ${String(total).padStart(5)} s  total\n`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanUp().finally(() => process.exit(1)));
}

main()
  .then(cleanUp)
  .catch(async error => {
    process.stderr.write(`\ninstall check FAILED: ${error.message}\n`);
    await cleanUp();
    process.exit(1);
  });
