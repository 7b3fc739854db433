import { sha256, sortKeys } from './canonical-json.js';
import { toText, type Exact } from './exact.js';
import type { PreparedCase } from './prepared-case.js';
import { lineIdentity } from './validate-case.js';

/**
 * The case in canonical form: defaults resolved, numbers in canonical text, every list and every
 * object's keys in a fixed order, so plain JSON of it is canonical. The same case written in another
 * key order or line order has the same canonical form.
 */
export function canonicalCase(prepared: PreparedCase): Record<string, unknown> {
  const text = (value: Exact | undefined) => (value === undefined ? undefined : toText(value));
  return {
    name: prepared.name,
    method: prepared.method,
    stepOrder: prepared.method === 'step_down' ? prepared.stepOrder : undefined,
    costCenters: [...prepared.centers.values()].map((c) => ({
      id: c.id,
      kind: c.kind,
      practicalCapacityHours: text(c.practicalCapacityHours),
      fte: text(c.fte),
    })),
    costLines: prepared.lines.map(lineIdentity),
    allocationKeys: [...prepared.keys.values()]
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
      .map((key) => ({
        from: key.from,
        basis: key.basis,
        shares: key.shares
          ? Object.fromEntries([...key.shares].map(([to, share]) => [to, toText(share)]))
          : undefined,
      })),
    clientHours: [...prepared.hours].flatMap(([costCenter, products]) =>
      [...products].map(([product, h]) => ({
        costCenter,
        product,
        direct: toText(h.direct),
        indirect: toText(h.indirect),
      })),
    ),
    classificationRules: sortKeys(prepared.rules),
    rounding: { price: toText(prepared.priceStep) },
  };
}

export function inputHash(prepared: PreparedCase): string {
  return sha256(JSON.stringify(canonicalCase(prepared)));
}
