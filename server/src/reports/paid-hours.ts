import { Decimal } from 'decimal.js';
import type { EntityManager } from 'typeorm';
import { POLICY_CODE } from '../calculations/costing-policy.js';
import { CostingPolicyVersion } from '../calculations/entities/costing-policy-version.entity.js';
import { versionInForce, yearStart } from '../rules/versions-in-force.js';
import { daysInYear, yearsOf, type Period } from './period.js';

export interface PaidHoursPerFte {
  /** Paid hours of one FTE in the period; undefined when a year has no costing policy. */
  perFte: Decimal | undefined;
  notes: string[];
}

/**
 * Paid hours of one FTE in a period: for each year it touches, the net annual hours per FTE of the
 * costing policy in force on 1 January of that year, pro rata by calendar days (a quarter of 2025 is
 * 90/365 of the year).
 */
export async function paidHoursPerFte(manager: EntityManager, period: Period): Promise<PaidHoursPerFte> {
  let total = new Decimal(0);
  const notes: string[] = [];
  for (const year of yearsOf(period)) {
    const policy = await versionInForce(manager, CostingPolicyVersion, POLICY_CODE, yearStart(year));
    if (!policy) {
      return {
        perFte: undefined,
        notes: [`No costing policy is in force on ${yearStart(year)}: paid hours are not known.`],
      };
    }
    const days = daysInYear(period, year);
    const net = new Decimal(policy.document.netHoursPerFte);
    total = total.plus(net.times(days.inPeriod).dividedBy(days.inYear));
    notes.push(
      `Paid hours ${year}: FTE × ${policy.document.netHoursPerFte} h (costing policy version ${policy.version})` +
        (days.inPeriod === days.inYear ? '' : ` × ${days.inPeriod}/${days.inYear} days`) +
        '.',
    );
  }
  return { perFte: total, notes };
}
