import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildOpenApiDocument, openApiText } from '../../server/src/app/openapi.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('openapi.json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is the document the running server serves (regenerate with `npm run openapi`)', async () => {
    const served = (await t.http().get('/api/docs/openapi.json').expect(200)).body;
    const committed = readFileSync('openapi.json', 'utf8');
    expect(openApiText(served)).toBe(openApiText(buildOpenApiDocument(t.app)));
    expect(committed).toBe(openApiText(served));
  });
});
