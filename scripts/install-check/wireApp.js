// Applies README steps to the fresh app's source files.
const { parseImports } = require('./readmeSteps');

/** Adds `backend.add(import('m'))` before `backend.start()` for new modules. */
function addBackendModules(indexTs, modules) {
  const missing = modules.filter(m => !indexTs.includes(`'${m}'`));
  const lines = missing.map(m => `backend.add(import('${m}'));\n`).join('');
  if (!indexTs.includes('backend.start();')) {
    throw new Error('packages/backend/src/index.ts has no backend.start();');
  }
  return indexTs.replace('backend.start();', `${lines}backend.start();`);
}

/** Merges the README's imports and features into the app's App.tsx. */
function addAppFeatures(appTsx, { imports, features }) {
  const known = new Set(
    parseImports(appTsx).flatMap(i => [i.defaultName, ...i.named]),
  );
  const byModule = new Map();
  for (const { from, defaultName, named } of imports) {
    const entry = byModule.get(from) ?? { defaultName: undefined, named: [] };
    if (defaultName && !known.has(defaultName)) entry.defaultName = defaultName;
    for (const n of named) {
      if (!known.has(n) && !entry.named.includes(n)) entry.named.push(n);
    }
    byModule.set(from, entry);
  }
  const statements = [...byModule]
    .filter(([, e]) => e.defaultName || e.named.length)
    .map(([from, e]) => {
      const parts = [
        e.defaultName,
        e.named.length && `{ ${e.named.join(', ')} }`,
      ];
      return `import ${parts.filter(Boolean).join(', ')} from '${from}';\n`;
    })
    .join('');
  const list = /features:\s*\[([\s\S]*?)\]/.exec(appTsx);
  if (!list) throw new Error('packages/app/src/App.tsx has no features list');
  const present = list[1].split(',').map(n => n.trim());
  const added = features.filter(f => !present.includes(f));
  const newList = [...present.filter(Boolean), ...added].join(', ');
  return statements + appTsx.replace(list[0], `features: [${newList}]`);
}

module.exports = { addBackendModules, addAppFeatures };
