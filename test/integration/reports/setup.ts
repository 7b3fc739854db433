import { expect } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { seedReportFixture } from './fixture.js';

export interface ReportTestApp extends TestApp {
  /** The run of 2025 TP computed by the engine from the fixture. */
  runId: string;
}

/** The app on a fresh database with the fixture, and the 2025 TP run calculated by the real engine. */
export async function reportTestApp(): Promise<ReportTestApp> {
  const t = await createTestApp();
  await seedReportFixture(t.db.dataSource);
  const run = await t
    .as('finance')
    .post('/api/v1/runs?wait=true')
    .send({ year: 2025, costVersion: 'TP' })
    .expect(202);
  expect(run.body).toMatchObject({ status: 'succeeded', error: null });
  return Object.assign(t, { runId: run.body.id as string });
}

/** A report's rows as [key, …values] in column order, for compact expectations. */
export function cells(rows: Record<string, unknown>[], keys: string[]): unknown[][] {
  return rows.map((row) => keys.map((key) => row[key]));
}
