import { describe, expect, it } from '@jest/globals';
import { ImportProfileError } from './errors.js';
import type { CostLineProfile } from './profile-types.js';
import {
  BUILT_IN_PROFILES,
  builtInProfile,
  efficaTimeV1,
  jyvaskyla2011,
  ledgerHeaderlessV1,
} from './profiles.js';
import { validateImportProfile } from './validate-profile.js';

function issuesOf(input: unknown): string[] {
  try {
    validateImportProfile(input);
  } catch (error) {
    if (error instanceof ImportProfileError) return error.issues;
    throw error;
  }
  return [];
}

const stored = <T>(profile: T): unknown => JSON.parse(JSON.stringify(profile));

describe('import profiles', () => {
  it.each(BUILT_IN_PROFILES.map((profile) => [profile.id, profile]))(
    '%s survives storage as JSON and validates',
    (_id, profile) => {
      expect(validateImportProfile(stored(profile))).toEqual(profile);
    },
  );

  it('finds built-in profiles by id', () => {
    expect(builtInProfile('jyvaskyla-2011')).toBe(jyvaskyla2011);
    expect(builtInProfile('nope')).toBeUndefined();
  });

  it('reports structural problems with their path', () => {
    const broken = {
      ...efficaTimeV1,
      format: { ...efficaTimeV1.format, delimiter: '|' },
      workKinds: { V: 'both' },
    };
    expect(issuesOf(stored(broken))).toEqual([
      '/format/delimiter must be equal to one of the allowed values',
      '/workKinds/V must be equal to one of the allowed values',
    ]);
    const { minutes: _minutes, ...columns } = efficaTimeV1.columns;
    expect(issuesOf(stored({ ...efficaTimeV1, columns }))).toEqual([
      "/columns must have required property 'minutes'",
    ]);
    expect(issuesOf({ kind: 'invoices' })).toContain('/kind must be equal to one of the allowed values');
  });

  it('requires positions, not header names, for a headerless file', () => {
    const profile: CostLineProfile = { ...ledgerHeaderlessV1, columns: { account: 'Tili' } };
    expect(issuesOf(stored(profile))).toEqual([
      'a profile for files without a header row must name columns by position (1, 2, …)',
    ]);
  });

  it('checks extraction patterns', () => {
    const profile: CostLineProfile = {
      ...jyvaskyla2011,
      extract: { account: '^TILI/\\S+$', accountName: '(' },
    };
    expect(issuesOf(stored(profile))).toEqual([
      'extract.account needs a capture group ( … ) for the kept part',
      'extract.accountName is not a valid regular expression',
    ]);
  });

  it('refuses a work-kind code mapped both ways', () => {
    const profile = { ...efficaTimeV1, workKinds: { V: 'direct', v: 'indirect' } };
    expect(issuesOf(stored(profile))).toEqual(['work-kind code v maps twice']);
  });
});
