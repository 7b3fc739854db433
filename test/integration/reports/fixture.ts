// A small organization with hand-checkable numbers for the report tests (expected values in the specs
// are computed by hand from these lines; see README comments next to each expectation).
//
// Regions POHJOINEN, ETELA. Service areas LS (LS-AVO), AIK (TOTU, MAMU).
// Centers: HALLINTO (support), LS-TIIMI (production, POHJOINEN, LS), AIK-TIIMI (production, ETELA, AIK).
// Workers: W1 (LS-TIIMI, 1.0 FTE), W2 (LS-TIIMI, 0.5 FTE), W3 (AIK-TIIMI, 1.0 FTE).
// Ledger 2025 TP: HALLINTO 4000 1000.00; LS-TIIMI 4010 6000.00, 4500 2000.00, 4300 5000.00 (excluded by
// a rule); AIK-TIIMI 401000 2500.00, 4400 500.00. Key: HALLINTO → LS-TIIMI 3, AIK-TIIMI 1 (direct).
// Client hours 2025: LS-TIIMI LS-AVO 60 h, TOTU 40 h; AIK-TIIMI TOTU 30 h, MAMU 20 h.
// Run 2025 TP: HALLINTO → LS 750, AIK 250; LS full 8750, AIK full 3250;
//   LS-AVO 5250.00 / 60 h = 87.50; TOTU 3500 + 1950 = 5450.00 / 70 h = 77.86; MAMU 1300.00 / 20 h = 65.00.
import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { DataSource, EntityManager } from 'typeorm';
import type { CostingPolicy } from '../../../server/src/calculations/costing-policy.js';
import { CostingPolicyVersion } from '../../../server/src/calculations/entities/costing-policy-version.entity.js';
import { ServiceArea } from '../../../server/src/catalog/entities/service-area.entity.js';
import { ServiceProduct } from '../../../server/src/catalog/entities/service-product.entity.js';
import { canonicalJson, sha256 } from '../../../server/src/costing/domain/canonical-json.js';
import { CostLine } from '../../../server/src/ledger/entities/cost-line.entity.js';
import { CostCenter } from '../../../server/src/organization/entities/cost-center.entity.js';
import { Region } from '../../../server/src/organization/entities/region.entity.js';
import { Worker } from '../../../server/src/organization/entities/worker.entity.js';
import { AllocationKeyVersion } from '../../../server/src/rules/entities/allocation-key-version.entity.js';
import { RuleSetVersion } from '../../../server/src/rules/entities/rule-set-version.entity.js';
import { TimeRecord } from '../../../server/src/time-records/entities/time-record.entity.js';

/** A pseudonymous client key as the importer would store it (here: SHA-256 of a made-up reference). */
export const clientKey = (name: string) => createHash('sha256').update(`fixture/${name}`).digest('hex');

type Line = [
  date: string,
  worker: string,
  center: string,
  product: string,
  client: string,
  minutes: number,
  kind: 'direct' | 'indirect',
  municipality: string,
  groups?: string[],
];

export const RECORDS: Line[] = [
  ['2025-01-15', 'W1', 'LS-TIIMI', 'LS-AVO', 'C1', 1200, 'direct', '179'],
  ['2025-02-10', 'W1', 'LS-TIIMI', 'LS-AVO', 'C1', 600, 'indirect', '179'],
  ['2025-01-20', 'W2', 'LS-TIIMI', 'LS-AVO', 'C2', 900, 'direct', '410'],
  ['2025-03-05', 'W2', 'LS-TIIMI', 'LS-AVO', 'C3', 900, 'indirect', '179'],
  ['2025-02-12', 'W1', 'LS-TIIMI', 'TOTU', 'C4', 1200, 'direct', '179'],
  ['2025-02-20', 'W2', 'LS-TIIMI', 'TOTU', 'C2', 1200, 'indirect', '410'],
  ['2025-01-08', 'W3', 'AIK-TIIMI', 'TOTU', 'C4', 1200, 'direct', '179'],
  ['2025-03-10', 'W3', 'AIK-TIIMI', 'TOTU', 'C5', 600, 'indirect', '500', ['maahanmuuttaja']],
  ['2025-01-22', 'W3', 'AIK-TIIMI', 'MAMU', 'C5', 900, 'direct', '500', ['maahanmuuttaja']],
  ['2025-02-03', 'W3', 'AIK-TIIMI', 'MAMU', 'C6', 300, 'indirect', '179', ['maahanmuuttaja']],
  // Outside 2025: every 2025 report must leave it out.
  ['2024-12-31', 'W1', 'LS-TIIMI', 'LS-AVO', 'C1', 60, 'direct', '179'],
];

export async function seedReportFixture(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await organization(manager);
    await versions(manager);
    await ledger(manager);
    await manager.getRepository(TimeRecord).insert(
      RECORDS.map(
        ([recordDate, workerCode, costCenterCode, productCode, client, minutes, kind, home, groups], i) => ({
          recordDate,
          workerCode,
          costCenterCode,
          regionCode: 'vapaa teksti',
          productCode,
          clientKey: clientKey(client),
          homeMunicipality: home,
          minutes: new Decimal(minutes),
          kind,
          clientGroups: groups ?? [],
          dedupeKey: `fixture-${i}`,
        }),
      ),
    );
  });
}

async function organization(manager: EntityManager): Promise<void> {
  const [north, south] = await manager.getRepository(Region).save([
    { code: 'POHJOINEN', name: 'Pohjoinen' },
    { code: 'ETELA', name: 'Etelä' },
  ]);
  const [ls, aik] = await manager.getRepository(ServiceArea).save([
    { code: 'LS', nameFi: 'Lastensuojelu' },
    { code: 'AIK', nameFi: 'Aikuissosiaalityö' },
  ]);
  await manager.getRepository(ServiceProduct).save([
    { code: 'LS-AVO', serviceAreaId: ls.id, nameFi: 'Lastensuojelun avohuollon palvelut' },
    { code: 'TOTU', serviceAreaId: aik.id, nameFi: 'Toimeentulotukipalvelu' },
    { code: 'MAMU', serviceAreaId: aik.id, nameFi: 'Maahanmuuttajapalvelut' },
  ]);
  const centers = await manager.getRepository(CostCenter).save([
    { code: 'HALLINTO', name: 'Hallinto', kind: 'support' as const },
    {
      code: 'LS-TIIMI',
      name: 'Lastensuojelun tiimi',
      kind: 'production' as const,
      regionId: north.id,
      serviceAreaId: ls.id,
    },
    {
      code: 'AIK-TIIMI',
      name: 'Aikuissosiaalityön tiimi',
      kind: 'production' as const,
      regionId: south.id,
      serviceAreaId: aik.id,
    },
  ]);
  const id = new Map(centers.map((c) => [c.code, c.id]));
  await manager.getRepository(Worker).save([
    {
      code: 'W1',
      name: 'Aino',
      profession: 'sosiaalityöntekijä',
      fte: new Decimal('1.0'),
      costCenterId: id.get('LS-TIIMI'),
      regionId: north.id,
    },
    {
      code: 'W2',
      name: 'Bertta',
      profession: 'sosiaaliohjaaja',
      fte: new Decimal('0.5'),
      costCenterId: id.get('LS-TIIMI'),
      regionId: north.id,
    },
    {
      code: 'W3',
      name: 'Cecilia',
      profession: 'sosiaalityöntekijä',
      fte: new Decimal('1.0'),
      costCenterId: id.get('AIK-TIIMI'),
      regionId: south.id,
    },
  ]);
}

async function versions(manager: EntityManager): Promise<void> {
  const policy: CostingPolicy = {
    method: 'direct',
    ruleSet: 'rules',
    ledgerUnits: [],
    practicalHoursPerFte: '1280',
    netHoursPerFte: '1600',
    priceRounding: '0.01',
  };
  await save(manager, CostingPolicyVersion, 'default', 1, '2000-01-01', { ...policy });
  // From 2026 a shorter year: paid hours of a range across the new year take each year's own figure.
  await save(manager, CostingPolicyVersion, 'default', 2, '2026-01-01', {
    ...policy,
    netHoursPerFte: '1460',
  });
  const exclude = {
    name: 'purchased foster care',
    conditions: { all: [{ fact: 'account', operator: 'equal', value: '4300' }] },
    event: { type: 'exclude', params: { reason: 'sijaishuolto laskutetaan erikseen' } },
  };
  await save(manager, RuleSetVersion, 'rules', 1, '2000-01-01', { name: 'rules', rules: [exclude] });
  await save(manager, AllocationKeyVersion, 'HALLINTO', 1, '2000-01-01', {
    shares: { 'LS-TIIMI': '3', 'AIK-TIIMI': '1' },
  });
}

async function ledger(manager: EntityManager): Promise<void> {
  const lines: [string, string, string][] = [
    ['HALLINTO', '4000', '1000.00'],
    ['LS-TIIMI', '4010', '6000.00'],
    ['LS-TIIMI', '4500', '2000.00'],
    ['LS-TIIMI', '4300', '5000.00'],
    ['AIK-TIIMI', '401000', '2500.00'],
    ['AIK-TIIMI', '4400', '500.00'],
  ];
  await manager.getRepository(CostLine).insert(
    lines.map(([costCenterCode, accountCode, amount], i) => ({
      year: 2025,
      version: 'TP',
      costCenterCode,
      accountCode,
      amount: new Decimal(amount),
      dedupeKey: `fixture-line-${i}`,
    })),
  );
}

async function save(
  manager: EntityManager,
  entity: new () => object,
  code: string,
  version: number,
  effectiveFrom: string,
  document: object,
): Promise<void> {
  await manager.getRepository(entity).insert({
    code,
    version,
    effectiveFrom,
    document,
    hash: sha256(canonicalJson(document)),
    author: 'fixture',
  } as never);
}
