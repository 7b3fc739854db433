import { RunsService } from '../calculations/runs.service.js';
import { withAppContext } from './app-context.js';
import { parseOptions } from './options.js';

export const RECALC_USAGE = 'usage: costing recalc --year 2011 --version TP [--scenario base] [--json]';

/** `costing recalc --year Y --version V`: recalculates, prints the prices; exit 1 if the run fails. */
export async function runRecalc(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const { options } = parseOptions(
    argv.filter((arg) => arg !== '--json'),
    ['year', 'version', 'scenario'],
  );
  const year = Number(options.year);
  if (!Number.isInteger(year) || !options.version) {
    process.stderr.write(`${RECALC_USAGE}\n`);
    return 2;
  }
  return withAppContext(async (context) => {
    const runs = context.get(RunsService);
    const request = { year, costVersion: options.version ?? '', scenario: options.scenario ?? 'base' };
    const run = await runs.start(request, 'cli', { wait: true });
    if (run.status !== 'succeeded') {
      process.stderr.write(`run ${run.id} failed: ${run.error}\n`);
      return 1;
    }
    const { result } = await runs.documents(run.id);
    const products = (result?.products ?? []) as {
      product: string;
      clientHours: string;
      cost: string;
      pricePerHour: string;
    }[];
    if (json) {
      process.stdout.write(`${JSON.stringify({ run, products }, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(
      `run ${run.id}: ${year} ${request.costVersion} ${request.scenario}, input ${run.inputHash}\n`,
    );
    for (const p of products) {
      process.stdout.write(
        `${p.product.padEnd(16)} ${p.clientHours.padStart(12)} h ${p.cost.padStart(14)} € ${p.pricePerHour.padStart(10)} €/h\n`,
      );
    }
    return 0;
  });
}
