import type { ImportSource } from './byte-source.js';
import type { ColumnSpec } from './columns.js';
import { ImportFileError } from './errors.js';
import { displayName, parseTable } from './parse-table.js';
import type { CostLineDefaults, CostLineProfile, ExtractableField } from './profile-types.js';
import type { RowFields } from './row-fields.js';
import type { CostLineRow, ParseRun } from './types.js';
import { validateImportProfile } from './validate-profile.js';
import { parseAmount, parseYear } from './values.js';

export interface CostLineParseOptions {
  /** Year, version or cost center for this import, over the profile's defaults; used where no column gives them. */
  defaults?: CostLineDefaults;
  /** The name used in messages; defaults to the path's last part, or `upload`. */
  fileName?: string;
}

type Patterns = Partial<Record<ExtractableField, RegExp>>;

/** Cost lines of a CSV or XLSX ledger; a row with several amount columns yields one line per column. */
export function parseCostLines(
  source: ImportSource,
  profile: CostLineProfile,
  options: CostLineParseOptions = {},
): ParseRun<CostLineRow> {
  validateImportProfile(profile);
  const fileName = displayName(source, options.fileName);
  const defaults = { ...profile.defaults, ...withoutUndefined(options.defaults ?? {}) };
  const patterns = compilePatterns(profile);
  return parseTable(source, profile.format, fileName, {
    columns: columnSpecs(profile, defaults),
    prepare: () => checkSettings(profile, defaults, fileName),
    mapRow: (fields) => toCostLines(fields, profile, defaults, patterns),
  });
}

function columnSpecs(profile: CostLineProfile, defaults: CostLineDefaults): ColumnSpec[] {
  const { columns } = profile;
  const optional = (ref: ColumnSpec['ref'] | undefined, field: string): ColumnSpec[] =>
    ref === undefined ? [] : [{ field, ref, required: false }];
  const neededUnlessDefault = (field: 'year' | 'version' | 'costCenter'): ColumnSpec[] =>
    columns[field] === undefined
      ? []
      : [{ field, ref: columns[field], required: defaults[field] === undefined }];
  return [
    { field: 'account', ref: columns.account, required: true },
    ...optional(columns.accountName, 'accountName'),
    ...neededUnlessDefault('year'),
    ...(profile.amounts.every((amount) => amount.version) ? [] : neededUnlessDefault('version')),
    ...neededUnlessDefault('costCenter'),
    ...optional(columns.costCenterName, 'costCenterName'),
    ...profile.amounts.map((amount, i) => ({ field: amountField(i), ref: amount.column, required: true })),
    ...Object.entries(profile.attributes ?? {}).flatMap(([name, ref]) => optional(ref, attributeField(name))),
  ];
}

const amountField = (index: number): string => `amount:${index}`;
const attributeField = (name: string): string => `attribute:${name}`;

function checkSettings(profile: CostLineProfile, defaults: CostLineDefaults, fileName: string): void {
  const versionGiven =
    profile.amounts.every((amount) => amount.version) || profile.columns.version !== undefined;
  const lacking = [
    profile.columns.year === undefined && defaults.year === undefined ? 'year' : undefined,
    !versionGiven && defaults.version === undefined ? 'version' : undefined,
    profile.columns.costCenter === undefined && defaults.costCenter === undefined ? 'cost center' : undefined,
  ].filter((setting) => setting !== undefined);
  if (lacking.length === 0) return;
  throw new ImportFileError({
    fileName,
    code: 'MISSING_IMPORT_SETTING',
    message:
      `The file "${fileName}" has no column for the ${lacking.join(', ')} (profile ${profile.id}): ` +
      'give them with the import.',
  });
}

function toCostLines(
  fields: RowFields,
  profile: CostLineProfile,
  defaults: CostLineDefaults,
  patterns: Patterns,
): CostLineRow[] {
  const base = {
    line: fields.line,
    year: fields.has('year') ? fields.parse('year', parseYear) : setting(defaults, 'year'),
    costCenter: fields.has('costCenter')
      ? requiredText(fields, 'costCenter', patterns)
      : setting(defaults, 'costCenter'),
    costCenterName: optionalText(fields, 'costCenterName', patterns),
    account: requiredText(fields, 'account', patterns),
    accountName: optionalText(fields, 'accountName', patterns),
    ...attributes(fields, profile),
  };
  const rowVersion = (): string =>
    fields.has('version') ? fields.required('version') : setting(defaults, 'version');
  const { decimalSeparator } = profile.format;
  return profile.amounts.map((amount, i) => ({
    ...base,
    version: amount.version ?? rowVersion(),
    amount: fields.parse(amountField(i), (cell) => parseAmount(cell, decimalSeparator)),
  }));
}

function requiredText(fields: RowFields, field: ExtractableField, patterns: Patterns): string {
  return fields.extract(field, fields.required(field), patterns[field]);
}

function optionalText(fields: RowFields, field: ExtractableField, patterns: Patterns): string | undefined {
  const value = fields.optional(field);
  return value === undefined ? undefined : fields.extract(field, value, patterns[field]);
}

/** A default that checkSettings and the column check guarantee whenever the file lacks the column. */
function setting<K extends keyof CostLineDefaults>(
  defaults: CostLineDefaults,
  key: K,
): NonNullable<CostLineDefaults[K]> {
  const value = defaults[key];
  if (value === undefined || value === null) throw new Error(`No ${key} for this import`);
  return value;
}

function attributes(fields: RowFields, profile: CostLineProfile): { attributes?: Record<string, string> } {
  if (!profile.attributes) return {};
  const entries = Object.keys(profile.attributes).flatMap((name) => {
    const value = fields.optional(attributeField(name));
    return value === undefined ? [] : [[name, value] as const];
  });
  return { attributes: Object.fromEntries(entries) };
}

function compilePatterns(profile: CostLineProfile): Patterns {
  const entries = Object.entries(profile.extract ?? {}).map(([field, pattern]) => [
    field,
    new RegExp(pattern, 'u'),
  ]);
  return Object.fromEntries(entries) as Patterns;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
