import { Decimal } from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import type { AllocationKeyInput, ClassificationRule, CostingCase } from '../costing/domain/costing-case.js';
import { CostLine } from '../ledger/entities/cost-line.entity.js';
import { CostCenter } from '../organization/entities/cost-center.entity.js';
import { AllocationKeyVersion } from '../rules/entities/allocation-key-version.entity.js';
import { RuleSetVersion } from '../rules/entities/rule-set-version.entity.js';
import { versionInForce, versionRef, versionsInForce, yearStart } from '../rules/versions-in-force.js';
import { POLICY_CODE, type CostingPolicy } from './costing-policy.js';
import { CostingPolicyVersion } from './entities/costing-policy-version.entity.js';

export interface RunRequest {
  year: number;
  costVersion: string;
  scenario: string;
}

export interface BuiltCase {
  input: CostingCase;
  policy: CostingPolicy;
  versionsUsed: Record<string, unknown>;
}

/** Key documents as stored: the support center is the key's code. */
export interface AllocationKeyDocument {
  name?: string;
  description?: string;
  basis?: AllocationKeyInput['basis'];
  shares?: Record<string, string>;
}

export interface RuleSetDocument {
  name?: string;
  description?: string;
  rules: ClassificationRule[];
}

/**
 * Builds the costing case of a run from stored data: the organization's cost centers, the ledger lines
 * of the year and version, client hours aggregated in SQL, and the policy, rule set and keys in force
 * on 1 January of the year. The engine does the rest.
 */
export async function buildCase(manager: EntityManager, request: RunRequest): Promise<BuiltCase> {
  const onDate = yearStart(request.year);
  const policyVersion = await versionInForce(manager, CostingPolicyVersion, POLICY_CODE, onDate);
  if (!policyVersion) throw missing(`a costing policy in force on ${onDate}`);
  const policy = policyVersion.document;
  const ruleSet = await versionInForce(manager, RuleSetVersion, policy.ruleSet, onDate);
  if (!ruleSet) throw missing(`rule set "${policy.ruleSet}" in force on ${onDate}`);
  const keys = await versionsInForce(manager, AllocationKeyVersion, onDate);
  const centers = await manager.getRepository(CostCenter).find({ order: { code: 'ASC' } });
  const fte = await fteByCenter(manager);
  const costLines = await ledgerLines(manager, request, [
    ...centers.map((c) => c.code),
    ...policy.ledgerUnits,
  ]);
  const clientHours = await hoursByCenterAndProduct(manager, request.year);
  if (costLines.length === 0)
    throw missing(`cost line for ${request.year} ${request.costVersion}: import the ledger first`);
  if (clientHours.length === 0)
    throw missing(`client hours recorded in ${request.year}: import time records first`);

  const input: CostingCase = {
    name: `${request.year} ${request.costVersion} ${request.scenario}`,
    method: policy.method,
    stepOrder: policy.method === 'step_down' ? policy.stepOrder : undefined,
    costCenters: centers.map((center) => ({
      id: center.code,
      kind: center.kind,
      name: center.name,
      fte: (center.fte ?? fte.get(center.code))?.toString(),
      practicalCapacityHours:
        center.kind === 'production' ? capacity(center, fte.get(center.code), policy)?.toString() : undefined,
    })),
    costLines,
    allocationKeys: keys.map((key) => keyInput(key)),
    clientHours,
    classificationRules: (ruleSet.document as unknown as RuleSetDocument).rules,
    rounding: { price: policy.priceRounding },
  };
  const versionsUsed = {
    costingPolicy: versionRef(policyVersion),
    ruleSet: versionRef(ruleSet),
    allocationKeys: keys.map(versionRef),
    costLines: costLines.length,
    clientHourRows: clientHours.length,
  };
  return { input, policy, versionsUsed };
}

function missing(what: string): DomainError {
  return new DomainError('NOT_FOUND', `Cannot calculate: there is no ${what}`);
}

function keyInput(key: AllocationKeyVersion): AllocationKeyInput {
  const document = key.document as AllocationKeyDocument;
  return { from: key.code, basis: document.basis, shares: document.shares, description: document.name };
}

/** A center's own practical capacity, or its staff's FTE × the policy's practical hours per FTE. */
function capacity(
  center: CostCenter,
  staffFte: Decimal | undefined,
  policy: CostingPolicy,
): Decimal | undefined {
  if (center.practicalCapacityHours) return center.practicalCapacityHours;
  const fte = center.fte ?? staffFte;
  return fte && !fte.isZero() ? fte.times(policy.practicalHoursPerFte) : undefined;
}

/** FTE of the workers registered at each center. */
async function fteByCenter(manager: EntityManager): Promise<Map<string, Decimal>> {
  const rows = await manager.query<{ code: string; fte: string }[]>(
    `SELECT c.code, sum(w.fte)::text AS fte
       FROM workers w JOIN cost_centers c ON c.id = w.cost_center_id
      GROUP BY c.code`,
  );
  return new Map(rows.map((row) => [row.code, new Decimal(row.fte)]));
}

async function ledgerLines(manager: EntityManager, request: RunRequest, units: string[]) {
  const lines = await manager
    .getRepository(CostLine)
    .createQueryBuilder('l')
    .where('l.year = :year AND l.version = :version AND l.cost_center_code = ANY(:units)', {
      year: request.year,
      version: request.costVersion,
      units,
    })
    .orderBy('l.id')
    .getMany();
  return lines.map((line) => ({
    costCenter: line.costCenterCode,
    account: line.accountCode,
    amount: line.amount.toFixed(2),
    costCenterName: line.costCenterName ?? undefined,
    accountName: line.accountName ?? undefined,
    attributes: Object.keys(line.attributes).length > 0 ? line.attributes : undefined,
  }));
}

/**
 * Direct and indirect hours per center and product: minutes summed in SQL, converted to hours to the
 * hundredth (36 seconds): minutes / 60 has no finite decimal form, and a hundredth keeps sums readable.
 */
async function hoursByCenterAndProduct(manager: EntityManager, year: number) {
  const rows = await manager.query<{ center: string; product: string; direct: string; indirect: string }[]>(
    `SELECT cost_center_code AS center, product_code AS product,
            round(coalesce(sum(minutes) FILTER (WHERE kind = 'direct'), 0) / 60, 2)::text AS direct,
            round(coalesce(sum(minutes) FILTER (WHERE kind = 'indirect'), 0) / 60, 2)::text AS indirect
       FROM time_records
      WHERE record_date >= $1 AND record_date < $2
      GROUP BY cost_center_code, product_code
      ORDER BY cost_center_code, product_code`,
    [yearStart(year), yearStart(year + 1)],
  );
  return rows.map((row) => ({
    costCenter: row.center,
    product: row.product,
    direct: row.direct,
    indirect: row.indirect,
  }));
}
