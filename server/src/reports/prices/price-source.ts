/**
 * Where a report's prices come from. Until issue 4 brings locked price lists, the prices of a year are
 * those of the latest successful run of that year for a chosen cost version ("TP" by default). Issue 4
 * binds PRICE_SOURCE to a source that answers from the locked price list of the agreement year (and
 * says so in `origin`), falling back to runs only where it is told to.
 */
export interface PriceSource {
  /** Every product's price per client service hour for the year, or undefined when there is none. */
  pricesForYear(year: number, choice: PriceChoice): Promise<YearPrices | undefined>;
}

export interface PriceChoice {
  costVersion: string;
  scenario: string;
}

export interface YearPrices {
  origin: PriceOrigin;
  /** Product code → price per hour, a decimal string ("87.50"). */
  prices: ReadonlyMap<string, string>;
}

/** What a report states about its prices, so anyone can trace them. */
export interface PriceOrigin {
  /** 'run' today; issue 4 adds 'price-list' (with the list's id, version and status). */
  kind: 'run';
  year: number;
  costVersion: string;
  scenario: string;
  runId: string;
  finishedAt: string;
  outputHash: string;
}

export const PRICE_SOURCE = Symbol('PriceSource');

export const DEFAULT_PRICE_CHOICE: PriceChoice = { costVersion: 'TP', scenario: 'base' };

/** The price of one product in a year, from any source. */
export async function priceOf(
  source: PriceSource,
  product: string,
  year: number,
  choice: PriceChoice = DEFAULT_PRICE_CHOICE,
): Promise<string | undefined> {
  return (await source.pricesForYear(year, choice))?.prices.get(product);
}
