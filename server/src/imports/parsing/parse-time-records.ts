import type { ImportSource } from './byte-source.js';
import type { ColumnSpec } from './columns.js';
import { displayName, parseTable } from './parse-table.js';
import type { TimeRecordColumns, TimeRecordProfile } from './profile-types.js';
import type { RowFields } from './row-fields.js';
import type { ParseRun, TimeRecordRow } from './types.js';
import { validateImportProfile } from './validate-profile.js';
import {
  parseDate,
  parseMinutes,
  parseMunicipalityCode,
  parseWorkKind,
  workKindCodes,
  type WorkKindCodes,
} from './values.js';

export interface TimeRecordParseOptions {
  /** Turns a raw client reference into the stored key (a keyed HMAC); raw references stay in the parser. */
  pseudonymize: (clientRef: string) => string;
  /** The name used in messages; defaults to the path's last part, or `upload`. */
  fileName?: string;
}

const OPTIONAL: ReadonlySet<keyof TimeRecordColumns> = new Set([
  'region',
  'homeMunicipality',
  'clientGroups',
  'sourceRecordId',
]);

/** Time records of a CSV or XLSX file, with a rejection for every row that cannot be imported. */
export function parseTimeRecords(
  source: ImportSource,
  profile: TimeRecordProfile,
  options: TimeRecordParseOptions,
): ParseRun<TimeRecordRow> {
  validateImportProfile(profile);
  const codes = workKindCodes(profile.workKinds);
  return parseTable(source, profile.format, displayName(source, options.fileName), {
    columns: columnSpecs(profile.columns),
    sensitiveFields: ['clientRef'],
    mapRow: (fields) => [toTimeRecord(fields, profile, codes, options.pseudonymize)],
  });
}

function columnSpecs(columns: TimeRecordColumns): ColumnSpec[] {
  return Object.entries(columns).map(([field, ref]) => ({
    field,
    ref,
    required: !OPTIONAL.has(field as keyof TimeRecordColumns),
  }));
}

function toTimeRecord(
  fields: RowFields,
  profile: TimeRecordProfile,
  codes: WorkKindCodes,
  pseudonymize: (clientRef: string) => string,
): TimeRecordRow {
  const { decimalSeparator, dateFormat } = profile.format;
  return {
    line: fields.line,
    sourceRecordId: fields.optional('sourceRecordId'),
    date: fields.parse('date', (text) => parseDate(text, dateFormat)),
    workerCode: fields.required('workerCode'),
    costCenter: fields.required('costCenter'),
    region: fields.optional('region'),
    clientKey: pseudonymize(fields.required('clientRef')),
    homeMunicipality: fields.parseOptional('homeMunicipality', parseMunicipalityCode),
    product: fields.required('product'),
    minutes: fields.parse('minutes', (text) => parseMinutes(text, decimalSeparator)),
    kind: fields.parse('kind', (text) => parseWorkKind(text, codes)),
    clientGroups: clientGroups(fields.optional('clientGroups'), profile.clientGroupSeparator),
  };
}

function clientGroups(text: string | undefined, separator: string): string[] {
  if (text === undefined) return [];
  const groups = text.split(separator).map((group) => group.trim());
  return [...new Set(groups.filter((group) => group !== ''))];
}
