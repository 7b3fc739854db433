// Runs the unit tests once and writes Vitest's Jest-compatible JSON report, for CI and the root `npm test`:
//   npm run test:ci -- --outputFile=../test-results/admin-ui.json
// `ng test` takes kebab-case options only, so the Jest-style `--outputFile` is translated here.
// A relative path is taken from this package's folder (where npm runs scripts, also with --prefix).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const passThrough = [];
let outputFile;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const match = /^--output-?file(?:=(.*))?$/i.exec(args[i]);
  if (!match) passThrough.push(args[i]);
  else outputFile = match[1] ?? args[++i];
}

const reporters = ['--reporters=default'];
if (outputFile) {
  outputFile = resolve(outputFile);
  mkdirSync(dirname(outputFile), { recursive: true });
  rmSync(outputFile, { force: true }); // a failed build must not leave the last run's report behind
  // Angular gives --output-file to the first reporter.
  reporters.unshift('--reporters=json', `--output-file=${outputFile}`);
}

const ng = resolve('node_modules/@angular/cli/bin/ng.js');
const result = spawnSync(
  process.execPath,
  [ng, 'test', '--watch=false', '--progress=false', ...reporters, ...passThrough],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
