import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { seedCostCenters } from '../versions/seed.js';

const LOG = '/api/v1/audit-log';

interface Entry {
  id: string;
  at: string;
  username: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  before: unknown;
  after: unknown;
  changes: unknown;
  reason: string | null;
  correlationId: string | null;
  request: { method: string; route: string; params: object; body?: unknown } | null;
}

async function sqlState(dataSource: DataSource, sql: string): Promise<string> {
  try {
    await dataSource.query(sql);
  } catch (error) {
    return (error as { driverError?: { code?: string } }).driverError?.code ?? 'no code';
  }
  return 'accepted';
}

describe('audit log', () => {
  let t: TestApp;

  const search = async (query: string): Promise<{ items: Entry[]; total: number }> =>
    (await t.as('auditor').get(`${LOG}?${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    const finance = () => t.as('finance');
    await finance()
      .post('/api/v1/catalog/areas')
      .send({ code: 'LS', name: { fi: 'Lastensuojelu' } })
      .expect(201);
    await finance()
      .patch('/api/v1/catalog/areas/LS')
      .set('x-correlation-id', 'audit-test-patch')
      .send({ name: { fi: 'Lastensuojelu', en: 'Child welfare' } })
      .expect(200);
    await finance().post('/api/v1/organization/regions').send({ code: 'ETELA', name: 'Etelä' }).expect(201);
    await finance().delete('/api/v1/organization/regions/ETELA').expect(204);
    await t
      .as('admin')
      .post('/api/v1/users')
      .send({ username: 'maija', displayName: 'Maija', password: 'salainen-salasana-1', roles: ['finance'] })
      .expect(201);
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'maija', password: 'väärä-salasana-123' })
      .expect(401);
    await t
      .http()
      .post('/api/v1/auth/login')
      .send({ username: 'maija', password: 'salainen-salasana-1' })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records a create with who, what and the new state', async () => {
    const [created] = (await search('objectType=service-area&action=create')).items;
    expect(created).toMatchObject({
      username: 'finance',
      objectId: 'LS',
      before: null,
      after: { code: 'LS', name: { fi: 'Lastensuojelu', sv: null, en: null } },
      request: { method: 'POST', route: '/api/v1/catalog/areas', body: { code: 'LS' } },
    });
  });

  it('records an update with the state before and after and the diff', async () => {
    const [updated] = (await search('objectType=service-area&objectId=LS&action=update')).items;
    expect(updated).toMatchObject({
      username: 'finance',
      correlationId: 'audit-test-patch',
      before: { name: { en: null } },
      after: { name: { en: 'Child welfare' } },
      changes: [
        { path: 'name.en', change: 'changed', before: null, after: 'Child welfare' },
        { path: 'updatedAt', change: 'changed' },
      ],
      request: { method: 'PATCH', route: '/api/v1/catalog/areas/:code', params: { code: 'LS' } },
    });
  });

  it('records a delete with the state that was removed', async () => {
    const [deleted] = (await search('objectType=region&action=delete')).items;
    expect(deleted).toMatchObject({
      objectId: 'ETELA',
      before: { code: 'ETELA', name: 'Etelä' },
      after: null,
    });
  });

  it('never records a password, and records sign-ins and failed ones with the reason', async () => {
    const [created] = (await search('objectType=user&action=create')).items;
    expect(created.request?.body).toMatchObject({ username: 'maija', password: '[removed]' });
    const everything = JSON.stringify((await search('limit=500')).items);
    expect(everything).not.toContain('salainen-salasana-1');
    expect(everything).not.toContain('väärä-salasana-123');
    const logins = (await search('objectType=user&objectId=maija')).items.map((e) => [e.action, e.reason]);
    expect(logins).toEqual([
      ['login', null],
      ['login-failed', 'wrong password'],
      ['create', null],
    ]);
  });

  it('records a new version with its comment as reason and the diff to the previous version', async () => {
    const save = (baseVersion: number, shares: object) =>
      t
        .as('finance')
        .post('/api/v1/allocation-keys/TILAT/versions')
        .send({
          document: { shares },
          effectiveFrom: '2011-01-01',
          comment: `muutos ${baseVersion}`,
          baseVersion,
        });
    await seedCostCenters(t.db.dataSource);
    await save(0, { 'LS-AVO': '1', HALLINTO: '1' }).expect(201);
    await save(1, { 'LS-AVO': '1', HALLINTO: '3' }).expect(201);
    const [second, first] = (await search('objectType=allocation-key&objectId=TILAT')).items;
    expect(first).toMatchObject({ action: 'version.create', reason: 'muutos 0', before: null });
    expect(second).toMatchObject({
      action: 'version.create',
      username: 'finance',
      reason: 'muutos 1',
      before: { version: 1 },
      after: { version: 2, author: 'finance' },
      changes: [{ path: 'shares.HALLINTO', change: 'changed', before: '1', after: '3' }],
    });
    expect(second.after).not.toHaveProperty('document');
  });

  it('filters by user and by period, newest first, a page at a time', async () => {
    const mine = await search('username=finance');
    expect(mine.items.every((e) => e.username === 'finance')).toBe(true);
    const page = await search('username=finance&limit=2&offset=1');
    expect(page).toMatchObject({ total: mine.total, offset: 1, limit: 2 });
    expect(page.items.map((e) => e.id)).toEqual(mine.items.slice(1, 3).map((e) => e.id));
    const ids = mine.items.map((e) => BigInt(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? 1 : -1)));
    expect((await search('from=2000-01-01&to=2000-12-31')).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(`from=${today}T00:00:00Z`)).total).toBeGreaterThan(0);
    const one = await t.as('admin').get(`${LOG}/${mine.items[0].id}`).expect(200);
    expect(one.body).toEqual(mine.items[0]);
  });

  it('is readable by auditors and administrators only, and has no endpoint that changes it', async () => {
    expect((await t.as('finance').get(LOG)).status).toBe(403);
    expect((await t.http().get(LOG)).status).toBe(401);
    const [entry] = (await search('limit=1')).items;
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      for (const path of [LOG, `${LOG}/${entry.id}`]) {
        expect([method, path, (await t.as('admin')[method](path).send({})).status]).toEqual([
          method,
          path,
          404,
        ]);
      }
    }
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on it', async () => {
    const db = t.db.dataSource;
    // 23001 restrict_violation, as for the immutable versions.
    expect(await sqlState(db, "UPDATE audit_log SET username = 'someone else'")).toBe('23001');
    expect(await sqlState(db, 'DELETE FROM audit_log')).toBe('23001');
    expect(await sqlState(db, 'TRUNCATE audit_log')).toBe('23001');
    await expect(db.query('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(
      'the audit log is append-only: DELETE refused',
    );
    expect(await sqlState(db, "INSERT INTO audit_log (action) VALUES ('test')")).toBe('accepted');
  });
});
