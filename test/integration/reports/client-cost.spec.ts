import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clientKey } from './fixture.js';
import { cells, reportTestApp, type ReportTestApp } from './setup.js';

// Prices of the 2025 TP run (fixture.ts): LS-AVO 87.50, TOTU 77.86, MAMU 65.00 per hour.
const LINE = ['clientKey', 'product', 'hours', 'price', 'cost'];
const byKey = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

let t: ReportTestApp;

beforeAll(async () => {
  t = await reportTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('client cost', () => {
  it('prices each client’s hours by product with the prices of the latest run, and names the run', async () => {
    const { body } = await t.as('finance').get('/api/v1/reports/client-cost?year=2025').expect(200);
    expect(body.priceSources).toEqual([
      expect.objectContaining({
        kind: 'run',
        year: 2025,
        costVersion: 'TP',
        scenario: 'base',
        runId: t.runId,
      }),
    ]);
    expect(body.rows.every((r: { period: string }) => r.period === '2025')).toBe(true);
    // 30 h × 87.50; 15 × 87.50 and 20 × 77.86; 15 × 87.50; 40 × 77.86; 15 × 65 and 10 × 77.86; 5 × 65.
    const lines = [
      [clientKey('C1'), 'LS-AVO', '30.00', '87.50', '2625.00'],
      [clientKey('C2'), 'LS-AVO', '15.00', '87.50', '1312.50'],
      [clientKey('C2'), 'TOTU', '20.00', '77.86', '1557.20'],
      [clientKey('C3'), 'LS-AVO', '15.00', '87.50', '1312.50'],
      [clientKey('C4'), 'TOTU', '40.00', '77.86', '3114.40'],
      [clientKey('C5'), 'MAMU', '15.00', '65.00', '975.00'],
      [clientKey('C5'), 'TOTU', '10.00', '77.86', '778.60'],
      [clientKey('C6'), 'MAMU', '5.00', '65.00', '325.00'],
    ];
    expect(cells(body.rows, LINE)).toEqual(
      byKey(lines).sort(
        (a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])),
      ),
    );
    // 12 000.00 of product cost; 0.20 more from the rounded TOTU price (70 h × 77.86 = 5450.20).
    expect(body.totals).toMatchObject({ hours: '150.00', cost: '12000.20' });
  });

  it("gives one client's total in a period", async () => {
    const { body } = await t
      .as('finance')
      .get(`/api/v1/reports/client-cost?year=2025&level=client&clientKey=${clientKey('C2')}`)
      .expect(200);
    expect(cells(body.rows, ['clientKey', 'hours', 'cost'])).toEqual([[clientKey('C2'), '35.00', '2869.70']]);
    expect(body.columns.map((c: { key: string }) => c.key)).toEqual(['period', 'clientKey', 'hours', 'cost']);
  });

  it('refuses to price a year without a successful run, and an invalid client key', async () => {
    const ta = await t.as('finance').get('/api/v1/reports/client-cost?year=2025&costVersion=TA').expect(404);
    expect(ta.body.message).toContain('no successful run of 2025 TA');
    const across = await t
      .as('finance')
      .get('/api/v1/reports/client-cost?from=2024-12-01&to=2025-01-31')
      .expect(404);
    expect(across.body.message).toContain('There are no prices for 2024');
    const key = await t.as('finance').get('/api/v1/reports/client-cost?year=2025&clientKey=C2').expect(400);
    expect(key.body.fields).toHaveProperty('clientKey');
    expect(JSON.stringify(key.body)).not.toContain('C2"');
  });
});

describe('billing statement for other organizers', () => {
  it('lists the clients of other home municipalities, per municipality, client and product', async () => {
    const { body } = await t.as('finance').get('/api/v1/reports/billing-statement?year=2025').expect(200);
    expect(body.filters).toMatchObject({ ownMunicipality: '179', costVersion: 'TP' });
    // C2 (410 Laukaa): LS-AVO 15 h, TOTU 20 h; C5 (500 Muurame): MAMU 15 h, TOTU 10 h.
    expect(cells(body.rows, ['municipality', ...LINE])).toEqual([
      ['410', clientKey('C2'), 'LS-AVO', '15.00', '87.50', '1312.50'],
      ['410', clientKey('C2'), 'TOTU', '20.00', '77.86', '1557.20'],
      ['500', clientKey('C5'), 'MAMU', '15.00', '65.00', '975.00'],
      ['500', clientKey('C5'), 'TOTU', '10.00', '77.86', '778.60'],
    ]);
    // 15 + 20 + 15 + 10 h; 1312.50 + 1557.20 + 975.00 + 778.60.
    expect(body.totals).toMatchObject({ hours: '60.00', cost: '4623.30' });
  });

  it('sums per month, municipality and product without client keys, and gives one municipality', async () => {
    const { body } = await t
      .as('finance')
      .get('/api/v1/reports/billing-statement?year=2025&period=month&level=product')
      .expect(200);
    expect(body.columns.map((c: { key: string }) => c.key)).not.toContain('clientKey');
    expect(cells(body.rows, ['period', 'municipality', 'product', 'hours', 'price', 'cost'])).toEqual([
      ['2025-01', '410', 'LS-AVO', '15.00', '87.50', '1312.50'],
      ['2025-01', '500', 'MAMU', '15.00', '65.00', '975.00'],
      ['2025-02', '410', 'TOTU', '20.00', '77.86', '1557.20'],
      ['2025-03', '500', 'TOTU', '10.00', '77.86', '778.60'],
    ]);
    const muurame = (
      await t.as('finance').get('/api/v1/reports/billing-statement?year=2025&municipality=500').expect(200)
    ).body;
    expect(muurame.totals).toMatchObject({ hours: '25.00', cost: '1753.60' });
    // Another organization's own municipality: then the clients of 179 are billed too.
    const other = (
      await t
        .as('finance')
        .get('/api/v1/reports/billing-statement?year=2025&ownMunicipality=410&level=client')
        .expect(200)
    ).body;
    // All but C2's 35 h and 2869.70: 150 − 35 h, 12000.20 − 2869.70.
    expect(other.totals).toMatchObject({ hours: '115.00', cost: '9130.50' });
  });
});

describe('immigrant special compensation claim basis', () => {
  it('prices the client work recorded with the immigrant client group', async () => {
    const { body } = await t
      .as('finance')
      .get('/api/v1/reports/special-compensation?year=2025&level=client')
      .expect(200);
    // C5: MAMU 15 h = 975.00 + TOTU 10 h = 778.60; C6: MAMU 5 h = 325.00.
    expect(cells(body.rows, ['clientKey', 'hours', 'cost'])).toEqual(
      byKey([
        [clientKey('C5'), '25.00', '1753.60'],
        [clientKey('C6'), '5.00', '325.00'],
      ]),
    );
    expect(body.totals).toMatchObject({ hours: '30.00', cost: '2078.60' });
    const quarter = (
      await t
        .as('finance')
        .get('/api/v1/reports/special-compensation?year=2025&period=quarter&level=product')
        .expect(200)
    ).body;
    expect(cells(quarter.rows, ['period', 'product', 'hours', 'cost'])).toEqual([
      ['2025-Q1', 'MAMU', '20.00', '1300.00'],
      ['2025-Q1', 'TOTU', '10.00', '778.60'],
    ]);
  });
});
