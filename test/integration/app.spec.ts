import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('the application', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports its health and database', async () => {
    const response = await t.http().get('/api/v1/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: t.db.mode, engineVersion: '1.0.0' });
  });

  it('answers an unknown API path with a coded error and a correlation id', async () => {
    const response = await t
      .http()
      .get('/api/v1/no-such-thing')
      .set('x-correlation-id', 'test-correlation-1')
      .expect(404);
    expect(response.body).toEqual({
      code: 'NOT_FOUND',
      message: 'Cannot GET /api/v1/no-such-thing',
      correlationId: 'test-correlation-1',
    });
    expect(response.headers['x-correlation-id']).toBe('test-correlation-1');
  });

  it('serves Swagger UI and the OpenAPI document', async () => {
    await t.http().get('/api/docs').expect(200);
    const openapi = await t.http().get('/api/docs/openapi.json').expect(200);
    expect(openapi.body.paths).toHaveProperty('/api/v1/health');
  });
});
