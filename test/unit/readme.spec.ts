import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { renderConfigTable } from '../../server/src/config/config-table.js';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('documents every environment variable exactly as the schema does', () => {
    const table = /<!-- config:start -->\n([\s\S]*?)\n<!-- config:end -->/.exec(readme)?.[1];
    expect(table).toBe(renderConfigTable());
  });

  it('starts with the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});
