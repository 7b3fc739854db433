// The framework-free import parsing layer: files in, validated and normalized records out.
export type { ImportSource } from './byte-source.js';
export { ImportFileError, ImportProfileError, type ImportFileErrorCode } from './errors.js';
export { containsHetu, hetuCheckChar, isValidHetu } from './hetu.js';
export { parseCostLines, type CostLineParseOptions } from './parse-cost-lines.js';
export { parseTimeRecords, type TimeRecordParseOptions } from './parse-time-records.js';
export type * from './profile-types.js';
export { importProfileSchema } from './profile-schema.js';
export {
  BUILT_IN_PROFILES,
  builtInProfile,
  efficaTimeV1,
  jyvaskyla2011,
  ledgerHeaderlessV1,
  ledgerV1,
} from './profiles.js';
export { readTable } from './read-table.js';
export type * from './types.js';
export { validateImportProfile } from './validate-profile.js';
export * from './values.js';
