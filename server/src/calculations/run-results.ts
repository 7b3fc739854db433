import { Decimal } from 'decimal.js';
import type { EntityManager } from 'typeorm';
import type { CostingResult } from '../costing/domain/costing-case.js';
import { RunCenterResult } from './entities/run-center-result.entity.js';
import { RunExcludedLine } from './entities/run-excluded-line.entity.js';
import { RunProductResult } from './entities/run-product-result.entity.js';
import { RunSupportAllocation } from './entities/run-support-allocation.entity.js';
import { RunUnallocated } from './entities/run-unallocated.entity.js';

const decimal = (value: string | undefined) => (value === undefined ? null : new Decimal(value));
const CHUNK = 1000;

/** Stores a run's result as normalized rows (prices, centers, flows, excluded, unallocated) for queries. */
export async function storeResultRows(
  manager: EntityManager,
  runId: string,
  result: CostingResult,
): Promise<void> {
  await insertInChunks(
    manager,
    RunProductResult,
    result.products.map((p) => ({
      runId,
      productCode: p.product,
      directHours: new Decimal(p.directHours),
      indirectHours: new Decimal(p.indirectHours),
      clientHours: new Decimal(p.clientHours),
      cost: new Decimal(p.cost),
      pricePerHour: new Decimal(p.pricePerHour),
      unusedCapacityCost: decimal(p.unusedCapacityCost),
    })),
  );
  await insertInChunks(
    manager,
    RunCenterResult,
    result.costCenters.map((c) => ({
      runId,
      costCenterCode: c.id,
      kind: c.kind,
      ownCost: new Decimal(c.ownCost),
      allocatedIn: new Decimal(c.allocatedIn),
      fullCost: new Decimal(c.fullCost),
      clientHours: decimal(c.clientHours),
      capacityRate: decimal(c.capacityRate),
      usedCapacityCost: decimal(c.usedCapacityCost),
      unusedCapacityCost: decimal(c.unusedCapacityCost),
    })),
  );
  await insertInChunks(
    manager,
    RunSupportAllocation,
    result.supportAllocations.map((f, seq) => ({
      runId,
      seq,
      fromCenterCode: f.from,
      toCenterCode: f.to,
      amount: new Decimal(f.amount),
    })),
  );
  await insertInChunks(
    manager,
    RunExcludedLine,
    result.excluded.map((e, seq) => ({
      runId,
      seq,
      costCenterCode: e.costCenter,
      accountCode: e.account,
      amount: new Decimal(e.amount),
      reason: e.reason,
      ruleName: e.rule ?? null,
    })),
  );
  await insertInChunks(
    manager,
    RunUnallocated,
    result.unallocated.map((u, seq) => ({
      runId,
      seq,
      costCenterCode: u.costCenter,
      accountCode: u.account ?? null,
      amount: new Decimal(u.amount),
      reason: u.reason,
    })),
  );
}

async function insertInChunks<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: object[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager.getRepository(entity).insert(rows.slice(i, i + CHUNK) as never);
  }
}
