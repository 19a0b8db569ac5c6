// Adds up jest's and Playwright's JSON reports into one closing line, so a
// reader (or CI) sees at a glance how many tests ran and how many failed.
/* eslint-disable no-console */
const fs = require('node:fs');
const path = require('node:path');

const [reportDir, ...failedSteps] = process.argv.slice(2);

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(reportDir, file), 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;

const jest = readJson('jest.json');
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests;
  skipped += jest.numPendingTests + (jest.numTodoTests ?? 0);
  console.log(
    `unit tests: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed in ${jest.numTotalTestSuites} suites`,
  );
}

const e2e = readJson('e2e.json');
if (e2e?.stats) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped: s = 0 } = e2e.stats;
  passed += expected + flaky;
  failed += unexpected;
  skipped += s;
  console.log(
    `browser tests: ${expected + flaky} passed, ${unexpected} failed`,
  );
}

if (failedSteps.length > 0) {
  console.log(`failed steps: ${failedSteps.join(', ')}`);
}
// A step that failed without a report (tsc, lint) still counts as a failure.
const stepFailures = failedSteps.filter(
  s =>
    !(s.startsWith('unit tests') && jest?.numFailedTests) &&
    !(s === 'browser tests' && e2e?.stats?.unexpected),
).length;
failed += stepFailures;
console.log(
  `\nsummary: ${passed} passed, ${failed} failed, ${skipped} skipped`,
);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
