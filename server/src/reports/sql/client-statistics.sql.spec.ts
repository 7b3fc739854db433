import { describe, expect, it } from '@jest/globals';
import { clientStatisticsSql, periodStarts } from './client-statistics.sql.js';

describe('client statistics periods', () => {
  it('lists the first day of every period a range touches', () => {
    expect(periodStarts('quarter', { from: '2025-02-15', to: '2025-08-01' })).toEqual([
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
    ]);
    expect(periodStarts('month', { from: '2024-11-30', to: '2025-02-01' })).toEqual([
      '2024-11-01',
      '2024-12-01',
      '2025-01-01',
      '2025-02-01',
    ]);
    expect(periodStarts('year', { from: '2011-01-01', to: '2011-12-31' })).toEqual(['2011-01-01']);
  });

  it('refuses more periods than a bigint has bits', () => {
    expect(() => clientStatisticsSql('month', { period: { from: '2011-01-01', to: '2016-12-31' } })).toThrow(
      'choose a longer period',
    );
    expect(() =>
      clientStatisticsSql('quarter', { period: { from: '2011-01-01', to: '2016-12-31' } }),
    ).not.toThrow();
  });
});
