// The REST surface of imports: multipart uploads, reports, batches, profiles and deletion.
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UPLOAD_PREFIX } from '../../../server/src/imports/upload.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { count, fixture, seedRegisters } from './import-support.js';

describe('imports over REST', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await seedRegisters(t.db.dataSource);
  });

  afterAll(async () => {
    await t.close();
  });

  it('imports an uploaded time-record file and reports its counts and rejections', async () => {
    const response = await t
      .as('finance')
      .post('/api/v1/imports/time-records')
      .attach('file', fixture('time-records-rejections.csv'), 'Yöhoito maaliskuu.csv')
      .expect(201);
    expect(response.body).toMatchObject({
      kind: 'time',
      status: 'completed',
      fileName: 'Yöhoito maaliskuu.csv',
      fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      profileCode: 'effica-time-v1',
      profileVersion: 1,
      rowsRead: 9,
      rowsImported: 3,
      rowsDuplicate: 0,
      rowsRejected: 6,
      recordsStored: 3,
      rejectionsTotal: 6,
      author: 'finance',
    });
    expect(response.body.rejections).toHaveLength(6);
    expect(await count(t.db.dataSource, 'time_records')).toBe(3);

    const page = await t
      .as('finance')
      .get(`/api/v1/imports/${response.body.batchId}?offset=2&limit=3`)
      .expect(200);
    expect(page.body).toMatchObject({
      batchId: response.body.batchId,
      rejectionsTotal: 6,
      rejectionsOffset: 2,
    });
    expect(page.body.rejections.map((r: { line: number }) => r.line)).toEqual([7, 8, 9]);
    expect(page.body.rejections[0]).toEqual({ line: 7, column: 'Työn laji', reason: expect.any(String) });
  });

  it('leaves no uploaded file behind in the temporary folder', async () => {
    const uploads = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith(UPLOAD_PREFIX));
    const before = uploads();
    await t
      .as('finance')
      .post('/api/v1/imports/time-records')
      .attach('file', fixture('time-records-hetu.csv'))
      .expect(422);
    await t
      .as('finance')
      .post('/api/v1/imports/time-records')
      .attach('file', fixture('time-records-utf8-bom.csv'))
      .expect(201);
    await t
      .as('finance')
      .post('/api/v1/imports/ledger')
      .field('year', 'x')
      .attach('file', fixture('ledger-headerless.csv'))
      .expect(400);
    expect(uploads().filter((name) => !before.includes(name))).toEqual([]);
  });

  it('imports a headerless ledger with year, version and cost center from the form', async () => {
    const response = await t
      .as('finance')
      .post('/api/v1/imports/ledger')
      .field('profile', 'ledger-headerless-v1')
      .field('year', '2024')
      .field('version', 'TA')
      .field('costCenter', 'HALLINTO')
      .attach('file', fixture('ledger-headerless.csv'))
      .expect(201);
    expect(response.body).toMatchObject({
      kind: 'ledger',
      profileCode: 'ledger-headerless-v1',
      rowsImported: 1,
    });
    const [line] = await t.db.dataSource.query(
      'SELECT year, version, amount::text FROM cost_lines WHERE import_batch_id = $1',
      [response.body.batchId],
    );
    expect(line).toEqual({ year: 2024, version: 'TA', amount: '1200.50' });
  });

  it('answers a request without a file, with a bad field or an unknown profile with 400', async () => {
    const noFile = await t
      .as('finance')
      .post('/api/v1/imports/ledger')
      .field('profile', 'ledger-v1')
      .expect(400);
    expect(noFile.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: { file: 'a file is required' } });
    const badYear = await t
      .as('finance')
      .post('/api/v1/imports/ledger')
      .field('year', 'last year')
      .attach('file', fixture('ledger-headerless.csv'))
      .expect(400);
    expect(badYear.body.fields).toHaveProperty('year');
    const unknown = await t
      .as('finance')
      .post('/api/v1/imports/time-records')
      .field('profile', 'no-such-profile')
      .attach('file', fixture('time-records-utf8-bom.csv'))
      .expect(400);
    expect(unknown.body.message).toContain('no-such-profile');
    const wrongKind = await t
      .as('finance')
      .post('/api/v1/imports/time-records')
      .field('profile', 'ledger-v1')
      .attach('file', fixture('time-records-utf8-bom.csv'))
      .expect(400);
    expect(wrongKind.body.message).toContain('ledger files');
  });

  it('lists batches newest first, lists profiles, deletes a batch and keeps its record', async () => {
    const list = await t.as('finance').get('/api/v1/imports?limit=2').expect(200);
    expect(list.body).toHaveLength(2);
    expect(list.body[0]).toMatchObject({ kind: 'ledger', profileCode: 'ledger-headerless-v1' });
    expect(Date.parse(list.body[0].startedAt)).toBeGreaterThanOrEqual(Date.parse(list.body[1].startedAt));

    const profiles = await t.as('finance').get('/api/v1/import-profiles').expect(200);
    const codes = profiles.body.map((p: { code: string }) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining(['effica-time-v1', 'ledger-v1', 'ledger-headerless-v1', 'jyvaskyla-2011']),
    );
    const effica = profiles.body.find((p: { code: string }) => p.code === 'effica-time-v1');
    expect(effica).toMatchObject({
      kind: 'time',
      builtIn: true,
      version: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(profiles.body.find((p: { code: string }) => p.code === 'jyvaskyla-2011')).toMatchObject({
      version: null,
    });
    const [stored] = await t.db.dataSource.query(
      "SELECT version, hash, author FROM import_profiles WHERE code = 'effica-time-v1'",
    );
    expect(stored).toEqual({ version: 1, hash: effica.hash, author: 'finance' });

    const batchId = list.body[0].batchId;
    const deleted = await t.as('finance').delete(`/api/v1/imports/${batchId}`).expect(200);
    expect(deleted.body).toEqual({ batchId, status: 'deleted', recordsDeleted: 1 });
    const report = await t.as('finance').get(`/api/v1/imports/${batchId}`).expect(200);
    expect(report.body).toMatchObject({
      status: 'deleted',
      deletedBy: 'finance',
      recordsStored: 0,
      rowsImported: 1,
    });
    await t.as('finance').delete(`/api/v1/imports/${batchId}`).expect(409);
    await t.as('finance').get(`/api/v1/imports/${randomUUID()}`).expect(404);
    await t.as('finance').get('/api/v1/imports/not-a-uuid').expect(400);
  });

  it('lets keepers import and delete, auditors read, and nobody else in; audits each write', async () => {
    const upload = (role: 'auditor' | 'worker' | 'purchaser') =>
      t.as(role).post('/api/v1/imports/ledger').attach('file', fixture('ledger-example.csv'));
    await upload('auditor').expect(403);
    await upload('worker').expect(403);
    await upload('purchaser').expect(403);
    await t.http().post('/api/v1/imports/ledger').attach('file', fixture('ledger-example.csv')).expect(401);
    const [batch] = (await t.as('auditor').get('/api/v1/imports').expect(200)).body;
    await t.as('auditor').get(`/api/v1/imports/${batch.batchId}`).expect(200);
    await t.as('auditor').get('/api/v1/import-profiles').expect(200);
    await t.as('worker').get('/api/v1/imports').expect(403);
    await t.as('auditor').delete(`/api/v1/imports/${batch.batchId}`).expect(403);

    const entries = await t.db.dataSource.query(
      `SELECT username, action, object_type, object_id, after FROM audit_log
       WHERE object_type = 'import' ORDER BY id`,
    );
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'import',
      'import',
      'import',
      'delete',
    ]);
    expect(entries[0]).toMatchObject({
      username: 'finance',
      object_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(entries[0].after).toMatchObject({ rowsRead: 9, rowsRejected: 6 });
    expect(entries[0].after).not.toHaveProperty('rejections');
  });

  it('documents the upload as multipart with a binary file', async () => {
    const openapi = await t.as('finance').get('/api/docs/openapi.json').expect(200);
    const upload = openapi.body.paths['/api/v1/imports/time-records'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
    expect(openapi.body.paths).toHaveProperty('/api/v1/import-profiles');
    expect(openapi.body.paths).toHaveProperty('/api/v1/imports/{id}');
  });
});
