#!/usr/bin/env node
// Prints CI's closing line `N passed, N failed` from vitest's JSON report. Lint and typecheck failures
// passed as the second argument count as failed checks, so a red lint can never read as green.
import { readFileSync, existsSync } from 'node:fs';

const [file = '.vitest-results.json', failedChecksArg = '0'] = process.argv.slice(2);
const failedChecks = Number(failedChecksArg) || 0;
if (!existsSync(file)) {
  console.log('the test run wrote no report: the test runner did not finish');
  console.log(`0 passed, ${1 + failedChecks} failed`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A failed file counts on its own only when none of its tests failed (it did not load, or a hook threw);
// otherwise its failed tests already count it.
const failedFilesWithoutFailedTest = (report.testResults ?? []).filter(
  (file) =>
    file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + failedFilesWithoutFailedTest + failedChecks;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
if (passed + failed === 0) {
  console.log('no test ran');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
