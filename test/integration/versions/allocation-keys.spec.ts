import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { seedCostCenters } from './seed.js';

const KEYS = '/api/v1/allocation-keys';

const v1 = {
  name: 'Toimitilat: huoneistoala m²',
  shares: { 'LS-AVO': '118', 'LS-SIJAISHUOLTO': '86', HALLINTO: '60' },
};
const v2 = { name: 'Toimitilat: huoneistoala m²', shares: { 'LS-AVO': '120', HALLINTO: '60', ATK: '25' } };

describe('allocation key versions', () => {
  let t: TestApp;
  const save = (code: string, body: object) => t.as('finance').post(`${KEYS}/${code}/versions`).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    await seedCostCenters(t.db.dataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('saves version 1 of a new key with its hash and author', async () => {
    const response = await save('TILAT', {
      document: v1,
      effectiveFrom: '2011-01-01',
      comment: 'Vuoden 2011 tilajako',
      baseVersion: 0,
    }).expect(201);
    const canonical =
      '{"name":"Toimitilat: huoneistoala m²","shares":{"HALLINTO":"60","LS-AVO":"118","LS-SIJAISHUOLTO":"86"}}';
    expect(response.body).toEqual({
      code: 'TILAT',
      version: 1,
      effectiveFrom: '2011-01-01',
      hash: createHash('sha256').update(canonical).digest('hex'),
      author: 'finance',
      comment: 'Vuoden 2011 tilajako',
      createdAt: expect.any(String),
      document: v1,
    });
  });

  it('saves version 2 against version 1', async () => {
    const response = await save('TILAT', {
      document: v2,
      effectiveFrom: '2012-01-01',
      comment: 'ATK muutti',
      baseVersion: 1,
    }).expect(201);
    expect(response.body).toMatchObject({ version: 2, effectiveFrom: '2012-01-01', document: v2 });
  });

  it('lists the versions oldest first, without documents', async () => {
    const response = await t.as('finance').get(`${KEYS}/TILAT/versions`).expect(200);
    expect(response.body.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(response.body[0]).not.toHaveProperty('document');
    expect(response.body[1]).toMatchObject({ comment: 'ATK muutti', author: 'finance' });
  });

  it('gives one version with its document', async () => {
    const response = await t.as('finance').get(`${KEYS}/TILAT/versions/1`).expect(200);
    expect(response.body).toMatchObject({ version: 1, document: v1 });
  });

  it('gives the version in force on a date: v2 from 2012-01-01 is not in force on 2011-01-01', async () => {
    const inForce = async (date: string) =>
      (await t.as('finance').get(`${KEYS}/TILAT/in-force?date=${date}`).expect(200)).body.version;
    expect(await inForce('2011-01-01')).toBe(1);
    expect(await inForce('2011-12-31')).toBe(1);
    expect(await inForce('2012-01-01')).toBe(2);
    const none = await t.as('finance').get(`${KEYS}/TILAT/in-force?date=2010-12-31`).expect(404);
    expect(none.body.message).toBe('Allocation key "TILAT" has no version in force on 2010-12-31');
  });

  it('lists each key with its latest version and the version in force', async () => {
    const today = await t.as('finance').get(KEYS).expect(200);
    expect(today.body).toEqual([
      expect.objectContaining({
        code: 'TILAT',
        name: 'Toimitilat: huoneistoala m²',
        latest: expect.objectContaining({ version: 2 }),
        inForce: expect.objectContaining({ version: 2 }),
      }),
    ]);
    const in2011 = await t.as('finance').get(`${KEYS}?date=2011-06-01`).expect(200);
    expect(in2011.body[0]).toMatchObject({
      inForceOn: '2011-06-01',
      inForce: { version: 1 },
      latest: { version: 2 },
    });
  });

  it('shows what changed between two versions', async () => {
    const response = await t.as('finance').get(`${KEYS}/TILAT/diff?from=1&to=2`).expect(200);
    expect(response.body).toMatchObject({ code: 'TILAT', from: { version: 1 }, to: { version: 2 } });
    expect(response.body.changes).toEqual([
      { path: 'shares.ATK', change: 'added', after: '25' },
      { path: 'shares.LS-AVO', change: 'changed', before: '118', after: '120' },
      { path: 'shares.LS-SIJAISHUOLTO', change: 'removed', before: '86' },
    ]);
  });

  it('refuses a stale base version with 409 STALE_VERSION naming the latest version and its author', async () => {
    const response = await save('TILAT', {
      document: { basis: 'fte' },
      effectiveFrom: '2013-01-01',
      comment: 'vanhasta versiosta',
      baseVersion: 1,
    }).expect(409);
    expect(response.body).toMatchObject({
      code: 'STALE_VERSION',
      fields: { baseVersion: 'is not the latest version (2)' },
      details: { latestVersion: 2, latestAuthor: 'finance' },
    });
    expect(response.body.message).toMatch(
      /^Allocation key "TILAT" has changed: you edited version 1, but the latest is version 2, saved by finance at /,
    );
    const asNew = await save('TILAT', {
      document: { basis: 'fte' },
      effectiveFrom: '2013-01-01',
      comment: 'uusi',
    });
    expect(asNew.status).toBe(409);
    expect(asNew.body.code).toBe('STALE_VERSION');
  });

  it('refuses to save the latest document and effective date again', async () => {
    const response = await save('TILAT', {
      document: {
        shares: { ATK: '25', HALLINTO: '60', 'LS-AVO': '120' },
        name: 'Toimitilat: huoneistoala m²',
      },
      effectiveFrom: '2012-01-01',
      comment: 'sama uudelleen',
      baseVersion: 2,
    }).expect(409);
    expect(response.body.code).toBe('CONFLICT');
    expect(response.body.message).toMatch(/^No change: version 2 of allocation key "TILAT"/);
  });

  it('saves the same document with another effective date as a new version', async () => {
    const response = await save('TILAT', {
      document: v2,
      effectiveFrom: '2012-07-01',
      comment: 'voimaan vasta heinäkuussa',
      baseVersion: 2,
    }).expect(201);
    expect(response.body.version).toBe(3);
  });

  it('lets exactly one of two concurrent saves from the same base version through', async () => {
    const body = (share: string) => ({
      document: { shares: { 'LS-AVO': share, HALLINTO: '60' } },
      effectiveFrom: '2013-01-01',
      comment: `rinnakkainen ${share}`,
      baseVersion: 3,
    });
    const answers = await Promise.all([save('TILAT', body('1')), save('TILAT', body('2'))]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body).toMatchObject({
      code: 'STALE_VERSION',
      details: { latestVersion: 4 },
    });
  });

  it('answers 409, not 500, when a concurrent save takes the version number first', async () => {
    // Another writer inserts version 5 in an open transaction. On a server the API request reads version
    // 4 as the latest and its insert waits on the unique (code, version) index until the writer commits;
    // on the embedded database the request waits for the transaction and then reads version 5.
    const document = { basis: 'fte' };
    let answer: Promise<Response> | undefined;
    await t.db.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO allocation_key_versions (code, version, effective_from, document, hash, author, comment)
         VALUES ('TILAT', 5, '2014-01-01', $1, $2, 'toinen käyttäjä', 'samaan aikaan')`,
        [JSON.stringify(document), 'a'.repeat(64)],
      );
      answer = save('TILAT', {
        document: { basis: 'clientHours' },
        effectiveFrom: '2014-01-01',
        comment: 'hävisi kilpailun',
        baseVersion: 4,
      }).then((response) => response);
      await delay(700);
    });
    if (!answer) throw new Error('the request was not sent');
    const response = await answer;
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'STALE_VERSION',
      details: { latestVersion: 5, latestAuthor: 'toinen käyttäjä' },
    });
  });

  it('keeps versions immutable in the database itself', async () => {
    await expect(
      t.db.dataSource.query(`UPDATE allocation_key_versions SET comment = 'muokattu' WHERE code = 'TILAT'`),
    ).rejects.toThrow(/rows of allocation_key_versions are immutable: UPDATE refused/);
    await expect(
      t.db.dataSource.query(`DELETE FROM allocation_key_versions WHERE version = 1`),
    ).rejects.toThrow(/immutable: DELETE refused/);
    const response = await t.as('finance').get(`${KEYS}/TILAT/versions/1`).expect(200);
    expect(response.body.comment).toBe('Vuoden 2011 tilajako');
  });

  describe('validation', () => {
    const attempt = (code: string, document: unknown, extra: object = {}) =>
      save(code, { document, effectiveFrom: '2011-01-01', comment: 'testi', ...extra });

    it.each([
      [
        'an unknown share target',
        { shares: { HR: '1' } },
        { 'document.shares.HR': 'unknown cost center "HR"' },
      ],
      [
        'a negative share',
        { shares: { 'LS-AVO': '-1' } },
        { 'document.shares.LS-AVO': 'must be a non-negative decimal string such as "118" or "0.25"' },
      ],
      [
        'a share as a JSON number',
        { shares: { 'LS-AVO': 0.5 } },
        { 'document.shares.LS-AVO': 'must be a non-negative decimal string such as "118" or "0.25"' },
      ],
      [
        'only zero shares',
        { shares: { 'LS-AVO': '0', HALLINTO: '0.00' } },
        { 'document.shares': 'needs at least one positive share' },
      ],
      [
        'a share to itself',
        { shares: { ATK: '1', 'LS-AVO': '1' } },
        { 'document.shares.ATK': 'a support center cannot allocate to itself' },
      ],
      ['an unknown basis', { basis: 'm2' }, { 'document.basis': 'must be one of "clientHours", "fte"' }],
      [
        'both basis and shares',
        { basis: 'fte', shares: { 'LS-AVO': '1' } },
        { 'document.basis': 'give either "basis" or "shares", not both' },
      ],
      ['neither basis nor shares', { name: 'tyhjä' }, { document: 'needs either "basis" or "shares"' }],
      [
        'an unknown field',
        { basis: 'fte', weights: {} },
        { 'document.weights': 'is not a field of an allocation key (name, description, basis, shares)' },
      ],
    ])('refuses %s, naming the field', async (_what, document, fields) => {
      const response = await attempt('ATK', document).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', fields });
      expect(response.body.message).toContain(Object.entries(fields)[0].join(': '));
    });

    it('refuses a key whose code is not a support center', async () => {
      const production = await attempt('LS-AVO', { basis: 'fte' }).expect(400);
      expect(production.body.fields).toEqual({
        code: '"LS-AVO" is a production center, not a support center: an allocation key belongs to a support center',
      });
      const unknown = await attempt('HR', { basis: 'fte' }).expect(400);
      expect(unknown.body.fields.code).toMatch(/^unknown cost center "HR"/);
    });

    it('refuses a malformed request body field by field', async () => {
      const response = await save('ATK', {
        document: 'fte',
        effectiveFrom: '2011-02-30',
        baseVersion: -1,
      }).expect(400);
      expect(response.body.fields).toEqual({
        document: 'document must be an object',
        effectiveFrom: 'must be a date such as 2012-01-01',
        comment: expect.stringContaining('must say why the version was made'),
        baseVersion: 'baseVersion must not be less than 0',
      });
    });

    it('answers 404 for an unknown code or version', async () => {
      const code = await t.as('finance').get(`${KEYS}/HR/versions`).expect(404);
      expect(code.body.message).toBe('Allocation key "HR" was not found');
      const version = await t.as('finance').get(`${KEYS}/TILAT/versions/99`).expect(404);
      expect(version.body.message).toBe('Allocation key "TILAT" has no version 99');
      const notANumber = await t.as('finance').get(`${KEYS}/TILAT/versions/uusin`).expect(400);
      expect(notANumber.body.fields).toEqual({ version: 'must be a whole number' });
      await t.as('finance').get(`${KEYS}/TILAT/diff?from=1&to=99`).expect(404);
      const badDiff = await t.as('finance').get(`${KEYS}/TILAT/diff?from=0`).expect(400);
      expect(Object.keys(badDiff.body.fields)).toEqual(['from', 'to']);
    });
  });
});
