import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const AREAS = '/api/v1/catalog/areas';
const PRODUCTS = '/api/v1/catalog/products';
const PACKAGES = '/api/v1/catalog/packages';

const avo = {
  code: 'LS-AVO',
  area: 'LS',
  name: { fi: 'Lastensuojelun avohuollon palvelut', sv: 'Öppenvårdstjänster inom barnskyddet' },
  description: {
    forWhom: { fi: 'Lapset ja perheet, joiden tilanne edellyttää lastensuojelun tukea' },
    what: { fi: 'Avohuollon tukitoimet', en: 'Open care support measures' },
    how: { fi: 'Sosiaalityöntekijät, sosiaaliohjaajat ja perhetyöntekijät' },
  },
};

describe('catalog API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('service areas', () => {
    it('creates, reads, updates and lists areas', async () => {
      const created = await t
        .as('finance')
        .post(AREAS)
        .send({ code: 'LS', name: { fi: 'Lastensuojelu', sv: 'Barnskydd' } })
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'LS',
        name: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: null },
      });
      await t
        .as('finance')
        .post(AREAS)
        .send({ code: 'AIKUISET', name: { fi: 'Nuorten ja työikäisten palvelut' } })
        .expect(201);
      const patched = await t
        .as('finance')
        .patch(`${AREAS}/LS`)
        .send({ name: { fi: 'Lastensuojelu', en: 'Child welfare' } })
        .expect(200);
      expect(patched.body.name).toEqual({ fi: 'Lastensuojelu', sv: null, en: 'Child welfare' });
      await t
        .as('finance')
        .put(`${AREAS}/AIKUISET`)
        .send({ name: { fi: 'Aikuisten palvelut' } })
        .expect(200);
      const list = await t.as('finance').get(AREAS).expect(200);
      expect(list.body.map((a: { code: string }) => a.code)).toEqual(['AIKUISET', 'LS']);
      expect((await t.as('finance').get(`${AREAS}/AIKUISET`).expect(200)).body.name.fi).toBe(
        'Aikuisten palvelut',
      );
    });

    it('refuses a duplicate code with 409 and a nameless area with 400 on the field', async () => {
      const duplicate = await t
        .as('finance')
        .post(AREAS)
        .send({ code: 'LS', name: { fi: 'Toinen' } })
        .expect(409);
      expect(duplicate.body).toMatchObject({
        code: 'CONFLICT',
        fields: { code: 'service area "LS" already exists' },
      });
      const nameless = await t
        .as('finance')
        .post(AREAS)
        .send({ code: ' X', name: { fi: ' ' } })
        .expect(400);
      expect(nameless.body.fields).toEqual({
        code: 'must be a code without leading or trailing spaces',
        'name.fi': 'must not be empty',
      });
    });

    it('answers 404 for an unknown area', async () => {
      const response = await t.as('finance').get(`${AREAS}/EI-OLE`).expect(404);
      expect(response.body).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Service area "EI-OLE" was not found',
      });
    });
  });

  describe('service products', () => {
    it('creates a product with the default unit and its description in three languages', async () => {
      const response = await t.as('finance').post(PRODUCTS).send(avo).expect(201);
      expect(response.body).toEqual({
        code: 'LS-AVO',
        area: 'LS',
        name: {
          fi: 'Lastensuojelun avohuollon palvelut',
          sv: 'Öppenvårdstjänster inom barnskyddet',
          en: null,
        },
        unit: 'Asiakaspalvelu 60 min',
        description: avo.description,
        active: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const stored = await t.db.dataSource.query(
        `SELECT description FROM service_products WHERE code = 'LS-AVO'`,
      );
      expect(stored[0].description.fi).toEqual({
        forWhom: avo.description.forWhom.fi,
        what: avo.description.what.fi,
        how: avo.description.how.fi,
      });
    });

    it('patches some fields and replaces all with PUT', async () => {
      const patched = await t
        .as('finance')
        .patch(`${PRODUCTS}/LS-AVO`)
        .send({ unit: 'Asiakaspalvelu 30 min' })
        .expect(200);
      expect(patched.body).toMatchObject({ unit: 'Asiakaspalvelu 30 min', description: avo.description });
      const replaced = await t
        .as('finance')
        .put(`${PRODUCTS}/LS-AVO`)
        .send({ area: 'LS', name: { fi: 'Lastensuojelun avohuollon palvelut' } })
        .expect(200);
      expect(replaced.body).toMatchObject({
        unit: 'Asiakaspalvelu 60 min',
        description: { forWhom: {}, what: {}, how: {} },
        active: true,
      });
      await t
        .as('finance')
        .put(`${PRODUCTS}/LS-AVO`)
        .send({ ...avo, code: undefined })
        .expect(200);
    });

    it('names the field of every invalid value', async () => {
      const response = await t
        .as('finance')
        .post(PRODUCTS)
        .send({
          code: 'LS-X',
          area: 'LS',
          name: {},
          active: 'kyllä',
          description: { what: { fi: 5 } },
          price: '1',
        })
        .expect(400);
      expect(response.body.fields).toEqual({
        price: 'property price should not exist',
        'name.fi': expect.stringContaining('must not be empty'),
        active: 'active must be a boolean value',
        'description.what.fi': expect.stringContaining('fi must be a string'),
      });
      const area = await t
        .as('finance')
        .post(PRODUCTS)
        .send({ ...avo, code: 'LS-Y', area: 'HR' })
        .expect(400);
      expect(area.body).toMatchObject({
        message: 'area: unknown service area "HR"',
        fields: { area: 'unknown service area "HR"' },
      });
      const code = await t
        .as('finance')
        .put(`${PRODUCTS}/LS-AVO`)
        .send({ ...avo })
        .expect(400);
      expect(code.body.fields).toEqual({ code: 'property code should not exist' });
      const nulls = await t
        .as('finance')
        .patch(`${PRODUCTS}/LS-AVO`)
        .send({ active: null, area: null, unit: null })
        .expect(400);
      expect(Object.keys(nulls.body.fields).sort()).toEqual(['active', 'area', 'unit']);
    });

    it('lists products by area and activity', async () => {
      await t
        .as('finance')
        .post(PRODUCTS)
        .send({ code: 'LS-ARVIOINTI', area: 'LS', name: { fi: 'Lastensuojelutarpeen arviointi' } })
        .expect(201);
      await t
        .as('finance')
        .post(PRODUCTS)
        .send({
          code: 'TOIMEENTULOTUKI',
          area: 'AIKUISET',
          name: { fi: 'Toimeentulotukipalvelu' },
          active: false,
        })
        .expect(201);
      const codes = async (query: string) =>
        (await t.as('finance').get(`${PRODUCTS}${query}`).expect(200)).body.map(
          (p: { code: string }) => p.code,
        );
      expect(await codes('')).toEqual(['LS-ARVIOINTI', 'LS-AVO', 'TOIMEENTULOTUKI']);
      expect(await codes('?area=LS')).toEqual(['LS-ARVIOINTI', 'LS-AVO']);
      expect(await codes('?active=false')).toEqual(['TOIMEENTULOTUKI']);
    });

    it('refuses to delete a product with time records (409) and deactivates it instead', async () => {
      await t.db.dataSource.query(
        `INSERT INTO time_records (record_date, worker_code, cost_center_code, product_code, client_key, minutes, kind, dedupe_key)
         VALUES ('2011-03-05', 'T001', 'LS-AVO-POHJOINEN', 'LS-AVO', $1, 45, 'direct', 'catalog-test-1')`,
        ['ab'.repeat(32)],
      );
      const response = await t.as('finance').delete(`${PRODUCTS}/LS-AVO`).expect(409);
      expect(response.body).toMatchObject({
        code: 'CONFLICT',
        message:
          'Service product "LS-AVO" cannot be deleted: time records refer to it. Deactivate it instead (PATCH with "active": false).',
        details: { referencedBy: ['time records'] },
      });
      const deactivated = await t
        .as('finance')
        .patch(`${PRODUCTS}/LS-AVO`)
        .send({ active: false })
        .expect(200);
      expect(deactivated.body.active).toBe(false);
      await t.as('finance').get(`${PRODUCTS}/LS-AVO`).expect(200);
    });

    it('deletes a product nothing refers to', async () => {
      const deleted = await t.as('finance').delete(`${PRODUCTS}/TOIMEENTULOTUKI`).expect(204);
      expect(deleted.body).toEqual({});
      await t.as('finance').get(`${PRODUCTS}/TOIMEENTULOTUKI`).expect(404);
    });

    it('refuses to delete an area its products belong to', async () => {
      const response = await t.as('finance').delete(`${AREAS}/LS`).expect(409);
      expect(response.body.message).toBe(
        'Service area "LS" cannot be deleted: service products refer to it. Move them to another service area first.',
      );
      await t.as('finance').delete(`${AREAS}/AIKUISET`).expect(204);
    });
  });

  describe('service packages', () => {
    it('creates a package of products and lists it', async () => {
      const created = await t
        .as('finance')
        .post(PACKAGES)
        .send({
          code: 'LS-KOKONAISUUS',
          name: { fi: 'Lastensuojelun palvelukokonaisuus' },
          products: ['LS-AVO', 'LS-ARVIOINTI'],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'LS-KOKONAISUUS',
        active: true,
        products: ['LS-ARVIOINTI', 'LS-AVO'],
      });
      const list = await t.as('finance').get(PACKAGES).expect(200);
      expect(list.body).toEqual([
        expect.objectContaining({ code: 'LS-KOKONAISUUS', products: ['LS-ARVIOINTI', 'LS-AVO'] }),
      ]);
    });

    it('replaces the product list and refuses unknown or repeated products on their index', async () => {
      const patched = await t
        .as('finance')
        .patch(`${PACKAGES}/LS-KOKONAISUUS`)
        .send({ products: ['LS-AVO'] })
        .expect(200);
      expect(patched.body.products).toEqual(['LS-AVO']);
      const bad = await t
        .as('finance')
        .put(`${PACKAGES}/LS-KOKONAISUUS`)
        .send({ name: { fi: 'X' }, products: ['LS-AVO', 'HR', 'LS-AVO'] })
        .expect(400);
      expect(bad.body.fields).toEqual({
        'products[1]': 'unknown service product "HR"',
        'products[2]': '"LS-AVO" is listed twice',
      });
    });

    it('keeps a product out of deletion while a package holds it, and deletes the package alone', async () => {
      await t
        .as('finance')
        .post(PRODUCTS)
        .send({ code: 'LS-MUUT', area: 'LS', name: { fi: 'Muut lastensuojelupalvelut' } })
        .expect(201);
      await t
        .as('finance')
        .patch(`${PACKAGES}/LS-KOKONAISUUS`)
        .send({ products: ['LS-MUUT'] })
        .expect(200);
      const refused = await t.as('finance').delete(`${PRODUCTS}/LS-MUUT`).expect(409);
      expect(refused.body.details).toEqual({ referencedBy: ['service packages'] });
      await t.as('finance').delete(`${PACKAGES}/LS-KOKONAISUUS`).expect(204);
      await t.as('finance').get(`${PACKAGES}/LS-KOKONAISUUS`).expect(404);
      await t.as('finance').delete(`${PRODUCTS}/LS-MUUT`).expect(204);
    });
  });
});
