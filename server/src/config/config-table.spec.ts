import { describe, expect, it } from '@jest/globals';
import { renderConfigTable } from './config-table.js';
import { envSchema } from './env-schema.js';

describe('renderConfigTable', () => {
  const table = renderConfigTable();
  const lines = table.split('\n');

  it('is a markdown table with one row per variable', () => {
    expect(lines[0]).toBe('| Variable | Description | Default | Example |');
    expect(lines[1]).toBe('| --- | --- | --- | --- |');
    expect(lines).toHaveLength(2 + Object.keys(envSchema).length);
  });

  it('documents every variable with a description, a default and an example', () => {
    for (const name of Object.keys(envSchema)) {
      const row = lines.find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row?.split(' | ').every((cell) => cell.trim().length > 1)).toBe(true);
    }
  });

  it('shows the defaults the parser applies', () => {
    expect(table).toContain('| `PORT` | HTTP port of the API and the admin UI. | `3000` | `8080` |');
  });
});
