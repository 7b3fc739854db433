import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cells, reportTestApp, type ReportTestApp } from './setup.js';

// The 2025 TP run of fixture.ts: LS-AVO 5250.00 / 60 h = 87.50; TOTU 5450.00 / 70 h = 77.86;
// MAMU 1300.00 / 20 h = 65.00.
let t: ReportTestApp;

beforeAll(async () => {
  t = await reportTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A run of 2024 stored directly (its prices only), for the history. */
async function storeRun2024(): Promise<string> {
  const [{ id }] = await t.db.dataSource.query<{ id: string }[]>(
    `INSERT INTO calculation_runs (year, cost_version, method, status, progress, input_hash, output_hash,
                                   engine_version, result, author, finished_at)
     VALUES (2024, 'TP', 'direct', 'succeeded', 100, repeat('a', 64), repeat('b', 64), '1.0.0', '{}', 'test',
             '2025-02-01T10:00:00Z')
     RETURNING id`,
  );
  await t.db.dataSource.query(
    `INSERT INTO run_product_results (run_id, product_code, direct_hours, indirect_hours, client_hours, cost, price_per_hour)
     VALUES ($1, 'LS-AVO', 30, 20, 50, 4000.00, 80.00)`,
    [id],
  );
  return id;
}

describe('price composition', () => {
  it('splits each price into own personnel, own other costs and the support center, to the cent', async () => {
    const { body } = await t
      .as('finance')
      .get('/api/v1/reports/price-composition?year=2025&costVersion=TP')
      .expect(200);
    expect(body.priceSources[0]).toMatchObject({ runId: t.runId, year: 2025 });
    const keys = ['product', 'component', 'supportCenter', 'cost', 'pricePart'];
    // LS-TIIMI: personnel 4010 6000, other 4500 2000 (4300 excluded), HALLINTO 750; AIK-TIIMI: personnel
    // 401000 2500, other 4400 500, HALLINTO 250. LS-AVO: 60/100 of LS; MAMU: 20/50 of AIK; TOTU: 40/100
    // of LS + 30/50 of AIK. TOTU's price 77.86 = 55.72 + 15.71 + 6.43 (largest remainder).
    expect(cells(body.rows, keys)).toEqual([
      ['LS-AVO', 'Oma henkilöstökustannus', null, '3600.00', '60.00'],
      ['LS-AVO', 'Omat muut kustannukset', null, '1200.00', '20.00'],
      ['LS-AVO', 'Tukipalvelu', 'HALLINTO', '450.00', '7.50'],
      ['MAMU', 'Oma henkilöstökustannus', null, '1000.00', '50.00'],
      ['MAMU', 'Omat muut kustannukset', null, '200.00', '10.00'],
      ['MAMU', 'Tukipalvelu', 'HALLINTO', '100.00', '5.00'],
      ['TOTU', 'Oma henkilöstökustannus', null, '3900.00', '55.72'],
      ['TOTU', 'Omat muut kustannukset', null, '1100.00', '15.71'],
      ['TOTU', 'Tukipalvelu', 'HALLINTO', '450.00', '6.43'],
    ]);
    expect(body.rows[8]).toMatchObject({
      productCost: '5450.00',
      pricePerHour: '77.86',
      supportCenterName: 'Hallinto',
    });
    const byId = await t.as('finance').get(`/api/v1/reports/price-composition?runId=${t.runId}`).expect(200);
    expect(byId.body.rows).toEqual(body.rows);
  });

  it('needs a run or a year, and a run that exists', async () => {
    const none = await t.as('finance').get('/api/v1/reports/price-composition').expect(400);
    expect(none.body.fields).toHaveProperty('runId');
    await t
      .as('finance')
      .get('/api/v1/reports/price-composition?runId=00000000-0000-4000-8000-000000000000')
      .expect(404);
    await t.as('finance').get('/api/v1/reports/price-composition?year=2019').expect(404);
  });
});

describe('price history', () => {
  it('lists each product’s prices across years with the run behind each, and the change', async () => {
    const run2024 = await storeRun2024();
    const { body } = await t.as('finance').get('/api/v1/reports/price-history?product=LS-AVO').expect(200);
    expect(
      cells(body.rows, [
        'product',
        'year',
        'costVersion',
        'clientHours',
        'cost',
        'price',
        'priceChange',
        'runId',
        'source',
        'priceListVersion',
      ]),
    ).toEqual([
      ['LS-AVO', 2024, 'TP', '50.00', '4000.00', '80.00', null, run2024, 'run', null],
      ['LS-AVO', 2025, 'TP', '60.00', '5250.00', '87.50', '7.50', t.runId, 'run', null],
    ]);
    expect(body.rows[0].outputHash).toBe('b'.repeat(64));
    const area = (
      await t.as('finance').get('/api/v1/reports/price-history?serviceArea=AIK&fromYear=2025').expect(200)
    ).body;
    expect(cells(area.rows, ['product', 'year', 'price'])).toEqual([
      ['MAMU', 2025, '65.00'],
      ['TOTU', 2025, '77.86'],
    ]);
  });

  it('shows every run on request (the latest only by default)', async () => {
    const again = await t
      .as('finance')
      .post('/api/v1/runs?wait=true')
      .send({ year: 2025, costVersion: 'TP' })
      .expect(202);
    const latest = (await t.as('finance').get('/api/v1/reports/price-history?product=MAMU').expect(200)).body;
    expect(cells(latest.rows, ['year', 'runId', 'priceChange'])).toEqual([[2025, again.body.id, null]]);
    const all = (await t.as('finance').get('/api/v1/reports/price-history?product=MAMU&runs=all').expect(200))
      .body;
    expect(cells(all.rows, ['year', 'runId', 'price', 'priceChange'])).toEqual([
      [2025, t.runId, '65.00', null],
      [2025, again.body.id, '65.00', '0.00'],
    ]);
  });
});

describe('comparisons: make or buy', () => {
  it('imports reference price lists from CSV and takes single prices over REST', async () => {
    const csv =
      '\uFEFFTuote;Vuosi;Lähde;Hinta\r\nLS-AVO;2025;Kuopio;84,20\r\nLS-AVO;2025;Oulu;90,00\r\n' +
      'LS-AVO;2025;Tampere;95,50\r\nLS-AVO;2025;Lahti;88,00\r\n';
    const first = await t
      .as('finance')
      .post('/api/v1/reference-prices/import')
      .attach('file', Buffer.from(csv), 'hinnat.csv')
      .expect(201);
    expect(first.body).toMatchObject({ inserted: 4, updated: 0 });
    const again = await t
      .as('finance')
      .post('/api/v1/reference-prices/import')
      .attach('file', Buffer.from(csv), 'hinnat.csv')
      .expect(201);
    expect(again.body).toMatchObject({ inserted: 0, updated: 4 });
    const bad = await t
      .as('finance')
      .post('/api/v1/reference-prices/import')
      .attach('file', Buffer.from('Tuote;Vuosi;Lähde;Hinta\r\nEI-OLE;2025;X;1\r\n'), 'x.csv')
      .expect(422);
    expect(bad.body.message).toContain('Line 2, column Tuote');
    await t
      .as('finance')
      .post('/api/v1/reference-prices')
      .send({ source: 'Kuopio', year: 2025, productCode: 'TOTU', price: '70.00' })
      .expect(201);
    await t
      .as('finance')
      .post('/api/v1/reference-prices')
      .send({ source: 'Kuopio', year: 2025, productCode: 'TOTU', price: '71.00' })
      .expect(409);
    const invalid = await t
      .as('finance')
      .post('/api/v1/reference-prices')
      .send({ source: 'X', year: 2025, productCode: 'TOTU', price: 70 })
      .expect(400);
    expect(invalid.body.fields).toHaveProperty('price');
    await t
      .as('finance')
      .post('/api/v1/purchased-service-prices')
      .send({ productCode: 'LS-AVO', year: 2025, supplier: 'Toinen Oy', pricePerHour: '95.00' })
      .expect(201);
    await t
      .as('finance')
      .post('/api/v1/purchased-service-prices')
      .send({ productCode: 'LS-AVO', year: 2025, supplier: 'Perhepalvelu Oy', pricePerHour: '92.00' })
      .expect(201);
    await t
      .as('finance')
      .post('/api/v1/purchased-service-prices')
      .send({ productCode: 'NOPE', year: 2025, supplier: 'X', pricePerHour: '1.00' })
      .expect(400);
    const listed = (
      await t.as('finance').get('/api/v1/reference-prices?year=2025&product=LS-AVO').expect(200)
    ).body;
    expect(listed.map((r: { source: string; price: string }) => [r.source, r.price])).toEqual([
      ['Kuopio', '84.20'],
      ['Lahti', '88.00'],
      ['Oulu', '90.00'],
      ['Tampere', '95.50'],
    ]);
    expect(listed[0].importBatchId).toBe(again.body.importBatchId);
    const bought = (await t.as('finance').get('/api/v1/purchased-service-prices?year=2025').expect(200)).body;
    expect(bought.map((r: { supplier: string }) => r.supplier)).toEqual(['Perhepalvelu Oy', 'Toinen Oy']);
  });

  it('compares own prices with reference min/median/max and the cheapest purchased price', async () => {
    const { body } = await t.as('finance').get('/api/v1/reports/make-or-buy?year=2025').expect(200);
    const keys = [
      'product',
      'ownPrice',
      'referenceCount',
      'referenceMin',
      'referenceMedian',
      'referenceMax',
      'ownMinusMedian',
      'ownVsMedian',
      'purchasedPrice',
      'purchasedSupplier',
      'ownMinusPurchased',
      'ownVsPurchased',
    ];
    // LS-AVO: 84.20, 88.00, 90.00, 95.50 → median (88 + 90) / 2 = 89.00; 87.50 − 89.00 = −1.50 = −1.69 %;
    // cheapest purchase 92.00: −4.50 = −4.89 %. TOTU: 77.86 − 70.00 = 7.86 = 11.23 %. MAMU: own price only.
    expect(cells(body.rows, keys)).toEqual([
      [
        'LS-AVO',
        '87.50',
        4,
        '84.20',
        '89.00',
        '95.50',
        '-1.50',
        '-1.69',
        '92.00',
        'Perhepalvelu Oy',
        '-4.50',
        '-4.89',
      ],
      ['MAMU', '65.00', 0, null, null, null, null, null, null, null, null, null],
      ['TOTU', '77.86', 1, '70.00', '70.00', '70.00', '7.86', '11.23', null, null, null, null],
    ]);
    expect(body.priceSources[0].runId).toBeDefined();
  });
});
