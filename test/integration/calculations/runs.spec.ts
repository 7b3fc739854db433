import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { calculate } from '../../../server/src/costing/domain/calculate.js';
import type { CostingCase } from '../../../server/src/costing/domain/costing-case.js';
import { seedCase } from '../../support/seed-case.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

// The worked case `mini-step-down` stored in the database (organization, versions, ledger, time records)
// and recalculated through the API must give the case's expected prices.
const input = JSON.parse(readFileSync('test/fixtures/cases/mini-step-down.json', 'utf8')) as CostingCase;
const expected = JSON.parse(readFileSync('test/fixtures/cases/mini-step-down.expected.json', 'utf8')) as {
  products: Record<string, { clientHours: string; cost: string; pricePerHour: string }>;
};

describe('recalculation runs', () => {
  let t: TestApp;
  let runId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedCase(t.db.dataSource, input, 2011, 'TP');
    const response = await t
      .as('finance')
      .post('/api/v1/runs?wait=true')
      .send({ year: 2011, costVersion: 'TP' })
      .expect(202);
    runId = response.body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("runs to the end with the policy's method, recording who started it", async () => {
    const run = (await t.as('auditor').get(`/api/v1/runs/${runId}`).expect(200)).body;
    expect(run).toMatchObject({ status: 'succeeded', progress: 100, method: 'step_down', error: null });
    expect(run.author).toBe('finance');
    const log = await t.as('auditor').get(`/api/v1/audit-log?objectType=run&objectId=${runId}`).expect(200);
    expect(log.body.items).toMatchObject([
      { action: 'run.start', username: 'finance', after: { id: runId } },
    ]);
  });

  it('prices every product as the worked case expects', async () => {
    const { body } = await t.as('finance').get(`/api/v1/runs/${runId}/price-list`).expect(200);
    const prices = Object.fromEntries(
      body.items.map((i: { productCode: string; pricePerHour: string }) => [i.productCode, i.pricePerHour]),
    );
    const want = Object.fromEntries(
      Object.entries(expected.products).map(([code, p]) => [code, p.pricePerHour]),
    );
    expect(prices).toEqual(want);
    expect(body.items.find((i: { productCode: string }) => i.productCode === 'LS-AVO')).toMatchObject({
      clientHours: '7669',
      name: { fi: 'Tuote LS-AVO', sv: null, en: null },
    });
  });

  it('finds the latest run and its price list by year and cost version', async () => {
    const latest = await t.as('finance').get('/api/v1/runs/latest?year=2011&costVersion=TP').expect(200);
    expect(latest.body.id).toBe(runId);
    await t.as('finance').get('/api/v1/runs/latest/price-list?year=2011&costVersion=TP').expect(200);
    await t.as('finance').get('/api/v1/runs/latest?year=2012&costVersion=TP').expect(404);
  });

  it('records the versions it used and stores the whole input case and result', async () => {
    const run = (await t.as('finance').get(`/api/v1/runs/${runId}`).expect(200)).body;
    expect(run.versionsUsed).toMatchObject({
      costingPolicy: { code: 'default', version: 1 },
      ruleSet: { code: 'seed-rules', version: 1 },
      costLines: 9,
    });
    expect(run.versionsUsed.allocationKeys).toHaveLength(3);
    const result = (await t.as('finance').get(`/api/v1/runs/${runId}/result`).expect(200)).body;
    expect(result.check).toMatchObject({
      inputTotal: '1713400.00',
      excluded: '250000.00',
      difference: '0.00',
    });
    expect(result.outputHash).toBe(run.outputHash);
  });

  it('reproduces the run exactly from its stored input (what an auditor does)', async () => {
    const stored = (await t.as('finance').get(`/api/v1/runs/${runId}/input`).expect(200)).body;
    const run = (await t.as('finance').get(`/api/v1/runs/${runId}`).expect(200)).body;
    const again = await calculate(stored);
    expect(again.inputHash).toBe(run.inputHash);
    expect(again.outputHash).toBe(run.outputHash);
  });

  it('gives the same hashes when unchanged inputs are recalculated', async () => {
    const first = (await t.as('finance').get(`/api/v1/runs/${runId}`).expect(200)).body;
    const second = (
      await t.as('finance').post('/api/v1/runs?wait=true').send({ year: 2011, costVersion: 'TP' }).expect(202)
    ).body;
    expect(second.id).not.toBe(runId);
    expect(second.inputHash).toBe(first.inputHash);
    expect(second.outputHash).toBe(first.outputHash);
  });

  it('fails a run clearly when the year has no data, and refuses a malformed request', async () => {
    const failed = (
      await t.as('finance').post('/api/v1/runs?wait=true').send({ year: 2011, costVersion: 'TA' }).expect(202)
    ).body;
    expect(failed).toMatchObject({
      status: 'failed',
      error: 'Cannot calculate: there is no cost line for 2011 TA: import the ledger first',
    });
    const bad = await t
      .as('finance')
      .post('/api/v1/runs')
      .send({ year: 'next', costVersion: '' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(bad.body.fields)).toEqual(expect.arrayContaining(['year', 'costVersion']));
  });
});
