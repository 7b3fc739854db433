import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalculationRun } from '../calculations/entities/calculation-run.entity.js';
import { RunsService } from '../calculations/runs.service.js';
import { ImportsService } from '../imports/imports.service.js';
import { CostCenter } from '../organization/entities/cost-center.entity.js';
import { registerDemoMasterData } from './demo-master-data.js';
import { registerDemoUsers } from './demo-users.js';
import { registerDemoVersions } from './demo-versions.js';
import { generateTimeRecordLines } from './generate-time-records.js';

export const DEMO_YEAR = 2011;
export const DEMO_LEDGER_FILE = 'data/jyvaskyla-2011/JKL_talousarvio_ja_toteuma_2011.csv';
const AUTHOR = 'demo';

/**
 * Loads the demo organization on Jyväskylä's real 2011 ledger (docs/demo-data.md) and prices 2011:
 * catalog and organization, costing policy, rule set and keys, the ledger and a year of generated time
 * records through the real importer, then a run for TA and TP. Every step is skipped when done already.
 */
@Injectable()
export class DemoLoaderService {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportsService,
    private readonly runs: RunsService,
  ) {}

  /** True when the database has no organization yet: what `npm start` checks before loading the demo. */
  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(CostCenter).count()) === 0;
  }

  async load(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await registerDemoMasterData(manager);
      await registerDemoVersions(manager);
      await registerDemoUsers(manager);
    });
    this.logger.log('catalog, organization, users, costing policy, rule set and allocation keys registered');
    await this.importLedger();
    await this.importTimeRecords();
    for (const costVersion of ['TA', 'TP']) await this.runOnce(costVersion);
  }

  private async importLedger(): Promise<void> {
    const report = await this.imports.importFile({
      kind: 'ledger',
      source: DEMO_LEDGER_FILE,
      fileName: 'JKL_talousarvio_ja_toteuma_2011.csv',
      profile: 'jyvaskyla-2011',
      author: AUTHOR,
    });
    this.logger.log(
      `ledger: ${report.recordsStored} cost lines stored from ${report.rowsRead} rows (${report.rowsDuplicate} rows already there)`,
    );
  }

  private async importTimeRecords(): Promise<void> {
    const folder = await mkdtemp(join(tmpdir(), 'tuotteisto-demo-'));
    const file = join(folder, `effica-${DEMO_YEAR}.csv`);
    try {
      const lines = Readable.from(
        (function* () {
          for (const line of generateTimeRecordLines({ year: DEMO_YEAR })) yield `${line}\r\n`;
        })(),
      );
      await pipeline(lines, createWriteStream(file, 'utf8'));
      const report = await this.imports.importFile({
        kind: 'time',
        source: file,
        fileName: `effica-${DEMO_YEAR}.csv`,
        profile: 'effica-time-v1',
        author: AUTHOR,
      });
      this.logger.log(`time records: ${report.rowsImported} imported, ${report.rowsDuplicate} already there`);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  private async runOnce(costVersion: string): Promise<void> {
    const done = await this.dataSource
      .getRepository(CalculationRun)
      .existsBy({ year: DEMO_YEAR, costVersion, scenario: 'base', status: 'succeeded' });
    if (done) return;
    const run = await this.runs.start({ year: DEMO_YEAR, costVersion, scenario: 'base' }, AUTHOR, {
      wait: true,
    });
    if (run.status !== 'succeeded')
      throw new Error(`the demo run ${DEMO_YEAR} ${costVersion} failed: ${run.error}`);
    this.logger.log(`priced ${DEMO_YEAR} ${costVersion}: run ${run.id}`);
  }
}
