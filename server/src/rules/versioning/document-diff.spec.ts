import { describe, expect, it } from '@jest/globals';
import { diffDocuments } from './document-diff.js';

describe('diffDocuments', () => {
  it('finds nothing between equal documents, whatever their key order', () => {
    const before = { name: 'Toimitilat', shares: { 'LS-AVO': '118', HALLINTO: '60' } };
    const after = { shares: { HALLINTO: '60', 'LS-AVO': '118' }, name: 'Toimitilat' };
    expect(diffDocuments(before, after)).toEqual([]);
  });

  it('reports changed, added and removed keys by path, in key order', () => {
    const before = { name: 'Toimitilat', shares: { 'LS-AVO': '118', HALLINTO: '60', ATK: '25' } };
    const after = { name: 'Toimitilat m²', shares: { 'LS-AVO': '120', HALLINTO: '60', PERHETYO: '70' } };
    expect(diffDocuments(before, after)).toEqual([
      { path: 'name', change: 'changed', before: 'Toimitilat', after: 'Toimitilat m²' },
      { path: 'shares.ATK', change: 'removed', before: '25' },
      { path: 'shares.LS-AVO', change: 'changed', before: '118', after: '120' },
      { path: 'shares.PERHETYO', change: 'added', after: '70' },
    ]);
  });

  it('reports a whole subtree added or removed as one change', () => {
    expect(diffDocuments({ basis: 'fte' }, { shares: { ATK: '1' } })).toEqual([
      { path: 'basis', change: 'removed', before: 'fte' },
      { path: 'shares', change: 'added', after: { ATK: '1' } },
    ]);
  });

  it('quotes keys that would be ambiguous after a dot', () => {
    expect(diffDocuments({ shares: { '1111MR350.11': '1' } }, { shares: { '1111MR350.11': '2' } })).toEqual([
      { path: 'shares["1111MR350.11"]', change: 'changed', before: '1', after: '2' },
    ]);
  });

  it('compares a list of plain values as one value', () => {
    const before = { stepOrder: ['TILAT', 'HALLINTO', 'ATK'] };
    const after = { stepOrder: ['HALLINTO', 'TILAT', 'ATK'] };
    expect(diffDocuments(before, after)).toEqual([
      { path: 'stepOrder', change: 'changed', before: before.stepOrder, after: after.stepOrder },
    ]);
  });

  it('pairs named rules by name, so an inserted rule is one addition', () => {
    const revenue = { name: 'revenue', event: { type: 'exclude', params: { reason: 'tulot' } } };
    const benefits = { name: 'benefits', event: { type: 'exclude', params: { reason: 'etuudet' } } };
    const investments = {
      name: 'investments',
      event: { type: 'exclude', params: { reason: 'investoinnit' } },
    };
    const changedBenefits = { ...benefits, event: { type: 'exclude', params: { reason: 'tulonsiirrot' } } };
    expect(
      diffDocuments({ rules: [revenue, benefits] }, { rules: [investments, revenue, changedBenefits] }),
    ).toEqual([
      {
        path: 'rules[name="benefits"].event.params.reason',
        change: 'changed',
        before: 'etuudet',
        after: 'tulonsiirrot',
      },
      { path: 'rules[name="investments"]', change: 'added', after: investments },
    ]);
  });

  it('compares other lists of objects position by position', () => {
    const before = { items: [{ a: '1' }, { a: '2' }] };
    const after = { items: [{ a: '1' }, { a: '3' }, { a: '4' }] };
    expect(diffDocuments(before, after)).toEqual([
      { path: 'items[1].a', change: 'changed', before: '2', after: '3' },
      { path: 'items[2]', change: 'added', after: { a: '4' } },
    ]);
  });

  it('reports a change of type as one change', () => {
    expect(diffDocuments({ shares: { ATK: '1' } }, { shares: 'none' })).toEqual([
      { path: 'shares', change: 'changed', before: { ATK: '1' }, after: 'none' },
    ]);
  });

  it('tells null from a missing key and a number from a decimal string', () => {
    expect(diffDocuments({ a: null, b: '1' }, { b: 1 })).toEqual([
      { path: 'a', change: 'removed', before: null },
      { path: 'b', change: 'changed', before: '1', after: 1 },
    ]);
  });
});
