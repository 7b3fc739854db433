import { describe, expect, it } from '@jest/globals';
import type { CostLineRow, TimeRecordRow } from '../parsing/index.js';
import { costLineIdentity, timeRecordIdentity } from './dedupe-identity.js';

const visit: TimeRecordRow = {
  line: 2,
  date: '2011-01-03',
  workerCode: 'T0012',
  costCenter: 'LS-POHJOINEN',
  region: 'Pohjoinen',
  clientKey: 'a'.repeat(64),
  homeMunicipality: '698',
  product: 'LS-AVO',
  minutes: '45',
  kind: 'direct',
  clientGroups: [],
};

describe('dedupe identities', () => {
  it('a time record is the same visit whatever its line, region, municipality or groups', () => {
    const moved = { ...visit, line: 90, region: undefined, homeMunicipality: '179', clientGroups: ['x'] };
    expect(timeRecordIdentity(moved)).toBe(timeRecordIdentity(visit));
  });

  it('a source record id, minutes or kind make another record', () => {
    const identity = timeRecordIdentity(visit);
    expect(timeRecordIdentity({ ...visit, sourceRecordId: 'EFF-1' })).not.toBe(identity);
    expect(timeRecordIdentity({ ...visit, sourceRecordId: 'EFF-1' })).not.toBe(
      timeRecordIdentity({ ...visit, sourceRecordId: 'EFF-2' }),
    );
    expect(timeRecordIdentity({ ...visit, minutes: '45.5' })).not.toBe(identity);
    expect(timeRecordIdentity({ ...visit, kind: 'indirect' })).not.toBe(identity);
  });

  it('a cost line is identified without its amount, names or line', () => {
    const line: CostLineRow = {
      line: 2,
      year: 2011,
      version: 'TP',
      costCenter: 'KP',
      account: '4000',
      amount: '1',
    };
    const renamed = { ...line, line: 7, amount: '2', accountName: 'Palkat', costCenterName: 'Hallinto' };
    expect(costLineIdentity(renamed)).toBe(costLineIdentity(line));
    expect(costLineIdentity({ ...line, version: 'TA' })).not.toBe(costLineIdentity(line));
  });
});
