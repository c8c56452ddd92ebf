/**
 * Money as integer minor units ("cents", hundredths of the currency unit) from parsing to
 * export. Amounts keep their own currency: nothing here adds two currencies.
 */

export interface Money {
  /** Hundredths of the currency unit, an integer. */
  readonly cents: number;
  /** ISO 4217 code. */
  readonly currency: string;
}

/** True when `value` is a finite number with at most two decimals. */
export function hasAtMostTwoDecimals(value: number): boolean {
  // Numbers come from YAML literals, so the shortest decimal form is what the record says.
  return Number.isFinite(value) && Number(value.toFixed(2)) === value;
}

/** Converts an amount in currency units (at most two decimals) to integer cents. */
export function toCents(amount: number): number {
  if (!hasAtMostTwoDecimals(amount)) throw new RangeError(`${amount} has more than two decimals`);
  return Math.round(amount * 100);
}

/** Rounds half away from zero to a whole number of cents. */
export function roundCents(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** `total × pct / 100`, rounded to the cent. */
export function applyPercent(totalCents: number, pct: number): number {
  return roundCents((totalCents * pct) / 100);
}

/** True when an EU amount matches total × rate to within one unit of currency (100 cents). */
export function isEuAmountConsistent(totalCents: number, pct: number, euAmountCents: number): boolean {
  return Math.abs(euAmountCents - (totalCents * pct) / 100) <= 100;
}

/** Divides an amount by a count of people, rounded to the cent; undefined when count is 0. */
export function divideCents(cents: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  return roundCents(cents / count);
}

/** Adds amounts of one currency; throws if asked to add two currencies. */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  let cents = 0;
  for (const amount of amounts) {
    if (amount.currency !== currency) {
      throw new Error(`cannot add ${amount.currency} to ${currency}: amounts in different currencies are never summed`);
    }
    cents += amount.cents;
  }
  return { cents, currency };
}

/** Cents as currency units (`140000000` → `1400000`), for files and machine-readable output. */
export function centsToUnits(cents: number): number {
  return cents / 100;
}
