import { existsSync } from 'node:fs';
import { Logger, type LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { AppConfig } from '../config/app-config.js';
import { loadConfig } from '../config/load-config.js';
import { openDatabase } from '../database/data-source.js';
import { ImportBatchesService } from '../imports/import-batches.service.js';
import { ImportRefusedError } from '../imports/import-errors.js';
import { ImportProfilesService } from '../imports/import-profiles.service.js';
import type { ImportKind, ImportReport, RejectionEntry } from '../imports/import-report.js';
import { ImportsService } from '../imports/imports.service.js';
import { parseOptions } from './options.js';

export const IMPORT_USAGE =
  'usage: costing import <time|ledger> <file> [--profile name] [--year Y --version V --cost-center C] [--json]';

interface ImportArgs {
  kind: ImportKind;
  file: string;
  profile?: string;
  defaults: { year?: number; version?: string; costCenter?: string };
  json: boolean;
}

/**
 * `costing import <time|ledger> <file>`: prints the import report and exits 0 (rejected rows included),
 * 1 when the file is refused as a whole or cannot be imported, 2 on a usage error.
 */
export async function runImport(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  if (!existsSync(args.file)) {
    process.stderr.write(`${args.file}: no such file\n`);
    return 1;
  }
  // stdout carries the report only; the service's own log lines would repeat it.
  Logger.overrideLogger(errorsToStderr);
  const config = loadConfig();
  const dataSource = await openDatabase(config.database);
  try {
    return await importAndPrint(dataSource, config, args);
  } finally {
    await dataSource.destroy(); // also stops the embedded database and releases its lock file
  }
}

async function importAndPrint(dataSource: DataSource, config: AppConfig, args: ImportArgs): Promise<number> {
  const batches = new ImportBatchesService(dataSource);
  const service = new ImportsService(dataSource, config, new ImportProfilesService(dataSource), batches);
  try {
    const request = { ...args, source: args.file, author: 'cli' };
    const report = await service.importFile(request);
    const rejections = await allRejections(batches, report);
    const output = args.json
      ? `${JSON.stringify({ ...report, rejections, rejectionsOffset: 0 }, null, 2)}\n`
      : describe(report, rejections);
    process.stdout.write(output);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    process.stderr.write(`${refusalText(args.file, error)}\n`);
    if (args.json) process.stdout.write(`${JSON.stringify({ error: errorJson(error) }, null, 2)}\n`);
    return 1;
  }
}

function parseImportArgs(argv: string[]): ImportArgs | string {
  const json = argv.includes('--json');
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(
      argv.filter((arg) => arg !== '--json'),
      ['profile', 'year', 'version', 'cost-center'],
    );
  } catch (error) {
    return (error as Error).message;
  }
  const { positional, options } = parsed;
  const [kind, file] = positional;
  if (kind !== 'time' && kind !== 'ledger') return 'the first argument must be time or ledger';
  if (!file || positional.length > 2) return 'give exactly one file';
  if (options.year !== undefined && !/^\d{4}$/.test(options.year))
    return '--year must be a year such as 2024';
  const defaults = {
    year: options.year === undefined ? undefined : Number(options.year),
    version: options.version,
    costCenter: options['cost-center'],
  };
  return { kind, file, profile: options.profile, defaults, json };
}

async function allRejections(batches: ImportBatchesService, report: ImportReport): Promise<RejectionEntry[]> {
  const all = [...report.rejections];
  while (all.length < report.rejectionsTotal) {
    const page = await batches.report(report.batchId, { offset: all.length, limit: 10_000 });
    if (page.rejections.length === 0) break;
    all.push(...page.rejections);
  }
  return all;
}

function describe(report: ImportReport, rejections: RejectionEntry[]): string {
  const lines = [
    `Imported ${report.fileName} as batch ${report.batchId} (profile ${report.profileCode} version ${report.profileVersion})`,
    `  file sha256     ${report.fileSha256}`,
    `  rows read       ${report.rowsRead}`,
    `  imported        ${report.rowsImported}`,
    `  duplicates      ${report.rowsDuplicate}`,
    `  rejected        ${report.rowsRejected}`,
    `  records stored  ${report.recordsStored}`,
  ];
  if (rejections.length > 0) lines.push('Rejected rows:', ...rejections.map(rejectionText));
  return `${lines.join('\n')}\n`;
}

function rejectionText({ line, column, reason }: RejectionEntry): string {
  const where = column === null || reason.startsWith(`${column}:`) ? '' : ` (column ${column})`;
  return `  line ${line}${where}: ${reason}`;
}

function refusalText(file: string, error: DomainError): string {
  if (!(error instanceof ImportRefusedError)) return `${file}: not imported: ${error.message}`;
  const { fileName, line, column } = error.refusal;
  const where = [line === null ? '' : `line ${line}`, column === null ? '' : `column ${column}`]
    .filter((part) => part !== '')
    .join(', ');
  return `${fileName}: refused, nothing imported${where ? ` (${where})` : ''}: ${error.message}`;
}

function errorJson(error: DomainError): Record<string, unknown> {
  return { code: error.code, message: error.message, fields: error.fields, details: error.details };
}

const quiet = (): void => undefined;

const errorsToStderr: LoggerService = {
  log: quiet,
  warn: quiet,
  debug: quiet,
  verbose: quiet,
  error: (message: unknown) => void process.stderr.write(`error: ${String(message)}\n`),
};
