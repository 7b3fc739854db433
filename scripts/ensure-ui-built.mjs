// Builds the admin UI (ng build) only when its sources are newer than the last build, so `npm start`
// serves a current UI without rebuilding it every time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const index = 'admin-ui/dist/admin-ui/browser/index.html';
const sources = ['admin-ui/src', 'admin-ui/public', 'admin-ui/angular.json', 'admin-ui/package.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

if (!existsSync('admin-ui/node_modules')) {
  console.error('admin-ui is not installed: run `npm install` first');
  process.exit(1);
}
const built = existsSync(index) ? statSync(index).mtimeMs : 0;
if (Math.max(...sources.map(newestChange)) > built) {
  console.log('building the admin UI…');
  const result = spawnSync('npm', ['--prefix', 'admin-ui', 'run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
