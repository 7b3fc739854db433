// The endpoint × role matrix: every route the running app has, called by every role and without a
// token, must answer as the table below says. A new endpoint fails this test until it declares its
// access and is added to the table, so nothing is reachable by accident (default deny).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { declaredEndpointsOf, type DeclaredEndpoint } from '../../../server/src/auth/declared-access.js';
import { ROLES, type Role } from '../../../server/src/auth/roles.js';
import { createTestApp, TEST_WORKER_CODE, type TestApp } from '../../support/test-app.js';

const PUBLIC = 'public';
const SIGNED_IN = 'signed-in';
// Who may call, as a space-separated list of roles (or PUBLIC / SIGNED_IN).
const KEEP = 'admin finance'; // catalog, cost data, keys, rules, imports, runs
const READ_DATA = 'admin finance auditor'; // organization, accounts, keys, rules, imports
const READ_PRICES = 'admin finance purchaser provider auditor'; // catalog, runs, price lists
const HISTORY = 'admin auditor';
const TIME_REPORTS = 'admin finance auditor worker'; // a worker: only their own records (the reports' scope)
const CLIENT_LEVEL = 'finance auditor'; // reports listing pseudonymous client keys

/** The six endpoints of a master-data resource: list and read, create, replace, change, delete. */
function masterData(path: string, readers: string): Record<string, string> {
  return {
    [`GET /${path}`]: readers,
    [`GET /${path}/:code`]: readers,
    [`POST /${path}`]: KEEP,
    [`PUT /${path}/:code`]: KEEP,
    [`PATCH /${path}/:code`]: KEEP,
    [`DELETE /${path}/:code`]: KEEP,
  };
}

/** The six endpoints of a versioned document: five reads and saving a new version. */
function versioned(path: string): Record<string, string> {
  return {
    [`GET /${path}`]: READ_DATA,
    [`GET /${path}/:code/versions`]: READ_DATA,
    [`GET /${path}/:code/versions/:version`]: READ_DATA,
    [`GET /${path}/:code/in-force`]: READ_DATA,
    [`GET /${path}/:code/diff`]: READ_DATA,
    [`POST /${path}/:code/versions`]: KEEP,
  };
}

const EXPECTED: Record<string, string> = {
  'GET /health': PUBLIC,
  'POST /auth/login': PUBLIC,
  'GET /auth/me': SIGNED_IN,

  'GET /users': HISTORY,
  'GET /users/:username': HISTORY,
  'POST /users': 'admin',
  'PATCH /users/:username': 'admin',
  'POST /users/:username/password': 'admin',

  'GET /audit-log': HISTORY,
  'GET /audit-log/:id': HISTORY,

  ...masterData('catalog/areas', READ_PRICES),
  ...masterData('catalog/products', READ_PRICES),
  ...masterData('catalog/packages', READ_PRICES),
  ...masterData('organization/cost-centers', READ_DATA),
  ...masterData('organization/regions', READ_DATA),
  ...masterData('organization/workers', READ_DATA),
  'GET /accounts': READ_DATA,
  'GET /accounts/:code': READ_DATA,
  'PUT /accounts/:code': KEEP,

  ...versioned('allocation-keys'),
  ...versioned('rule-sets'),
  ...versioned('costing-policy'),

  'POST /imports/time-records': KEEP,
  'POST /imports/ledger': KEEP,
  'GET /imports': READ_DATA,
  'GET /imports/:id': READ_DATA,
  'DELETE /imports/:id': KEEP,
  'GET /import-profiles': READ_DATA,

  'GET /reports/working-time': TIME_REPORTS,
  'GET /reports/workers/:worker/working-time': TIME_REPORTS,
  'GET /reports/cross-service-time': TIME_REPORTS,
  'GET /reports/focus-areas': TIME_REPORTS,
  'GET /reports/client-statistics': TIME_REPORTS,
  'GET /reports/client-cost': CLIENT_LEVEL,
  'GET /reports/billing-statement': CLIENT_LEVEL,
  'GET /reports/special-compensation': CLIENT_LEVEL,
  'GET /reports/price-composition': READ_PRICES,
  'GET /reports/price-history': READ_PRICES,
  'GET /reports/make-or-buy': READ_PRICES,
  'GET /reports/price-list': READ_PRICES,
  'GET /reference-prices': READ_PRICES,
  'POST /reference-prices': KEEP,
  'POST /reference-prices/import': KEEP,
  'GET /purchased-service-prices': READ_PRICES,
  'POST /purchased-service-prices': KEEP,

  'POST /runs': KEEP,
  'GET /runs': READ_PRICES,
  'GET /runs/latest': READ_PRICES,
  'GET /runs/latest/price-list': READ_PRICES,
  'GET /runs/:id': READ_PRICES,
  'GET /runs/:id/price-list': READ_PRICES,
  'GET /runs/:id/result': READ_PRICES,
  'GET /runs/:id/input': READ_PRICES,
};

/**
 * Writes a purchaser or a provider may make: negotiating and approving agreements and price lists.
 * Those endpoints come with the agreement years; list each here when it exists.
 */
const NEGOTIATION_WRITES: readonly string[] = [];

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = [...ROLES, 'anonymous'];

const key = (e: { method: string; path: string }) => `${e.method} /${e.path}`;

function allows(expected: string, caller: Caller): boolean {
  if (expected === PUBLIC) return true;
  if (caller === 'anonymous') return false;
  return expected === SIGNED_IN || expected.split(' ').includes(caller);
}

/** What each caller must get: any answer but 401/403 when allowed, else 401 without a token, 403 with. */
function verdict(expected: string, caller: Caller, status: number): string | undefined {
  if (allows(expected, caller))
    return status === 401 || status === 403 ? `allowed, got ${status}` : undefined;
  const want = caller === 'anonymous' ? 401 : 403;
  return status === want ? undefined : `expected ${want}, got ${status}`;
}

/** A concrete URL: parameters get values that exist nowhere, so allowed writes change nothing. */
function urlOf(path: string): string {
  const values: Record<string, string> = { id: randomUUID(), version: '1', worker: TEST_WORKER_CODE };
  return `/api/v1/${path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'no-such-code')}`;
}

describe('endpoint × role matrix', () => {
  let t: TestApp;
  let endpoints: DeclaredEndpoint[];

  beforeAll(async () => {
    t = await createTestApp();
    endpoints = declaredEndpointsOf(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('every endpoint declares who may call it', () => {
    expect(endpoints.filter((e) => !e.access).map(key)).toEqual([]);
  });

  it('the table lists exactly the endpoints the app has', () => {
    expect(endpoints.map(key).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('the declarations say what the table says', () => {
    const declared = (e: DeclaredEndpoint) =>
      e.access?.kind === 'roles' ? [...e.access.roles].sort().join(' ') : e.access?.kind;
    const table = (e: DeclaredEndpoint) => {
      const expected = EXPECTED[key(e)];
      if (expected === undefined || [PUBLIC, SIGNED_IN].includes(expected))
        return expected ?? 'not in the table';
      return expected.split(' ').sort().join(' ');
    };
    expect(endpoints.map((e) => [key(e), declared(e)])).toEqual(endpoints.map((e) => [key(e), table(e)]));
  });

  it('every endpoint answers every role, and no token, as the table says', async () => {
    const wrong: string[] = [];
    for (const endpoint of endpoints) {
      for (const caller of CALLERS) {
        const agent = caller === 'anonymous' ? t.http() : t.as(caller);
        const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const call = agent[method](urlOf(endpoint.path));
        const { status } = endpoint.method === 'GET' ? await call : await call.send({});
        const problem = verdict(EXPECTED[key(endpoint)] ?? '', caller, status);
        if (problem) wrong.push(`${key(endpoint)} as ${caller}: ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  describe('the critical rules, whatever the table says', () => {
    const allowedTo = (caller: Caller) =>
      endpoints.filter((e) => allows(EXPECTED[key(e)] ?? '', caller) && e.access?.kind !== 'public');

    it('an auditor can never POST, PUT, PATCH or DELETE anything', () => {
      expect(allowedTo('auditor').filter((e) => e.method !== 'GET')).toEqual([]);
      // The declarations themselves, in case the table were edited to match a wrong decorator.
      const writes = endpoints.filter((e) => e.method !== 'GET' && e.access?.kind === 'roles');
      expect(writes.filter((e) => e.access?.kind === 'roles' && e.access.roles.includes('auditor'))).toEqual(
        [],
      );
    });

    it('a worker reaches nothing but who they are and their own reports', () => {
      const reachable = allowedTo('worker').map(key);
      expect(reachable.filter((k) => k !== 'GET /auth/me' && !k.startsWith('GET /reports/'))).toEqual([]);
    });

    it('a purchaser or a provider cannot import, change data or start runs', () => {
      for (const party of ['purchaser', 'provider'] as const) {
        const reachable = allowedTo(party).map(key);
        expect(reachable.filter((k) => k.includes('/import'))).toEqual([]);
        expect(reachable.filter((k) => !k.startsWith('GET ') && !NEGOTIATION_WRITES.includes(k))).toEqual([]);
      }
    });

    it('only an administrator manages users, and nobody changes the audit log', () => {
      const userWrites = endpoints.filter((e) => e.path.startsWith('users') && e.method !== 'GET');
      expect(userWrites.map((e) => e.access)).toEqual(
        userWrites.map(() => ({ kind: 'roles', roles: ['admin'] })),
      );
      expect(endpoints.filter((e) => e.path.startsWith('audit-log') && e.method !== 'GET')).toEqual([]);
    });

    it('without a token only the health check and sign-in answer', () => {
      expect(
        endpoints
          .filter((e) => e.access?.kind === 'public')
          .map(key)
          .sort(),
      ).toEqual(['GET /health', 'POST /auth/login']);
    });
  });

  it('the OpenAPI document asks for a bearer token and names the roles on every protected operation', async () => {
    const { body } = await t.http().get('/api/docs/openapi.json').expect(200);
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(body.paths as Record<string, Record<string, never>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const { security, description = '' } = operation as { security?: unknown; description?: string };
        const isPublic = /\*\*Access:\*\* public/.test(description);
        const name = `${method.toUpperCase()} ${path}`;
        if (!isPublic && !/\*\*(Roles|Access):\*\*/.test(description))
          problems.push(`${name}: no roles described`);
        if (!isPublic && JSON.stringify(security) !== '[{"bearer":[]}]')
          problems.push(`${name}: no bearer auth`);
      }
    }
    expect(problems).toEqual([]);
    const documented = Object.values(body.paths as Record<string, object>).reduce(
      (n: number, operations) => n + Object.keys(operations).length,
      0,
    );
    expect(documented).toBe(endpoints.length);
  });
});
