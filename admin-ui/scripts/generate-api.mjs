// Generates the typed API client (src/app/api/generated) from the server's committed OpenAPI document,
// ../openapi.json at the repository root. Extra arguments go to ng-openapi-gen (e.g. `-- -i other.json`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const extra = process.argv.slice(2);
const spec = resolve('../openapi.json');
const inputGiven = extra.some((arg) => /^(-i|--input)(=|$)/.test(arg));
if (!inputGiven && !existsSync(spec)) {
  console.error(`No OpenAPI document at ${spec}.`);
  console.error('Generate it on the server side first (the root `npm run openapi`), then run this again.');
  process.exit(1);
}

const cli = resolve('node_modules/ng-openapi-gen/lib/index.js');
const result = spawnSync(process.execPath, [cli, '--config', 'ng-openapi-gen.json', ...extra], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
