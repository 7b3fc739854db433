import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '../../../server/src/auth/roles.js';
import { clientKey } from './fixture.js';
import { cells, reportTestApp, type ReportTestApp } from './setup.js';

let t: ReportTestApp;

beforeAll(async () => {
  t = await reportTestApp();
  // The test user `worker` is the fixture's worker W2 (users are re-read on every request).
  await t.db.dataSource.query("UPDATE users SET worker_code = 'W2' WHERE username = 'worker'");
});
afterAll(async () => {
  await t.close();
});

const status = async (role: Role | undefined, url: string) =>
  (await (role ? t.as(role) : t.http()).get(url)).status;

describe('who may read which report', () => {
  const clientLevel = [
    '/api/v1/reports/client-cost?year=2025',
    '/api/v1/reports/billing-statement?year=2025',
    '/api/v1/reports/special-compensation?year=2025',
  ];

  it('gives client-level reports to finance and auditor only', async () => {
    for (const url of clientLevel) {
      const answers = await Promise.all(
        (['finance', 'auditor', 'admin', 'purchaser', 'provider', 'worker', undefined] as const).map((r) =>
          status(r, url),
        ),
      );
      expect([url, answers]).toEqual([url, [200, 200, 403, 403, 403, 403, 401]]);
    }
  });

  it('gives prices to everyone but workers', async () => {
    const url = '/api/v1/reports/price-list?year=2025';
    const answers = await Promise.all(
      (['finance', 'auditor', 'admin', 'purchaser', 'provider', 'worker'] as const).map((r) =>
        status(r, url),
      ),
    );
    expect(answers).toEqual([200, 200, 200, 200, 200, 403]);
  });

  it('shows a worker only their own time records, whatever the filters say', async () => {
    const own = (await t.as('worker').get('/api/v1/reports/working-time?year=2025').expect(200)).body;
    expect(cells(own.rows, ['key', 'clientHours'])).toEqual([['W2', '50.00']]);
    const region = (await t.as('worker').get('/api/v1/reports/working-time?year=2025&by=region').expect(200))
      .body;
    expect(cells(region.rows, ['key', 'clientHours'])).toEqual([['POHJOINEN', '50.00']]);
    await t.as('worker').get('/api/v1/reports/working-time?year=2025&worker=W1').expect(403);
    await t.as('worker').get('/api/v1/reports/workers/W1/working-time?year=2025').expect(403);
    await t.as('purchaser').get('/api/v1/reports/working-time?year=2025').expect(403);
  });

  it("lets a worker see their own clients, and only finance and auditor anyone's", async () => {
    const mine = (
      await t.as('worker').get('/api/v1/reports/workers/W2/working-time?year=2025&by=client').expect(200)
    ).body;
    expect(mine.rows.map((r: { key: string }) => r.key).sort()).toEqual(
      [clientKey('C2'), clientKey('C3')].sort(),
    );
    await t.as('admin').get('/api/v1/reports/workers/W2/working-time?year=2025&by=client').expect(403);
    await t.as('admin').get('/api/v1/reports/workers/W2/working-time?year=2025&by=product').expect(200);
    await t.as('auditor').get('/api/v1/reports/workers/W2/working-time?year=2025&by=client').expect(200);
  });

  it('lets only finance and admin write comparison prices, and records the author', async () => {
    const body = { source: 'Kuopio', year: 2025, productCode: 'TOTU', price: '70.00' };
    await t.as('auditor').post('/api/v1/reference-prices').send(body).expect(403);
    const created = await t.as('finance').post('/api/v1/reference-prices').send(body).expect(201);
    expect(created.body.author).toBe('finance');
  });
});
