import type { Exact } from './exact.js';
import type { PreparedCase } from './prepared-case.js';

/**
 * Turns every support center's key into concrete shares per recipient:
 * explicit shares as given; `clientHours` = each production center's recorded client hours;
 * `fte` = each other center's FTE.
 */
export function resolveKeyShares(prepared: PreparedCase): Map<string, Map<string, Exact>> {
  const resolved = new Map<string, Map<string, Exact>>();
  const byHours = clientHoursShares(prepared);
  for (const from of prepared.supportIds) {
    const key = prepared.keys.get(from);
    let shares: Map<string, Exact>;
    if (key?.basis === 'clientHours') shares = byHours;
    else if (key?.basis === 'fte') shares = fteShares(prepared, from);
    else shares = key?.shares ?? new Map();
    resolved.set(from, new Map([...shares].filter(([to, share]) => to !== from && share > 0n)));
  }
  return resolved;
}

export function centerHours(prepared: PreparedCase, center: string): Exact {
  let total = 0n;
  for (const hours of prepared.hours.get(center)?.values() ?? []) total += hours.direct + hours.indirect;
  return total;
}

function clientHoursShares(prepared: PreparedCase): Map<string, Exact> {
  return new Map(prepared.productionIds.map((id) => [id, centerHours(prepared, id)]));
}

function fteShares(prepared: PreparedCase, from: string): Map<string, Exact> {
  return new Map(
    [...prepared.centers.values()].filter((c) => c.id !== from && c.fte).map((c) => [c.id, c.fte ?? 0n]),
  );
}
