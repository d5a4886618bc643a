/**
 * The one place the engine's numbers are defined. Every score, rate and average is a `Decimal` built here: an exact
 * rational (exact.ts) with the decimal.js-style methods the engine uses, rounded half-up only where a rule or a
 * table says so. A JavaScript `number` appears only where a value leaves the engine (`toNumber`).
 */
import { Exact } from "./exact";

/** Exact numbers; half-up rounding, as the documents round (3.675 → 3.68, 27.785 → 27.79). */
export const Decimal = Exact;
export type Decimal = Exact;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

/**
 * A decimal from a JSON number or a numeric string. Numbers go through their shortest round-trip text, so 0.1 is
 * exactly one tenth, not the binary fraction behind it.
 */
export function dec(value: number | string | Decimal): Decimal {
  return new Decimal(value);
}

/**
 * A decimal from a number as Excel holds it: Excel keeps 15 significant digits, so 0.1 + 0.2 computed in a cell is
 * 0.3 to Excel and must be 0.3 here.
 */
export function fromCellNumber(value: number): Decimal {
  if (Number.isSafeInteger(value)) return new Decimal(value);
  // The shortest text of most cell numbers ("81.36") already has at most 15 digits, and then equals Excel's reading.
  const shortest = String(value);
  return new Decimal(shortest.length <= 15 && !shortest.includes("e") ? shortest : value.toPrecision(15));
}

/** Half-up to `places` decimals. */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places);
}

export function clamp(value: Decimal, min: Decimal, max: Decimal): Decimal {
  if (value.lessThan(min)) return min;
  if (value.greaterThan(max)) return max;
  return value;
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/** The value as a JavaScript number, rounded to `places`: only for values leaving the engine. */
export function toNumber(value: Decimal, places?: number): number {
  return (places === undefined ? value : roundHalfUp(value, places)).toNumber();
}

/** Fixed-point text at `places` decimals, as a 得分表 shows it ("3.68", "100.00"). */
export function fixed(value: Decimal, places: number): string {
  return value.toFixed(places);
}

/** Text as evaluators write it in sentences: no trailing zeros ("2.8", "3", "1.63"). */
export function plain(value: Decimal, places = 10): string {
  return roundHalfUp(value, places).toString();
}

/** A rate as a percentage with at most two decimals and no trailing zeros ("81.36%", "85.5%", "100%"). */
export function percent(rate: Decimal, places = 2): string {
  return `${plain(rate.times(HUNDRED), places)}%`;
}
