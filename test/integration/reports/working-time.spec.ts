import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clientKey } from './fixture.js';
import { cells, reportTestApp, type ReportTestApp } from './setup.js';

const HOURS = [
  'key',
  'directHours',
  'indirectHours',
  'clientHours',
  'directShare',
  'paidHours',
  'clientWorkShare',
];

let t: ReportTestApp;

beforeAll(async () => {
  t = await reportTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('working-time reports', () => {
  it('gives each worker direct and indirect hours against paid time (FTE × 1600 h)', async () => {
    const { body } = await t
      .as('finance')
      .get('/api/v1/reports/working-time?year=2025&by=worker')
      .expect(200);
    // W1: 20 + 20 h direct, 10 h indirect; 50 h of 1.0 × 1600 h = 3.125 % → 3.13.
    // W2: 15 h direct, 15 + 20 h indirect; 50 h of 0.5 × 1600 = 800 h = 6.25 %.
    // W3: 20 + 15 h direct, 10 + 5 h indirect.
    expect(cells(body.rows, [...HOURS, 'name'])).toEqual([
      ['W1', '40.00', '10.00', '50.00', '80.00', '1600.00', '3.13', 'Aino'],
      ['W2', '15.00', '35.00', '50.00', '30.00', '800.00', '6.25', 'Bertta'],
      ['W3', '35.00', '15.00', '50.00', '70.00', '1600.00', '3.13', 'Cecilia'],
    ]);
    // 150 h of 2.5 × 1600 = 4000 h = 3.75 %.
    expect(cells([body.totals], HOURS)).toEqual([
      [null, '90.00', '60.00', '150.00', '60.00', '4000.00', '3.75'],
    ]);
    expect(body.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(body.notes.join(' ')).toContain('FTE × 1600 h');
  });

  it('rolls up by region and cost center (the region of the record’s cost center)', async () => {
    const byRegion = (
      await t.as('finance').get('/api/v1/reports/working-time?year=2025&by=region').expect(200)
    ).body;
    // POHJOINEN: W1 + W2 = 100 h of 1.5 × 1600 = 2400 h → 4.17 %; ETELA: 50 h of 1600 h → 3.13 %.
    expect(cells(byRegion.rows, [...HOURS, 'name'])).toEqual([
      ['ETELA', '35.00', '15.00', '50.00', '70.00', '1600.00', '3.13', 'Etelä'],
      ['POHJOINEN', '55.00', '45.00', '100.00', '55.00', '2400.00', '4.17', 'Pohjoinen'],
    ]);
    const byCenter = (
      await t
        .as('finance')
        .get('/api/v1/reports/working-time?year=2025&by=costCenter&region=ETELA')
        .expect(200)
    ).body;
    expect(cells(byCenter.rows, HOURS)).toEqual([
      ['AIK-TIIMI', '35.00', '15.00', '50.00', '70.00', '1600.00', '3.13'],
    ]);
  });

  it('gives the balance per service area and product, with paid time only in the total', async () => {
    const areas = (
      await t.as('finance').get('/api/v1/reports/working-time?year=2025&by=serviceArea').expect(200)
    ).body;
    // AIK: TOTU 40 + 30 h and MAMU 20 h; LS: LS-AVO 60 h.
    expect(cells(areas.rows, HOURS)).toEqual([
      ['AIK', '55.00', '35.00', '90.00', '61.11', null, null],
      ['LS', '35.00', '25.00', '60.00', '58.33', null, null],
    ]);
    expect(areas.totals.paidHours).toBe('4000.00');
    const products = (
      await t
        .as('finance')
        .get('/api/v1/reports/working-time?year=2025&by=product&serviceArea=AIK')
        .expect(200)
    ).body;
    expect(cells(products.rows, ['key', 'name', 'directHours', 'indirectHours', 'clientHours'])).toEqual([
      ['MAMU', 'Maahanmuuttajapalvelut', '15.00', '5.00', '20.00'],
      ['TOTU', 'Toimeentulotukipalvelu', '40.00', '30.00', '70.00'],
    ]);
  });

  it('takes paid time pro rata for a date range, with the policy of each year', async () => {
    const q1 = (
      await t
        .as('finance')
        .get('/api/v1/reports/working-time?from=2025-01-01&to=2025-03-31&worker=W1')
        .expect(200)
    ).body;
    // 1600 × 90/365 = 394.52 h; 50 h / 394.5205… h = 12.67 %.
    expect(cells(q1.rows, HOURS)).toEqual([['W1', '40.00', '10.00', '50.00', '80.00', '394.52', '12.67']]);
    const acrossNewYear = (
      await t
        .as('finance')
        .get('/api/v1/reports/working-time?from=2025-12-01&to=2026-01-31&worker=W2')
        .expect(200)
    ).body;
    // 0.5 × (1600 × 31/365 + 1460 × 31/365) = 0.5 × 259.890… = 129.95 h; no client work in the range.
    expect(cells(acrossNewYear.rows, HOURS)).toEqual([
      ['W2', '0.00', '0.00', '0.00', null, '129.95', '0.00'],
    ]);
  });

  it("shows a worker's own time by product and by client key", async () => {
    const products = (
      await t.as('finance').get('/api/v1/reports/workers/W2/working-time?year=2025').expect(200)
    ).body;
    expect(products.report).toBe('worker-working-time');
    expect(cells(products.rows, ['key', 'directHours', 'indirectHours', 'clientHours'])).toEqual([
      ['LS-AVO', '15.00', '15.00', '30.00'],
      ['TOTU', '0.00', '20.00', '20.00'],
    ]);
    // The total of the worker's own view has the worker's paid time: 50 h of 800 h.
    expect(products.totals).toMatchObject({
      clientHours: '50.00',
      paidHours: '800.00',
      clientWorkShare: '6.25',
    });
    const clients = (
      await t.as('finance').get('/api/v1/reports/workers/W2/working-time?year=2025&by=client').expect(200)
    ).body;
    const expected = [
      [clientKey('C2'), '35.00'],
      [clientKey('C3'), '15.00'],
    ].sort((a, b) => a[0].localeCompare(b[0]));
    expect(cells(clients.rows, ['key', 'clientHours'])).toEqual(expected);
  });

  it('refuses a year with a date range, a missing end and an unknown dimension', async () => {
    const both = await t
      .as('finance')
      .get('/api/v1/reports/working-time?year=2025&from=2025-01-01&to=2025-02-01')
      .expect(400);
    expect(both.body.fields).toHaveProperty('year');
    const open = await t.as('finance').get('/api/v1/reports/working-time?from=2025-01-01').expect(400);
    expect(open.body.fields).toHaveProperty('to');
    const dimension = await t
      .as('finance')
      .get('/api/v1/reports/working-time?year=2025&by=planet')
      .expect(400);
    expect(dimension.body.fields).toHaveProperty('by');
    const date = await t
      .as('finance')
      .get('/api/v1/reports/working-time?from=2025-02-30&to=2025-03-01')
      .expect(400);
    expect(date.body.fields).toHaveProperty('from');
  });
});

describe('where client work goes', () => {
  it('crosses home units with products: child protection workers spend 40 % on income support', async () => {
    const { body } = await t.as('finance').get('/api/v1/reports/cross-service-time?year=2025').expect(200);
    expect(body.columns.map((c: { key: string }) => c.key)).toEqual([
      'home',
      'homeName',
      'hours',
      'LS-AVO:hours',
      'LS-AVO:share',
      'MAMU:hours',
      'MAMU:share',
      'TOTU:hours',
      'TOTU:share',
    ]);
    const keys = body.columns.map((c: { key: string }) => c.key);
    // AIK-TIIMI: TOTU 30 h, MAMU 20 h; LS-TIIMI: LS-AVO 60 h, TOTU 40 h; all: 150 h.
    expect(cells(body.rows, keys)).toEqual([
      ['AIK-TIIMI', 'Aikuissosiaalityön tiimi', '50.00', '0.00', '0.00', '20.00', '40.00', '30.00', '60.00'],
      ['LS-TIIMI', 'Lastensuojelun tiimi', '100.00', '60.00', '60.00', '0.00', '0.00', '40.00', '40.00'],
    ]);
    expect(cells([body.totals], keys)).toEqual([
      [null, null, '150.00', '60.00', '40.00', '20.00', '13.33', '70.00', '46.67'],
    ]);
    const areas = (
      await t.as('finance').get('/api/v1/reports/cross-service-time?year=2025&home=serviceArea').expect(200)
    ).body;
    expect(cells(areas.rows, ['home', 'homeName', 'hours', 'TOTU:share'])).toEqual([
      ['AIK', 'Aikuissosiaalityö', '50.00', '60.00'],
      ['LS', 'Lastensuojelu', '100.00', '40.00'],
    ]);
  });

  it('ranks the products of each region and month', async () => {
    const { body } = await t.as('finance').get('/api/v1/reports/focus-areas?year=2025').expect(200);
    const keys = ['region', 'period', 'rank', 'product', 'clientHours', 'directHours', 'share'];
    expect(cells(body.rows, keys)).toEqual([
      ['ETELA', '2025-01', 1, 'TOTU', '20.00', '20.00', '57.14'],
      ['ETELA', '2025-01', 2, 'MAMU', '15.00', '15.00', '42.86'],
      ['ETELA', '2025-02', 1, 'MAMU', '5.00', '0.00', '100.00'],
      ['ETELA', '2025-03', 1, 'TOTU', '10.00', '0.00', '100.00'],
      ['POHJOINEN', '2025-01', 1, 'LS-AVO', '35.00', '35.00', '100.00'],
      ['POHJOINEN', '2025-02', 1, 'TOTU', '40.00', '20.00', '80.00'],
      ['POHJOINEN', '2025-02', 2, 'LS-AVO', '10.00', '0.00', '20.00'],
      ['POHJOINEN', '2025-03', 1, 'LS-AVO', '15.00', '0.00', '100.00'],
    ]);
    const top = (
      await t.as('finance').get('/api/v1/reports/focus-areas?year=2025&period=year&top=1').expect(200)
    ).body;
    // Over the year: ETELA TOTU 30 h of 50 h; POHJOINEN LS-AVO 60 h of 100 h.
    expect(cells(top.rows, keys)).toEqual([
      ['ETELA', '2025', 1, 'TOTU', '30.00', '20.00', '60.00'],
      ['POHJOINEN', '2025', 1, 'LS-AVO', '60.00', '35.00', '60.00'],
    ]);
  });

  it('counts distinct clients per product and period, and across products', async () => {
    const byYear = (
      await t.as('finance').get('/api/v1/reports/client-statistics?year=2025&period=year').expect(200)
    ).body;
    // LS-AVO: C1, C2, C3; MAMU: C5, C6; TOTU: C4 (at both centers), C2, C5; any product: C1…C6.
    expect(cells(byYear.rows, ['period', 'product', 'clients'])).toEqual([
      ['2025', null, 6],
      ['2025', 'LS-AVO', 3],
      ['2025', 'MAMU', 2],
      ['2025', 'TOTU', 3],
    ]);
    expect(byYear.totals).toMatchObject({ period: null, product: null, clients: 6 });
    const q = (
      await t
        .as('finance')
        .get('/api/v1/reports/client-statistics?year=2025&period=quarter&product=TOTU')
        .expect(200)
    ).body;
    expect(cells(q.rows, ['period', 'product', 'clients'])).toEqual([
      ['2025-Q1', null, 3],
      ['2025-Q1', 'TOTU', 3],
    ]);
    const months = (
      await t.as('finance').get('/api/v1/reports/client-statistics?year=2025&product=LS-AVO').expect(200)
    ).body;
    expect(cells(months.rows, ['period', 'product', 'clients'])).toEqual([
      ['2025-01', null, 2],
      ['2025-01', 'LS-AVO', 2],
      ['2025-02', null, 1],
      ['2025-02', 'LS-AVO', 1],
      ['2025-03', null, 1],
      ['2025-03', 'LS-AVO', 1],
    ]);
  });
});
