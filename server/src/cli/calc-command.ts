import { readFile, writeFile } from 'node:fs/promises';
import { calculate } from '../costing/domain/calculate.js';
import { CaseValidationError } from '../costing/domain/case-validation-error.js';
import { parseOptions } from './options.js';

/** `costing calc <case.json> [--out file]`: exit 0 with the result, 1 on invalid input. */
export async function runCalc(args: string[]): Promise<number> {
  const { positional, options } = parseOptions(args, ['out']);
  const [file] = positional;
  if (!file || positional.length > 1) {
    process.stderr.write('usage: costing calc <case.json> [--out file]\n');
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`${file}: cannot read the case: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const json = `${JSON.stringify(await calculate(input), null, 2)}\n`;
    if (options.out) await writeFile(options.out, json);
    else process.stdout.write(json);
    return 0;
  } catch (error) {
    if (!(error instanceof CaseValidationError)) throw error;
    process.stderr.write(`${file}: invalid costing case\n${error.message}\n`);
    return 1;
  }
}
