import type { TextEncodingName } from './decode-text.js';
import type { WorkKind } from './profile-types.js';
import type { Delimiter } from './sniff-delimiter.js';

/** One physical row of a table. `line` is the 1-based line of the file (XLSX: the sheet's row number). */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface TimeRecordRow {
  line: number;
  sourceRecordId?: string;
  /** ISO date, `2024-03-05`. */
  date: string;
  workerCode: string;
  costCenter: string;
  region?: string;
  /** The pseudonymized client reference; the raw reference never leaves the parser. */
  clientKey: string;
  /** 3-digit municipality code. */
  homeMunicipality?: string;
  product: string;
  /** Canonical decimal string, `25.5`. */
  minutes: string;
  kind: WorkKind;
  clientGroups: string[];
}

export interface CostLineRow {
  line: number;
  year: number;
  version: string;
  costCenter: string;
  costCenterName?: string;
  account: string;
  accountName?: string;
  /** Canonical decimal string, `-1071.31`. */
  amount: string;
  attributes?: Record<string, string>;
}

export interface Rejection {
  line: number;
  /** Header name, or `column 3` in a headerless file. */
  column?: string;
  reason: string;
}

export type ParseEvent<T> = { kind: 'record'; record: T } | { kind: 'rejection'; rejection: Rejection };

export interface DetectedFormat {
  fileType: 'csv' | 'xlsx';
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
}

export interface ParseSummary {
  fileName: string;
  detected: DetectedFormat;
  /** Non-blank data rows (the header row is not counted). Always accepted + rejected. */
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Records yielded; more than rowsAccepted when one row yields several (a budget and an actual). */
  recordsEmitted: number;
  blankRowsSkipped: number;
}

/** Iterate once; `summary()` is available when the iteration has finished without an error. */
export interface ParseRun<T> extends AsyncIterable<ParseEvent<T>> {
  summary(): ParseSummary;
}
