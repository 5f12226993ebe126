/**
 * Prints the one-line summary CI reads: "tests: N passed, N failed".
 * Written to a file too, so .ci/run can end with it after Jest's own output.
 */
const fs = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed`;
    if (process.env.TEST_SUMMARY_FILE) fs.writeFileSync(process.env.TEST_SUMMARY_FILE, `${line}\n`);
    process.stdout.write(`${line}\n`);
  }
}
module.exports = SummaryReporter;
