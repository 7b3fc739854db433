import { Engine, Rule, type RuleResult } from 'json-rules-engine';
import { apportion } from '../apportion.js';
import { compareText } from '../canonical-json.js';
import type { ClassificationRule, LineClassification } from '../costing-case.js';
import { CENT, parseExact, toCentsText, type Exact } from '../exact.js';
import type { PreparedCase, PreparedLine } from '../prepared-case.js';
import { decimalOperators } from './decimal-operators.js';

export interface PlacedLine {
  costCenter: string;
  account: string;
  amount: Exact;
}

export interface ExcludedPortion extends PlacedLine {
  reason: string;
  rule?: string;
}

export interface UnplacedLine extends PlacedLine {
  reason: string;
}

export interface ClassifiedLines {
  placed: PlacedLine[];
  excluded: ExcludedPortion[];
  unplaced: UnplacedLine[];
  records: LineClassification[];
}

type Outcome = Omit<LineClassification, 'costCenter' | 'account' | 'amount'>;

/** Step 1 of the method: every cost line is kept, excluded, assigned or split — or reported. */
export async function classifyLines(prepared: PreparedCase): Promise<ClassifiedLines> {
  const engine = prepared.rules.length > 0 ? buildEngine(prepared.rules) : undefined;
  const classified: ClassifiedLines = { placed: [], excluded: [], unplaced: [], records: [] };
  for (const line of prepared.lines) {
    const outcome = await classifyLine(line, prepared, engine);
    place(line, outcome, prepared, classified);
  }
  return classified;
}

function buildEngine(rules: ClassificationRule[]): Engine {
  const engine = new Engine(
    rules.map((rule) => new Rule(rule as never)),
    { allowUndefinedFacts: false },
  );
  for (const operator of decimalOperators) engine.addOperator(operator);
  return engine;
}

async function classifyLine(line: PreparedLine, prepared: PreparedCase, engine?: Engine): Promise<Outcome> {
  if (line.exclude !== undefined) return { outcome: 'excluded', reason: line.exclude };
  if (!engine) return { outcome: 'kept' };
  let fired: RuleResult[];
  try {
    fired = (await engine.run(factsOf(line, prepared))).results;
  } catch (error) {
    const missing = /Undefined fact: (.+)$/.exec((error as Error).message)?.[1];
    const reason = missing
      ? `unclassifiable: a rule refers to the fact "${missing}", which this line does not have`
      : `unclassifiable: ${(error as Error).message}`;
    return { outcome: 'unclassifiable', reason };
  }
  return resolveEvents(fired);
}

function factsOf(line: PreparedLine, prepared: PreparedCase): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    costCenter: line.costCenter,
    costCenterKind: prepared.centers.get(line.costCenter)?.kind,
    account: line.account,
    amount: toCentsText(line.amount),
    tags: line.tags,
    costCenterName: line.costCenterName,
    accountName: line.accountName,
    attributes: line.attributes,
  };
  // A fact the line lacks must stay undefined for the engine, so a rule that needs it cannot fire.
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}

/** Exclusion wins; one routing event routes; two different routings make the line ambiguous. */
function resolveEvents(fired: RuleResult[]): Outcome {
  const ordered = [...fired].sort(
    (a, b) => (b.priority ?? 1) - (a.priority ?? 1) || compareText(String(a.name), String(b.name)),
  );
  const exclusion = ordered.find((result) => result.event?.type === 'exclude');
  if (exclusion) {
    return {
      outcome: 'excluded',
      rule: String(exclusion.name),
      reason: String(exclusion.event?.params?.reason),
    };
  }
  const routings = ordered.filter(
    (result) => result.event?.type === 'assign' || result.event?.type === 'split',
  );
  const distinct = new Set(routings.map((result) => JSON.stringify(result.event)));
  if (distinct.size > 1) {
    const names = routings.map((result) => `"${String(result.name)}"`).join(' and ');
    return { outcome: 'unclassifiable', reason: `unclassifiable: rules ${names} route the line differently` };
  }
  const routing = routings[0];
  if (!routing?.event) return { outcome: 'kept' };
  const params = routing.event.params ?? {};
  const rule = String(routing.name);
  if (routing.event.type === 'assign') {
    return { outcome: 'assigned', rule, to: { [String(params.costCenter)]: '1' } };
  }
  return {
    outcome: 'split',
    rule,
    to: splitTargets(params),
    reason: params.excludedReason as string | undefined,
  };
}

const EXCLUDED_SHARE = '\uffffexcluded'; // sorts last: ties favour real centers

function splitTargets(params: Record<string, unknown>): Record<string, string> {
  const targets = { ...(params.shares as Record<string, string>) };
  if (params.excludedShare !== undefined) targets[EXCLUDED_SHARE] = String(params.excludedShare);
  return targets;
}

function place(line: PreparedLine, outcome: Outcome, prepared: PreparedCase, into: ClassifiedLines): void {
  const { costCenter, account, amount } = line;
  const record: LineClassification = { costCenter, account, amount: toCentsText(amount), ...outcome };
  if (outcome.outcome === 'excluded') {
    into.excluded.push({ costCenter, account, amount, reason: outcome.reason ?? '', rule: outcome.rule });
  } else if (outcome.outcome === 'unclassifiable') {
    into.unplaced.push({ costCenter, account, amount, reason: outcome.reason ?? '' });
  } else if (outcome.outcome === 'kept' && !prepared.centers.has(costCenter)) {
    record.outcome = 'unknownCenter';
    record.reason = `cost center "${costCenter}" is not in the case and no rule assigned the line to one`;
    into.unplaced.push({ costCenter, account, amount, reason: record.reason });
  } else {
    const amounts = splitLine(line, outcome.to ?? { [costCenter]: '1' }, outcome, into);
    if (outcome.outcome !== 'kept') record.to = amounts;
  }
  into.records.push(record);
}

/** Splits a line's amount by shares, to the cent, conserving it; returns the amount per target. */
function splitLine(
  line: PreparedLine,
  targets: Record<string, string>,
  outcome: Outcome,
  into: ClassifiedLines,
) {
  const ids = Object.keys(targets).sort(compareText);
  const weights = ids.map((id) => parseExact(targets[id]) ?? 0n);
  const parts = apportion(line.amount, weights, CENT);
  const amounts: Record<string, string> = {};
  ids.forEach((id, i) => {
    if (parts[i] === 0n && weights[i] === 0n) return;
    if (id === EXCLUDED_SHARE) {
      const reason = outcome.reason ?? 'excluded share of a split';
      into.excluded.push({
        costCenter: line.costCenter,
        account: line.account,
        amount: parts[i],
        reason,
        rule: outcome.rule,
      });
      amounts.excluded = toCentsText(parts[i]);
    } else {
      into.placed.push({ costCenter: id, account: line.account, amount: parts[i] });
      amounts[id] = toCentsText(parts[i]);
    }
  });
  return amounts;
}
