import { envSchema } from './env-schema.js';

/** The README's configuration table (markdown), generated from the schema that validates the environment. */
export function renderConfigTable(): string {
  const rows = Object.entries(envSchema).map(([name, v]) =>
    row([`\`${name}\``, v.description, v.defaultText, exampleCell(v.example)]),
  );
  return [
    row(['Variable', 'Description', 'Default', 'Example']),
    row(['---', '---', '---', '---']),
    ...rows,
  ].join('\n');
}

function exampleCell(example: string): string {
  return example.startsWith('(') ? example : `\`${example}\``;
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
}
