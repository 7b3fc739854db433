// Import profiles are stored as JSON (see profile-schema.ts): plain data only, no functions or classes.

/** A header name (files with a header row) or a 1-based column position (either kind of file). */
export type ColumnRef = string | number;

export type EncodingSetting = 'utf-8' | 'windows-1252' | 'auto';
export type DelimiterSetting = ';' | ',' | '\t' | 'auto';
export type DecimalSeparator = ',' | '.';
/** `d.m.yyyy` also accepts ISO dates, which is what XLSX date cells become. */
export type DateFormat = 'd.m.yyyy' | 'yyyy-mm-dd';

export interface TableFormat {
  encoding: EncodingSetting;
  delimiter: DelimiterSetting;
  header: boolean;
  decimalSeparator: DecimalSeparator;
  dateFormat: DateFormat;
}

export type WorkKind = 'direct' | 'indirect';

export interface TimeRecordColumns {
  date: ColumnRef;
  workerCode: ColumnRef;
  costCenter: ColumnRef;
  clientRef: ColumnRef;
  product: ColumnRef;
  minutes: ColumnRef;
  kind: ColumnRef;
  region?: ColumnRef;
  homeMunicipality?: ColumnRef;
  clientGroups?: ColumnRef;
  sourceRecordId?: ColumnRef;
}

export interface TimeRecordProfile {
  id: string;
  kind: 'time-records';
  description: string;
  format: TableFormat;
  columns: TimeRecordColumns;
  /** The CIS's work-kind codes; matched trimmed and case-insensitively. */
  workKinds: Record<string, WorkKind>;
  clientGroupSeparator: string;
}

export interface CostLineColumns {
  account: ColumnRef;
  accountName?: ColumnRef;
  year?: ColumnRef;
  version?: ColumnRef;
  costCenter?: ColumnRef;
  costCenterName?: ColumnRef;
}

/** One amount column of a source row; each becomes its own cost line. */
export interface AmountColumn {
  column: ColumnRef;
  /** Fixed version for this column (e.g. `TA` for a budget column); else the version column or default. */
  version?: string;
}

/** Values for fields the file does not carry (a headerless file, or a file without a year column). */
export interface CostLineDefaults {
  year?: number;
  version?: string;
  costCenter?: string;
}

/** Fields whose raw text can be narrowed by a pattern: the first capture group is kept. */
export type ExtractableField = 'account' | 'accountName' | 'costCenter' | 'costCenterName';

export interface CostLineProfile {
  id: string;
  kind: 'cost-lines';
  description: string;
  format: TableFormat;
  columns: CostLineColumns;
  amounts: AmountColumn[];
  defaults?: CostLineDefaults;
  extract?: Partial<Record<ExtractableField, string>>;
  /** Extra columns kept as-is on every cost line, under the given attribute names. */
  attributes?: Record<string, ColumnRef>;
}

export type ImportProfile = TimeRecordProfile | CostLineProfile;
