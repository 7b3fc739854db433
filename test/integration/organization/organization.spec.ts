import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const REGIONS = '/api/v1/organization/regions';
const CENTERS = '/api/v1/organization/cost-centers';
const WORKERS = '/api/v1/organization/workers';

describe('organization API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t
      .as('finance')
      .post('/api/v1/catalog/areas')
      .send({ code: 'LS', name: { fi: 'Lastensuojelu' } })
      .expect(201);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('regions', () => {
    it('creates, renames, lists and deletes regions', async () => {
      await t.as('finance').post(REGIONS).send({ code: 'POHJOINEN', name: 'Pohjoinen' }).expect(201);
      await t.as('finance').post(REGIONS).send({ code: 'ETELA', name: 'Etelä' }).expect(201);
      await t.as('finance').post(REGIONS).send({ code: 'TILAPAINEN', name: 'Väliaikainen' }).expect(201);
      const renamed = await t.as('finance').patch(`${REGIONS}/ETELA`).send({ name: 'Eteläinen' }).expect(200);
      expect(renamed.body).toMatchObject({ code: 'ETELA', name: 'Eteläinen' });
      await t.as('finance').put(`${REGIONS}/ETELA`).send({ name: 'Etelä' }).expect(200);
      await t.as('finance').delete(`${REGIONS}/TILAPAINEN`).expect(204);
      const list = await t.as('finance').get(REGIONS).expect(200);
      expect(list.body.map((r: { code: string; name: string }) => [r.code, r.name])).toEqual([
        ['ETELA', 'Etelä'],
        ['POHJOINEN', 'Pohjoinen'],
      ]);
    });

    it('refuses a duplicate region and a missing name', async () => {
      await t.as('finance').post(REGIONS).send({ code: 'ETELA', name: 'Toinen' }).expect(409);
      const response = await t.as('finance').post(REGIONS).send({ code: 'X' }).expect(400);
      expect(Object.keys(response.body.fields)).toEqual(['name']);
    });
  });

  describe('cost centers', () => {
    it('creates support and production centers with parent, region, area and capacity', async () => {
      await t
        .as('finance')
        .post(CENTERS)
        .send({ code: 'LASTENSUOJELU', name: 'Lastensuojelu', kind: 'production' })
        .expect(201);
      await t
        .as('finance')
        .post(CENTERS)
        .send({ code: 'HALLINTO', name: 'Hallinto', kind: 'support' })
        .expect(201);
      const created = await t
        .as('finance')
        .post(CENTERS)
        .send({
          code: 'LS-AVO-POHJOINEN',
          name: 'Lastensuojelun avohuolto, pohjoinen',
          kind: 'production',
          parent: 'LASTENSUOJELU',
          region: 'POHJOINEN',
          area: 'LS',
          practicalCapacityHours: '11520',
          fte: '9.5',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'LS-AVO-POHJOINEN',
        kind: 'production',
        parent: 'LASTENSUOJELU',
        region: 'POHJOINEN',
        area: 'LS',
        practicalCapacityHours: '11520.00',
        fte: '9.50',
      });
    });

    it('names unknown references and invalid values on their fields', async () => {
      const unknown = await t
        .as('finance')
        .post(CENTERS)
        .send({ code: 'X', name: 'X', kind: 'production', parent: 'EI-OLE', region: 'ITA', area: 'HR' })
        .expect(400);
      expect(unknown.body.fields).toEqual({
        parent: 'unknown cost center "EI-OLE"',
        region: 'unknown region "ITA"',
        area: 'unknown service area "HR"',
      });
      const invalid = await t
        .as('finance')
        .post(CENTERS)
        .send({ code: 'X', name: 'X', kind: 'tuki', fte: 9.5, practicalCapacityHours: '100.125' })
        .expect(400);
      expect(invalid.body.fields).toEqual({
        kind: 'must be "production" or "support"',
        fte: 'must be a non-negative decimal string such as "9.00"',
        practicalCapacityHours: 'must have at most 2 decimals and 10 digits before them',
      });
    });

    it('patches, clears with null and replaces with PUT', async () => {
      const patched = await t
        .as('finance')
        .patch(`${CENTERS}/LS-AVO-POHJOINEN`)
        .send({ fte: null, region: 'ETELA' })
        .expect(200);
      expect(patched.body).toMatchObject({
        fte: null,
        region: 'ETELA',
        parent: 'LASTENSUOJELU',
        practicalCapacityHours: '11520.00',
      });
      const replaced = await t
        .as('finance')
        .put(`${CENTERS}/LS-AVO-POHJOINEN`)
        .send({ name: 'Avohuolto', kind: 'production', parent: 'LASTENSUOJELU' })
        .expect(200);
      expect(replaced.body).toMatchObject({
        name: 'Avohuolto',
        region: null,
        area: null,
        practicalCapacityHours: null,
      });
    });

    it('refuses a parent loop', async () => {
      const self = await t
        .as('finance')
        .patch(`${CENTERS}/LASTENSUOJELU`)
        .send({ parent: 'LASTENSUOJELU' })
        .expect(400);
      expect(self.body.fields).toEqual({ parent: 'a cost center cannot be its own parent' });
      const loop = await t
        .as('finance')
        .patch(`${CENTERS}/LASTENSUOJELU`)
        .send({ parent: 'LS-AVO-POHJOINEN' })
        .expect(400);
      expect(loop.body.fields).toEqual({
        parent: '"LS-AVO-POHJOINEN" is below "LASTENSUOJELU": that would make a loop',
      });
    });

    it('lists by kind', async () => {
      const support = await t.as('finance').get(`${CENTERS}?kind=support`).expect(200);
      expect(support.body.map((c: { code: string }) => c.code)).toEqual(['HALLINTO']);
      await t.as('finance').get(`${CENTERS}?kind=muu`).expect(400);
    });
  });

  describe('workers', () => {
    const worker = {
      code: 'T0042',
      profession: 'sosiaalityöntekijä',
      fte: '1.00',
      costCenter: 'LS-AVO-POHJOINEN',
      region: 'POHJOINEN',
    };

    it('creates, patches, lists and reads workers', async () => {
      const created = await t.as('finance').post(WORKERS).send(worker).expect(201);
      expect(created.body).toMatchObject({ ...worker, name: null });
      await t
        .as('finance')
        .post(WORKERS)
        .send({ ...worker, code: 'T0043', profession: 'sosiaaliohjaaja', fte: '0.8', costCenter: 'HALLINTO' })
        .expect(201);
      const patched = await t
        .as('finance')
        .patch(`${WORKERS}/T0042`)
        .send({ fte: '0.6', name: 'Maija Meikäläinen' })
        .expect(200);
      expect(patched.body).toMatchObject({
        fte: '0.60',
        name: 'Maija Meikäläinen',
        costCenter: 'LS-AVO-POHJOINEN',
      });
      const atCenter = await t.as('finance').get(`${WORKERS}?costCenter=HALLINTO`).expect(200);
      expect(atCenter.body.map((w: { code: string }) => w.code)).toEqual(['T0043']);
      const all = await t.as('finance').get(WORKERS).expect(200);
      expect(all.body).toHaveLength(2);
      const replaced = await t
        .as('finance')
        .put(`${WORKERS}/T0043`)
        .send({ profession: 'sosiaaliohjaaja', fte: '1', costCenter: 'HALLINTO' })
        .expect(200);
      expect(replaced.body).toMatchObject({ region: null, name: null, fte: '1.00' });
    });

    it('refuses an FTE outside 0–2 and an unknown cost center, on their fields', async () => {
      const fte = await t
        .as('finance')
        .post(WORKERS)
        .send({ ...worker, code: 'T0099', fte: '2.5' })
        .expect(400);
      expect(fte.body).toMatchObject({
        message: 'fte: must be between 0 and 2',
        fields: { fte: 'must be between 0 and 2' },
      });
      const center = await t
        .as('finance')
        .post(WORKERS)
        .send({ ...worker, code: 'T0099', costCenter: 'X' })
        .expect(400);
      expect(center.body).toMatchObject({
        message: 'costCenter: unknown cost center "X"',
        fields: { costCenter: 'unknown cost center "X"' },
      });
      const patch = await t
        .as('finance')
        .patch(`${WORKERS}/T0042`)
        .send({ fte: '-1', costCenter: null })
        .expect(400);
      expect(Object.keys(patch.body.fields).sort()).toEqual(['costCenter', 'fte']);
    });
  });

  describe('deleting what is referred to', () => {
    it('refuses to delete a region, center or worker in use, and deletes them once free', async () => {
      const region = await t.as('finance').delete(`${REGIONS}/POHJOINEN`).expect(409);
      expect(region.body.details.referencedBy).toEqual(['workers']);
      const parent = await t.as('finance').delete(`${CENTERS}/LASTENSUOJELU`).expect(409);
      expect(parent.body.message).toBe(
        'Cost center "LASTENSUOJELU" cannot be deleted: cost centers below it refer to it. A cost center with history or references is kept.',
      );
      await t.db.dataSource.query(
        `INSERT INTO time_records (record_date, worker_code, cost_center_code, product_code, client_key, minutes, kind, dedupe_key)
         VALUES ('2011-03-05', 'T0042', 'LS-AVO-POHJOINEN', 'LS-AVO', $1, 45, 'direct', 'organization-test-1')`,
        ['cd'.repeat(32)],
      );
      const worker = await t.as('finance').delete(`${WORKERS}/T0042`).expect(409);
      expect(worker.body.details.referencedBy).toEqual(['time records']);
      const center = await t.as('finance').delete(`${CENTERS}/LS-AVO-POHJOINEN`).expect(409);
      expect(center.body.details.referencedBy).toEqual(['workers', 'time records']);
      await t.as('finance').delete(`${WORKERS}/T0043`).expect(204);
      await t.as('finance').get(`${WORKERS}/T0043`).expect(404);
    });

    it('keeps a support center that an allocation key or rule set names', async () => {
      await t
        .as('finance')
        .post(CENTERS)
        .send({ code: 'TILAT', name: 'Toimitilat', kind: 'support' })
        .expect(201);
      await t
        .as('finance')
        .post('/api/v1/allocation-keys/HALLINTO/versions')
        .send({ document: { shares: { TILAT: '1' } }, effectiveFrom: '2011-01-01', comment: 'testi' })
        .expect(201);
      const named = await t.as('finance').delete(`${CENTERS}/TILAT`).expect(409);
      expect(named.body.details.referencedBy).toEqual(['allocation keys']);
      await t
        .as('finance')
        .post(CENTERS)
        .send({ code: 'ATK', name: 'Tietohallinto', kind: 'support' })
        .expect(201);
      await t
        .as('finance')
        .post('/api/v1/rule-sets/routing/versions')
        .send({
          document: {
            code: 'routing',
            name: 'Kohdistus',
            rules: [
              {
                name: 'it-costs',
                conditions: { all: [{ fact: 'account', operator: 'startsWith', value: '44' }] },
                event: { type: 'split', params: { shares: { ATK: '1', HALLINTO: '1' } } },
              },
            ],
          },
          effectiveFrom: '2011-01-01',
          comment: 'testi',
        })
        .expect(201);
      const ruled = await t.as('finance').delete(`${CENTERS}/ATK`).expect(409);
      expect(ruled.body.details.referencedBy).toEqual(['rule sets']);
    });
  });
});
