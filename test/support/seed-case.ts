// Seeds a database with the organization, versions, ledger and time records of a costing case file
// (the contract's JSON), so a database run can be checked against the case's expected result.
import { createHash } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type { DataSource } from 'typeorm';
import type { CostingPolicy } from '../../server/src/calculations/costing-policy.js';
import { CostingPolicyVersion } from '../../server/src/calculations/entities/costing-policy-version.entity.js';
import { ServiceArea } from '../../server/src/catalog/entities/service-area.entity.js';
import { ServiceProduct } from '../../server/src/catalog/entities/service-product.entity.js';
import { canonicalJson, sha256 } from '../../server/src/costing/domain/canonical-json.js';
import type { CostingCase } from '../../server/src/costing/domain/costing-case.js';
import { CostLine } from '../../server/src/ledger/entities/cost-line.entity.js';
import { CostCenter } from '../../server/src/organization/entities/cost-center.entity.js';
import { Worker } from '../../server/src/organization/entities/worker.entity.js';
import { AllocationKeyVersion } from '../../server/src/rules/entities/allocation-key-version.entity.js';
import { RuleSetVersion } from '../../server/src/rules/entities/rule-set-version.entity.js';
import type { VersionedDocument } from '../../server/src/rules/entities/versioned-document.js';
import { TimeRecord } from '../../server/src/time-records/entities/time-record.entity.js';

const MINUTES_PER_RECORD = 1200;

export async function seedCase(
  dataSource: DataSource,
  input: CostingCase,
  year: number,
  costVersion: string,
) {
  await dataSource.transaction(async (manager) => {
    const area = await manager.getRepository(ServiceArea).save({ code: 'AREA', nameFi: 'Alue' });
    const products = [...new Set(input.clientHours.map((h) => h.product))];
    await manager
      .getRepository(ServiceProduct)
      .save(products.map((code) => ({ code, serviceAreaId: area.id, nameFi: `Tuote ${code}` })));
    const centers = await manager.getRepository(CostCenter).save(
      input.costCenters.map((c) => ({
        code: c.id,
        name: c.id,
        kind: c.kind,
        practicalCapacityHours: c.practicalCapacityHours ? new Decimal(c.practicalCapacityHours) : null,
      })),
    );
    const centerId = new Map(centers.map((c) => [c.code, c.id]));
    await manager.getRepository(CostLine).save(
      input.costLines.map((line, i) => ({
        year,
        version: costVersion,
        costCenterCode: line.costCenter,
        accountCode: line.account,
        amount: new Decimal(line.amount),
        dedupeKey: `seed-${i}`,
      })),
    );
    const rules = input.costLines
      .filter((line) => line.exclude)
      .map((line, i) => ({
        name: `exclude ${i + 1}`,
        conditions: {
          all: [
            { fact: 'costCenter', operator: 'equal', value: line.costCenter },
            { fact: 'account', operator: 'equal', value: line.account },
          ],
        },
        event: { type: 'exclude', params: { reason: line.exclude } },
      }));
    await saveVersion(manager, RuleSetVersion, 'seed-rules', { code: 'seed-rules', name: 'seed', rules });
    const policy: CostingPolicy = {
      method: input.method ?? 'direct',
      stepOrder: input.stepOrder,
      ruleSet: 'seed-rules',
      ledgerUnits: [],
      practicalHoursPerFte: '1280',
      netHoursPerFte: '1600',
      priceRounding: String(input.rounding?.price ?? '0.01'),
    };
    await saveVersion(manager, CostingPolicyVersion, 'default', JSON.parse(JSON.stringify(policy)) as object);
    for (const key of input.allocationKeys) {
      await saveVersion(
        manager,
        AllocationKeyVersion,
        key.from,
        JSON.parse(JSON.stringify({ basis: key.basis, shares: key.shares })) as object,
      );
    }
    const workers = await manager.getRepository(Worker).save(
      centers
        .filter((c) => c.kind === 'production')
        .map((c) => ({
          code: `W-${c.code}`,
          profession: 'sosiaalityöntekijä',
          fte: new Decimal(1),
          costCenterId: centerId.get(c.code),
        })),
    );
    const workerOf = new Map(workers.map((w) => [w.costCenterId, w.code]));
    const records = input.clientHours.flatMap((row) =>
      (['direct', 'indirect'] as const).flatMap((kind) =>
        splitMinutes(new Decimal(row[kind]).times(60)).map((minutes) => ({
          recordDate: `${year}-03-15`,
          workerCode: workerOf.get(centerId.get(row.costCenter) ?? '') ?? '',
          costCenterCode: row.costCenter,
          productCode: row.product,
          clientKey: createHash('sha256').update(`${row.costCenter}/${row.product}`).digest('hex'),
          minutes,
          kind,
        })),
      ),
    );
    await manager.getRepository(TimeRecord).save(
      records.map((r, i) => ({ ...r, dedupeKey: `seed-${i}` })),
      { chunk: 500 },
    );
  });
}

/** Minutes as records of at most 1 200 minutes each (a record holds at most a day). */
function splitMinutes(total: Decimal): Decimal[] {
  const parts: Decimal[] = [];
  let rest = total;
  while (rest.gt(0)) {
    const part = Decimal.min(rest, MINUTES_PER_RECORD);
    parts.push(part);
    rest = rest.minus(part);
  }
  return parts;
}

async function saveVersion<T extends VersionedDocument<unknown>>(
  manager: import('typeorm').EntityManager,
  entity: new () => T,
  code: string,
  document: object,
) {
  await manager.getRepository(entity).insert({
    code,
    version: 1,
    effectiveFrom: '2000-01-01',
    document,
    hash: sha256(canonicalJson(document)),
    author: 'seed',
  } as never);
}
