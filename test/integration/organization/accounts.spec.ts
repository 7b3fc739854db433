import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const ACCOUNTS = '/api/v1/accounts';

describe('accounts API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates an account with PUT and renames it with PUT', async () => {
    const created = await t.as('finance').put(`${ACCOUNTS}/4100`).send({ name: 'Palkat' }).expect(200);
    expect(created.body).toMatchObject({ code: '4100', name: 'Palkat' });
    const renamed = await t
      .as('finance')
      .put(`${ACCOUNTS}/4100`)
      .send({ name: 'Palkat ja palkkiot' })
      .expect(200);
    expect(renamed.body).toMatchObject({
      code: '4100',
      name: 'Palkat ja palkkiot',
      createdAt: created.body.createdAt,
    });
    expect((await t.as('finance').get(`${ACCOUNTS}/4100`).expect(200)).body.name).toBe('Palkat ja palkkiot');
  });

  it('takes codes as the ledger writes them, slash included', async () => {
    await t
      .as('finance')
      .put(`${ACCOUNTS}/${encodeURIComponent('TILI/4720')}`)
      .send({ name: 'Perustoimeentulotuki' })
      .expect(200);
    const response = await t.as('finance').get(`${ACCOUNTS}/TILI%2F4720`).expect(200);
    expect(response.body.code).toBe('TILI/4720');
  });

  it('searches by code prefix, taken literally', async () => {
    for (const [code, name] of [
      ['4110', 'Kuukausipalkat'],
      ['4300', 'Asiakaspalvelujen ostot'],
      ['41_0', 'Outo tili'],
    ]) {
      await t.as('finance').put(`${ACCOUNTS}/${code}`).send({ name }).expect(200);
    }
    const codes = async (prefix: string) =>
      (await t.as('finance').get(ACCOUNTS).query({ prefix }).expect(200)).body.map(
        (a: { code: string }) => a.code,
      );
    expect(await codes('41')).toEqual(['4100', '4110', '41_0']);
    expect(await codes('41_')).toEqual(['41_0']);
    expect(await codes('TILI/')).toEqual(['TILI/4720']);
    expect((await t.as('finance').get(ACCOUNTS).expect(200)).body).toHaveLength(5);
  });

  it('refuses an empty name and answers 404 for an unknown account', async () => {
    const response = await t.as('finance').put(`${ACCOUNTS}/4200`).send({ name: '' }).expect(400);
    expect(response.body.fields).toEqual({ name: 'must not be empty' });
    const missing = await t.as('finance').get(`${ACCOUNTS}/9999`).expect(404);
    expect(missing.body.message).toBe('Account "9999" was not found');
  });
});
