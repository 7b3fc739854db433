import { Ajv, type ErrorObject } from 'ajv';
import { ImportProfileError } from './errors.js';
import { importProfileSchema } from './profile-schema.js';
import type { ColumnRef, CostLineProfile, ImportProfile, TimeRecordProfile } from './profile-types.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const checkStructure = ajv.compile(importProfileSchema);

/** Validates a stored profile (parsed JSON) and returns it typed; throws ImportProfileError. */
export function validateImportProfile(input: unknown): ImportProfile {
  if (!checkStructure(input)) throw new ImportProfileError(structuralIssues(checkStructure.errors ?? []));
  const profile = input as unknown as ImportProfile;
  const issues = profile.kind === 'time-records' ? timeProfileIssues(profile) : costProfileIssues(profile);
  if (issues.length > 0) throw new ImportProfileError(issues);
  return profile;
}

function structuralIssues(errors: ErrorObject[]): string[] {
  return errors
    .filter((error) => error.keyword !== 'if')
    .map((error) => `${error.instancePath || '(profile)'} ${error.message ?? 'is invalid'}`);
}

function timeProfileIssues(profile: TimeRecordProfile): string[] {
  return [
    ...headerlessIssues(profile.format.header, Object.values(profile.columns)),
    ...workKindIssues(profile),
  ];
}

function costProfileIssues(profile: CostLineProfile): string[] {
  const refs = [
    ...Object.values(profile.columns),
    ...profile.amounts.map((amount) => amount.column),
    ...Object.values(profile.attributes ?? {}),
  ];
  return [...headerlessIssues(profile.format.header, refs), ...extractIssues(profile)];
}

function headerlessIssues(header: boolean, refs: (ColumnRef | undefined)[]): string[] {
  if (header || refs.every((ref) => ref === undefined || typeof ref === 'number')) return [];
  return ['a profile for files without a header row must name columns by position (1, 2, …)'];
}

function workKindIssues(profile: TimeRecordProfile): string[] {
  const seen = new Map<string, string>();
  const issues: string[] = [];
  for (const [code, kind] of Object.entries(profile.workKinds)) {
    const normalized = code.normalize('NFC').trim().toLowerCase();
    if (normalized === '') issues.push('a work-kind code is blank');
    if (seen.has(normalized) && seen.get(normalized) !== kind)
      issues.push(`work-kind code ${code} maps twice`);
    seen.set(normalized, kind);
  }
  return issues;
}

function extractIssues(profile: CostLineProfile): string[] {
  return Object.entries(profile.extract ?? {}).flatMap(([field, pattern]) => {
    const regex = compileOrUndefined(pattern);
    if (!regex) return [`extract.${field} is not a valid regular expression`];
    return captureGroups(regex) === 0
      ? [`extract.${field} needs a capture group ( … ) for the kept part`]
      : [];
  });
}

function compileOrUndefined(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

function captureGroups(regex: RegExp): number {
  return (new RegExp(`${regex.source}|`, 'u').exec('')?.length ?? 1) - 1;
}
