// Reads the install steps out of the packages' READMEs, so the install check
// does exactly what a reader is told to do: the `yarn --cwd packages/… add`
// lines, the `backend.add(import(…))` lines, the App.tsx features of the new
// frontend system, and the catalog module's minimal app-config.
const fs = require('node:fs');
const path = require('node:path');

/** Fenced code blocks of a Markdown file: [{ lang, text }]. */
function codeBlocks(markdown) {
  const blocks = [];
  const fence = /^```(\w*)[^\n]*\n([\s\S]*?)^```/gm;
  let match;
  while ((match = fence.exec(markdown))) {
    blocks.push({ lang: match[1], text: match[2] });
  }
  return blocks;
}

function readmes(repoRoot) {
  const plugins = path.join(repoRoot, 'plugins');
  return fs
    .readdirSync(plugins)
    .sort()
    .map(dir => path.join(plugins, dir, 'README.md'))
    .filter(file => fs.existsSync(file))
    .map(file => ({ file, blocks: codeBlocks(fs.readFileSync(file, 'utf8')) }));
}

/** `yarn --cwd packages/<backend|app> add …` lines, in README order. */
function addCommands(docs) {
  const lines = [];
  for (const { blocks } of docs) {
    for (const { lang, text } of blocks) {
      if (lang !== 'sh') continue;
      for (const line of text.split('\n')) {
        const command = line.replace(/\s+#.*$/, '').trim();
        if (/^yarn --cwd packages\/(backend|app) add /.test(command)) {
          if (!lines.includes(command)) lines.push(command);
        }
      }
    }
  }
  return lines;
}

/** Modules from `backend.add(import('…'))` in blocks for the backend's index.ts. */
function backendModules(docs) {
  const modules = [];
  const call = /backend\.add\(\s*import\(\s*'([^']+)'\s*,?\s*\)\s*,?\s*\)/g;
  for (const { blocks } of docs) {
    for (const { text } of blocks) {
      if (!text.startsWith('// packages/backend/src/index.ts')) continue;
      let match;
      while ((match = call.exec(text))) {
        if (!modules.includes(match[1])) modules.push(match[1]);
      }
    }
  }
  return modules;
}

/** Parses `import A, { b, c } from 'm';` statements. */
function parseImports(text) {
  const imports = [];
  const statement = /^import\s+([\s\S]*?)\s+from\s+'([^']+)';/gm;
  let match;
  while ((match = statement.exec(text))) {
    const [, clause, from] = match;
    const named = /\{([\s\S]*)\}/.exec(clause);
    const defaultName = clause
      .replace(/\{[\s\S]*\}/, '')
      .replace(/,/g, '')
      .trim();
    imports.push({
      from,
      defaultName: defaultName || undefined,
      named: named
        ? named[1]
            .split(',')
            .map(n => n.trim())
            .filter(Boolean)
        : [],
    });
  }
  return imports;
}

/**
 * The new frontend system's App.tsx wiring: blocks for App.tsx that pass
 * `features` to createApp. Returns merged imports and feature identifiers.
 */
function appWiring(docs) {
  const imports = [];
  const features = [];
  for (const { blocks } of docs) {
    for (const { text } of blocks) {
      if (!text.startsWith('// packages/app/src/App.tsx')) continue;
      const list = /features:\s*\[([\s\S]*?)\]/.exec(text);
      if (!list) continue;
      imports.push(...parseImports(text));
      const names = list[1]
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split(',')
        .map(n => n.trim())
        .filter(n => /^[A-Za-z_$][\w$]*$/.test(n));
      for (const name of names)
        if (!features.includes(name)) features.push(name);
    }
  }
  return { imports, features };
}

/** The first `# app-config.yaml` block of a README that sets conferenceTakeaways. */
function minimalConfig(docs, readmeSuffix) {
  const doc = docs.find(d => d.file.endsWith(readmeSuffix));
  const block = doc?.blocks.find(
    b =>
      b.lang === 'yaml' &&
      b.text.startsWith('# app-config.yaml') &&
      b.text.includes('conferenceTakeaways:'),
  );
  return block?.text;
}

module.exports = {
  readmes,
  addCommands,
  backendModules,
  appWiring,
  minimalConfig,
  parseImports,
};
