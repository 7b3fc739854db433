import type { EntityManager } from 'typeorm';
import type { CostCenterKind } from '../../organization/entities/cost-center.entity.js';

/** Every cost center's kind by code: what keys and policies refer to. */
export async function costCenterKinds(manager: EntityManager): Promise<Map<string, CostCenterKind>> {
  const rows = await manager.query<{ code: string; kind: CostCenterKind }[]>(
    'SELECT code, kind FROM cost_centers',
  );
  return new Map(rows.map((row) => [row.code, row.kind]));
}

/** '' when the code is a support center, else why not. */
export function supportCenterProblem(code: string, centers: Map<string, CostCenterKind>): string {
  const kind = centers.get(code);
  if (kind === undefined) return `unknown cost center "${code}"`;
  return kind === 'support' ? '' : `"${code}" is a production center, not a support center`;
}
