import { describe, expect, it } from '@jest/globals';
import type { CostCenterKind } from '../../organization/entities/cost-center.entity.js';
import { allocationKeyCodeIssues, allocationKeyIssues } from './allocation-key-document.js';

const centers = new Map<string, CostCenterKind>([
  ['TILAT', 'support'],
  ['HALLINTO', 'support'],
  ['LS-AVO', 'production'],
]);

describe('allocationKeyIssues', () => {
  it('accepts a basis or positive shares for existing centers', () => {
    expect(allocationKeyIssues('TILAT', { name: 'HTV', basis: 'fte' }, centers)).toEqual({});
    expect(allocationKeyIssues('TILAT', { shares: { 'LS-AVO': '118', HALLINTO: '0' } }, centers)).toEqual({});
  });

  it('names each problem share by its path', () => {
    expect(
      allocationKeyIssues(
        'TILAT',
        { shares: { HR: '1', TILAT: '1', 'LS-AVO': '1,5', HALLINTO: 2 } },
        centers,
      ),
    ).toEqual({
      'shares.HR': 'unknown cost center "HR"',
      'shares.TILAT': 'a support center cannot allocate to itself',
      'shares.LS-AVO': 'must be a non-negative decimal string such as "118" or "0.25"',
      'shares.HALLINTO': 'must be a non-negative decimal string such as "118" or "0.25"',
    });
  });

  it('needs one positive share, and shares as an object', () => {
    expect(allocationKeyIssues('TILAT', { shares: { 'LS-AVO': '0.000' } }, centers)).toEqual({
      shares: 'needs at least one positive share',
    });
    expect(allocationKeyIssues('TILAT', { shares: ['LS-AVO'] }, centers)).toEqual({
      shares: 'must be an object of cost center codes and shares, e.g. { "LS-AVO": "118" }',
    });
  });

  it('refuses names that are not text', () => {
    expect(allocationKeyIssues('TILAT', { name: 5, basis: 'fte' }, centers)).toEqual({
      name: 'must be text',
    });
  });
});

describe('allocationKeyCodeIssues', () => {
  it('needs a support center', () => {
    expect(allocationKeyCodeIssues('TILAT', centers)).toEqual({});
    expect(allocationKeyCodeIssues('LS-AVO', centers).code).toMatch(/^"LS-AVO" is a production center/);
  });
});
