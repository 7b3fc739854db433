#!/usr/bin/env node
// Command-line entry: `npm run --silent costing -- <command> …`. Each command lives in its own file.
import { runCalc } from './calc-command.js';
import { runDemoLoad } from './demo-command.js';
import { runImport } from './import-command.js';
import { runOpenApi } from './openapi-command.js';
import { runRecalc } from './recalc-command.js';

const USAGE = `usage: costing <command> [options]

commands:
  calc <case.json> [--out file]     compute a costing case and print the result JSON
  import <time|ledger> <file> [--profile name] [--year Y --version V --cost-center C] [--json]
                                    import a time-record export or a cost ledger, print the report
  recalc --year 2011 --version TP [--scenario base] [--json]
                                    recalculate a year from stored data, print the prices
  demo-load                         load the demo organization and price 2011 (idempotent)
  openapi [--out openapi.json]      write the API's OpenAPI document`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  calc: runCalc,
  import: runImport,
  recalc: runRecalc,
  'demo-load': runDemoLoad,
  openapi: runOpenApi,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return name === undefined || name === '--help' ? 0 : 2;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
