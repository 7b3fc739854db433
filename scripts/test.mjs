// The one test command (`npm test`): lint, then every test tier, then one summary line.
// Each stage runs even if an earlier one failed, so a run always reports everything it can.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function jestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that fails to load has no test results but must still count as a failure.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  );
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenSuites.length };
}

const stages = [];

const lintOk = run('npm', ['run', '--silent', 'lint']);
stages.push({ name: 'lint', passed: lintOk ? 1 : 0, failed: lintOk ? 0 : 1 });

const jestOut = `${resultsDir}/jest.json`;
run('node', [
  '--experimental-vm-modules',
  'node_modules/jest/bin/jest.js',
  '--runInBand',
  '--json',
  `--outputFile=${jestOut}`,
]);
stages.push({ name: 'server (jest)', ...jestCounts(jestOut) });

if (existsSync('admin-ui/package.json')) {
  const uiLintOk = run('npm', ['--prefix', 'admin-ui', 'run', '--silent', 'lint']);
  stages.push({ name: 'admin-ui lint', passed: uiLintOk ? 1 : 0, failed: uiLintOk ? 0 : 1 });
  const uiOut = `${resultsDir}/admin-ui.json`;
  run('npm', ['--prefix', 'admin-ui', 'run', '--silent', 'test:ci', '--', `--outputFile=../${uiOut}`]);
  stages.push({ name: 'admin-ui (vitest)', ...jestCounts(uiOut) });
}

const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
for (const s of stages) console.log(`  ${s.name}: ${s.passed} passed, ${s.failed} failed`);
writeFileSync(`${resultsDir}/summary.json`, JSON.stringify({ stages, passed, failed }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
