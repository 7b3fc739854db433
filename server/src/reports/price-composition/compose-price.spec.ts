import { describe, expect, it } from '@jest/globals';
import type { ClientHoursInput } from '../../costing/domain/costing-case.js';
import { composePrices, isPersonnelAccount, type CompositionResult } from './compose-price.js';

// The report fixture's run (test/integration/reports/fixture.ts), with one line split between centers.
const result: CompositionResult = {
  classification: [
    { costCenter: 'HALLINTO', account: '4000', amount: '1000.00', outcome: 'kept' },
    { costCenter: 'LS-TIIMI', account: '4010', amount: '5000.00', outcome: 'kept' },
    // 1 000.00 of personnel booked centrally, split 1:0 to LS-TIIMI (a routing rule).
    {
      costCenter: 'YHTEINEN',
      account: '4010',
      amount: '1000.00',
      outcome: 'split',
      rule: 'r',
      to: { 'LS-TIIMI': '1000.00' },
    },
    { costCenter: 'LS-TIIMI', account: '4500', amount: '2000.00', outcome: 'kept' },
    { costCenter: 'LS-TIIMI', account: '4300', amount: '5000.00', outcome: 'excluded', reason: 'x' },
    { costCenter: 'AIK-TIIMI', account: '401000', amount: '2500.00', outcome: 'kept' },
    { costCenter: 'AIK-TIIMI', account: '4400', amount: '500.00', outcome: 'kept' },
  ],
  costCenters: [
    { id: 'AIK-TIIMI', kind: 'production', ownCost: '3000.00', allocatedIn: '250.00', fullCost: '3250.00' },
    { id: 'HALLINTO', kind: 'support', ownCost: '1000.00', allocatedIn: '0.00', fullCost: '1000.00' },
    { id: 'LS-TIIMI', kind: 'production', ownCost: '8000.00', allocatedIn: '750.00', fullCost: '8750.00' },
  ],
  supportAllocations: [
    { from: 'HALLINTO', to: 'AIK-TIIMI', amount: '250.00' },
    { from: 'HALLINTO', to: 'LS-TIIMI', amount: '750.00' },
  ],
  products: [
    {
      product: 'LS-AVO',
      directHours: '35',
      indirectHours: '25',
      clientHours: '60',
      cost: '5250.00',
      pricePerHour: '87.50',
    },
    {
      product: 'MAMU',
      directHours: '15',
      indirectHours: '5',
      clientHours: '20',
      cost: '1300.00',
      pricePerHour: '65.00',
    },
    {
      product: 'TOTU',
      directHours: '40',
      indirectHours: '30',
      clientHours: '70',
      cost: '5450.00',
      pricePerHour: '77.86',
    },
  ],
};
const hours: ClientHoursInput[] = [
  { costCenter: 'AIK-TIIMI', product: 'MAMU', direct: '15', indirect: '5' },
  { costCenter: 'AIK-TIIMI', product: 'TOTU', direct: '20', indirect: '10' },
  { costCenter: 'LS-TIIMI', product: 'LS-AVO', direct: '35', indirect: '25' },
  { costCenter: 'LS-TIIMI', product: 'TOTU', direct: '20', indirect: '20' },
];

const table = (r: ReturnType<typeof composePrices>[number]) =>
  r.components.map((c) => [c.kind, c.center ?? null, c.cost, c.pricePart]);

describe('price composition', () => {
  const [lsAvo, mamu, totu] = composePrices(result, hours);

  it('splits a product of one center by that center’s components × its share of the hours', () => {
    // LS-TIIMI: personnel 6000 (incl. the split part), other 2000, HALLINTO 750; LS-AVO has 60 of 100 h.
    expect(table(lsAvo)).toEqual([
      ['personnel', null, '3600.00', '60.00'],
      ['other', null, '1200.00', '20.00'],
      ['support', 'HALLINTO', '450.00', '7.50'],
    ]);
    // AIK-TIIMI: personnel 2500 (a six-digit account), other 500, HALLINTO 250; MAMU has 20 of 50 h.
    expect(table(mamu)).toEqual([
      ['personnel', null, '1000.00', '50.00'],
      ['other', null, '200.00', '10.00'],
      ['support', 'HALLINTO', '100.00', '5.00'],
    ]);
  });

  it('adds the shares of several centers and rounds the price parts by largest remainder', () => {
    // TOTU: 40/100 of LS-TIIMI + 30/50 of AIK-TIIMI = personnel 2400 + 1500, other 800 + 300, HALLINTO
    // 300 + 150. Price 77.86: 55.7163… + 15.7149… + 6.4288… → floors 77.84, two cents to the largest
    // remainders (HALLINTO .0088, personnel .0063).
    expect(table(totu)).toEqual([
      ['personnel', null, '3900.00', '55.72'],
      ['other', null, '1100.00', '15.71'],
      ['support', 'HALLINTO', '450.00', '6.43'],
    ]);
  });

  it('always adds up to the product’s cost and price to the cent', () => {
    for (const p of [lsAvo, mamu, totu]) {
      const cents = (field: 'cost' | 'pricePart') =>
        p.components.reduce((a, c) => a + BigInt(c[field].replace('.', '')), 0n);
      expect(cents('cost')).toBe(BigInt(p.cost.replace('.', '')));
      expect(cents('pricePart')).toBe(BigInt(p.pricePerHour.replace('.', '')));
    }
  });

  it('knows personnel accounts: 40xx–42xx with four or six digits', () => {
    expect(['4000', '4299', '401000', '429999'].every(isPersonnelAccount)).toBe(true);
    expect(['4300', '3999', '40100', '4010000', '4500'].some(isPersonnelAccount)).toBe(false);
  });
});
