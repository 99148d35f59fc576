// Writes the run's verdict to a file the moment jest has it (TK_RUN_VERDICT_FILE), before global
// teardown and exit. `scripts/test.mjs` reads it so that a handle left open after the last test, or a
// teardown that never returns, cannot hold CI until its time limit: CI once ended at "Ran all test
// suites." with every test passed and nothing after it.
// jest loads reporters as CommonJS, untransformed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeFileSync } = require('node:fs');

class RunVerdictReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.TK_RUN_VERDICT_FILE;
    if (!file) return;
    const success =
      results.numFailedTests === 0 &&
      results.numFailedTestSuites === 0 &&
      results.numRuntimeErrorTestSuites === 0 &&
      !results.snapshot.failure &&
      results.numTotalTestSuites > 0 &&
      !results.wasInterrupted;
    writeFileSync(
      file,
      JSON.stringify({ success, suites: results.numTotalTestSuites, tests: results.numTotalTests }),
    );
  }
}

module.exports = RunVerdictReporter;
