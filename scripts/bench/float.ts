/**
 * The bench's lower bound: the engine's number type replaced by plain binary floating point with the same methods.
 * Only the benchmark loads it, in a process of its own, to show what exact arithmetic costs; it is wrong by design
 * ((3.675).toFixed(2) is 3.67) and must never score anything a user sees.
 */
type Operand = FloatNumber | number | string;

const value = (o: Operand): number => (o instanceof FloatNumber ? o.v : Number(o));

export class FloatNumber {
  readonly v: number;
  static readonly ROUND_HALF_UP = 4;
  constructor(v: number | string | FloatNumber | bigint) {
    this.v = v instanceof FloatNumber ? v.v : Number(v);
  }
  plus(o: Operand) {
    return new FloatNumber(this.v + value(o));
  }
  minus(o: Operand) {
    return new FloatNumber(this.v - value(o));
  }
  times(o: Operand) {
    return new FloatNumber(this.v * value(o));
  }
  dividedBy(o: Operand) {
    return new FloatNumber(this.v / value(o));
  }
  negated() {
    return new FloatNumber(-this.v);
  }
  abs() {
    return new FloatNumber(Math.abs(this.v));
  }
  comparedTo(o: Operand) {
    const w = value(o);
    return this.v < w ? -1 : this.v > w ? 1 : 0;
  }
  equals(o: Operand) {
    return this.v === value(o);
  }
  lessThan(o: Operand) {
    return this.v < value(o);
  }
  lessThanOrEqualTo(o: Operand) {
    return this.v <= value(o);
  }
  greaterThan(o: Operand) {
    return this.v > value(o);
  }
  greaterThanOrEqualTo(o: Operand) {
    return this.v >= value(o);
  }
  isZero() {
    return this.v === 0;
  }
  isNegative() {
    return this.v < 0;
  }
  isInteger() {
    return Number.isInteger(this.v);
  }
  floor() {
    return new FloatNumber(Math.floor(this.v));
  }
  ceil() {
    return new FloatNumber(Math.ceil(this.v));
  }
  toDecimalPlaces(places: number) {
    const s = 10 ** places;
    return new FloatNumber(Math.round(this.v * s) / s);
  }
  toFixed(places?: number) {
    return places === undefined ? String(this.v) : this.v.toFixed(places);
  }
  toString() {
    return String(this.v);
  }
  toNumber() {
    return this.v;
  }
}
