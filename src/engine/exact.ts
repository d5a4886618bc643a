/**
 * An exact rational number: numerator ÷ denominator, kept in lowest terms. Scores, rates and averages in the engine
 * are `Exact` values (exported as `Decimal` from decimal.ts): every +, −, ×, ÷ is exact — 358 ÷ 440 is kept as 179/220,
 * not 0.8136363… — and half-up rounding to the scheme's precision happens once, on the exact value.
 *
 * Why not decimal.js for every step: decimal.js allocates a digit array per value and spends most of a scoring run
 * in the garbage collector (about 230,000 leaf evaluations a second here). Numerators and denominators in scoring
 * are small integers, which JavaScript numbers hold exactly up to 2^53; an operation whose result would leave that
 * range switches to BigInt, so no value is ever rounded by the machine. A value whose decimal expansion does not end
 * (1/3) prints to 40 significant digits, half-up, as decimal.js at precision 40 prints it (test/property/exact.test.ts
 * holds the two equal); decimal.js itself stays out of the task pane's first screen.
 */

type Int = number | bigint;

function safe(x: number): boolean {
  return Number.isSafeInteger(x);
}

function gcd(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Significant digits of a value whose decimal expansion does not end. */
const PRINTED_DIGITS = 40;

/** n ÷ d (d ≠ 0) to `PRINTED_DIGITS` significant digits, half-up (away from zero), in plain notation. */
function printQuotient(n: bigint, d: bigint): string {
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  if (a === 0n) return "0";
  // The quotient's leading digit is at 10^e.
  let e = a.toString().length - b.toString().length;
  if (e >= 0 ? a < b * 10n ** BigInt(e) : a * 10n ** BigInt(-e) < b) e--;
  const shift = PRINTED_DIGITS - 1 - e;
  const num = shift >= 0 ? a * 10n ** BigInt(shift) : a;
  const den = shift >= 0 ? b : b * 10n ** BigInt(-shift);
  let q = num / den;
  if (2n * (num % den) >= den) q++;
  // The value is digits × 10^exponent, without trailing zeros.
  let digits = q.toString();
  let exponent = -shift;
  while (digits.length > 1 && digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    exponent++;
  }
  const point = digits.length + exponent;
  const text =
    exponent >= 0
      ? digits + "0".repeat(exponent)
      : point > 0
        ? `${digits.slice(0, point)}.${digits.slice(point)}`
        : `0.${"0".repeat(-point)}${digits}`;
  return negative ? `-${text}` : text;
}

function big(x: Int): bigint {
  return typeof x === "bigint" ? x : BigInt(x);
}

const TEN_POWERS: number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

function pow10(k: number): Int {
  return k < TEN_POWERS.length ? (TEN_POWERS[k] as number) : 10n ** BigInt(k);
}

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

type Operand = Exact | number | string;

const ZERO_CODE = 48;

/** "-123.4500" read without a regular expression (the common shape of cell text); undefined for anything else. */
function plainDecimal(text: string): { n: number; d: number } | undefined {
  const length = text.length;
  if (length === 0 || length > 17) return undefined;
  let i = 0;
  let negative = false;
  if (text.charCodeAt(0) === 45 || text.charCodeAt(0) === 43) {
    negative = text.charCodeAt(0) === 45;
    i = 1;
  }
  let n = 0;
  let d = 1;
  let digits = 0;
  let point = false;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !point) {
      point = true;
      continue;
    }
    const v = c - ZERO_CODE;
    if (v < 0 || v > 9) return undefined;
    n = n * 10 + v;
    if (point) d *= 10;
    digits++;
  }
  if (digits === 0 || digits > 15) return undefined;
  if (negative) n = -n;
  if (n === 0) return { n: 0, d: 1 };
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

export class Exact {
  /** Numerator (sign carried here) and denominator (> 0), coprime; numbers while both are safe integers. */
  readonly n: Int;
  readonly d: Int;

  /** decimal.js's number for half-up, the one rounding the engine uses. */
  static readonly ROUND_HALF_UP = 4;

  /** From a JavaScript number (through its shortest round-trip text, so 0.1 is one tenth), a decimal text, or a copy. */
  constructor(value: number | string | Exact | bigint) {
    if (value instanceof Exact) {
      this.n = value.n;
      this.d = value.d;
      return;
    }
    if (typeof value === "bigint") {
      const r = Exact.reduced(value, 1n);
      this.n = r.n;
      this.d = r.d;
      return;
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
      if (safe(value)) {
        this.n = value === 0 ? 0 : value;
        this.d = 1;
        return;
      }
      value = String(value);
    }
    const plain = plainDecimal(value);
    if (plain !== undefined) {
      this.n = plain.n;
      this.d = plain.d;
      return;
    }
    const m = DECIMAL_TEXT.exec(value.trim());
    if (!m || (m[2] === "" && (m[3] === undefined || m[3] === ""))) throw new SyntaxError(`not a decimal: ${value}`);
    const fraction = m[3] ?? "";
    const digits = ((m[2] ?? "") + fraction).replace(/^0+(?=\d)/, "");
    const exponent = Number(m[4] ?? "0") - fraction.length;
    const negative = m[1] === "-";
    let r: { n: Int; d: Int };
    if (digits.length <= 15 && exponent > -16 && exponent < 16 - digits.length) {
      // Small enough for exact number arithmetic (the usual case: cell values, rule parameters).
      const n = negative ? -Number(digits) : Number(digits);
      r =
        exponent >= 0
          ? Exact.reduced(n * (TEN_POWERS[exponent] as number), 1)
          : Exact.reduced(n, TEN_POWERS[-exponent] as number);
    } else {
      const n = negative ? -BigInt(digits) : BigInt(digits);
      r = exponent >= 0 ? Exact.reduced(n * 10n ** BigInt(exponent), 1n) : Exact.reduced(n, 10n ** BigInt(-exponent));
    }
    this.n = r.n;
    this.d = r.d;
  }

  private static from(value: Operand): Exact {
    return value instanceof Exact ? value : new Exact(value);
  }

  /** n/d in lowest terms with a positive denominator, as numbers when both fit. */
  private static reduced(n: Int, d: Int): { n: Int; d: Int } {
    if (typeof n === "number" && typeof d === "number") {
      if (n === 0) return { n: 0, d: 1 };
      if (d < 0) {
        n = -n;
        d = -d;
      }
      const g = gcd(n, d);
      return g === 1 ? { n, d } : { n: n / g, d: d / g };
    }
    let bn = big(n);
    let bd = big(d);
    if (bn === 0n) return { n: 0, d: 1 };
    if (bd < 0n) {
      bn = -bn;
      bd = -bd;
    }
    const g = gcdBig(bn, bd);
    if (g !== 1n) {
      bn /= g;
      bd /= g;
    }
    const sn = Number(bn);
    const sd = Number(bd);
    return safe(sn) && safe(sd) ? { n: sn, d: sd } : { n: bn, d: bd };
  }

  /** A new value n/d, reduced; numbers stay numbers without an intermediate object (the hot path of scoring). */
  private static of(n: Int, d: Int): Exact {
    const e = Object.create(Exact.prototype) as { n: Int; d: Int };
    if (typeof n === "number" && typeof d === "number") {
      if (n === 0) {
        e.n = 0;
        e.d = 1;
      } else {
        if (d < 0) {
          n = -n;
          d = -d;
        }
        const g = d === 1 ? 1 : gcd(n, d);
        e.n = g === 1 ? n : n / g;
        e.d = g === 1 ? d : d / g;
      }
      return e as Exact;
    }
    const r = Exact.reduced(n, d);
    e.n = r.n;
    e.d = r.d;
    return e as Exact;
  }

  plus(other: Operand): Exact {
    const o = Exact.from(other);
    const { n: a, d: b } = this;
    const { n: c, d: e } = o;
    if (typeof a === "number" && typeof b === "number" && typeof c === "number" && typeof e === "number") {
      if (b === e) {
        const s = a + c;
        if (safe(s)) return Exact.of(s, b);
      } else {
        const x = a * e;
        const y = c * b;
        const s = x + y;
        const den = b * e;
        if (safe(x) && safe(y) && safe(s) && safe(den)) return Exact.of(s, den);
      }
    }
    return Exact.of(big(a) * big(e) + big(c) * big(b), big(b) * big(e));
  }

  minus(other: Operand): Exact {
    const o = Exact.from(other);
    return this.plus(o.negated());
  }

  times(other: Operand): Exact {
    const o = Exact.from(other);
    const { n: a, d: b } = this;
    const { n: c, d: e } = o;
    if (typeof a === "number" && typeof b === "number" && typeof c === "number" && typeof e === "number") {
      const num = a * c;
      const den = b * e;
      if (safe(num) && safe(den)) return Exact.of(num, den);
    }
    return Exact.of(big(a) * big(c), big(b) * big(e));
  }

  dividedBy(other: Operand): Exact {
    const o = Exact.from(other);
    if (o.isZero()) throw new RangeError("division by zero");
    const { n: a, d: b } = this;
    const { n: c, d: e } = o;
    if (typeof a === "number" && typeof b === "number" && typeof c === "number" && typeof e === "number") {
      const num = a * e;
      const den = b * c;
      if (safe(num) && safe(den)) return Exact.of(num, den);
    }
    return Exact.of(big(a) * big(e), big(b) * big(c));
  }

  negated(): Exact {
    return typeof this.n === "number" ? Exact.of(this.n === 0 ? 0 : -this.n, this.d) : Exact.of(-this.n, this.d);
  }

  abs(): Exact {
    return this.isNegative() ? this.negated() : this;
  }

  comparedTo(other: Operand): number {
    const { n: a, d: b } = this;
    const { n: c, d: e } = Exact.from(other);
    if (typeof a === "number" && typeof b === "number" && typeof c === "number" && typeof e === "number") {
      if (b === e) return a < c ? -1 : a > c ? 1 : 0;
      const x = a * e;
      const y = c * b;
      if (safe(x) && safe(y)) return x < y ? -1 : x > y ? 1 : 0;
    }
    const x = big(a) * big(e);
    const y = big(c) * big(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  equals(other: Operand): boolean {
    const o = Exact.from(other);
    return this.n === o.n && this.d === o.d;
  }
  lessThan(other: Operand): boolean {
    return this.comparedTo(other) < 0;
  }
  lessThanOrEqualTo(other: Operand): boolean {
    return this.comparedTo(other) <= 0;
  }
  greaterThan(other: Operand): boolean {
    return this.comparedTo(other) > 0;
  }
  greaterThanOrEqualTo(other: Operand): boolean {
    return this.comparedTo(other) >= 0;
  }
  isZero(): boolean {
    return this.n === 0 || this.n === 0n;
  }
  isNegative(): boolean {
    return this.n < 0;
  }
  isInteger(): boolean {
    return this.d === 1 || this.d === 1n;
  }

  /** The greatest integer not above the value. */
  floor(): Exact {
    const { n, d } = this;
    if (typeof n === "number" && typeof d === "number") {
      let r = n % d;
      if (r < 0) r += d;
      return Exact.of((n - r) / d, 1);
    }
    const bn = big(n);
    const bd = big(d);
    let r = bn % bd;
    if (r < 0n) r += bd;
    return Exact.of((bn - r) / bd, 1n);
  }

  /** The least integer not below the value. */
  ceil(): Exact {
    return this.negated().floor().negated();
  }

  /** Rounded to `places` decimals, half away from zero (3.675 → 3.68, −2.5 → −3). */
  toDecimalPlaces(places: number): Exact {
    const scale = pow10(places);
    const negative = this.isNegative();
    const n = negative ? this.negated().n : this.n;
    const d = this.d;
    if (typeof n === "number" && typeof d === "number" && typeof scale === "number") {
      // Already at that precision (most typed scores): nothing to round.
      if (scale % d === 0) return this;
      const m = n * scale;
      if (safe(m)) {
        const r = m % d;
        let q = (m - r) / d;
        if (2 * r >= d) q += 1;
        return Exact.of(negative ? -q : q, scale);
      }
    }
    const m = big(n) * big(scale);
    const bd = big(d);
    const r = m % bd;
    let q = (m - r) / bd;
    if (2n * r >= bd) q += 1n;
    return Exact.of(negative ? -q : q, big(scale));
  }

  /** Fixed-point text: with `places`, rounded half-up to that many decimals; without, the exact value. */
  toFixed(places?: number): string {
    if (places === undefined) return this.exactText();
    const rounded = this.toDecimalPlaces(places);
    const scale = big(pow10(places));
    const scaled = (big(rounded.n) * scale) / big(rounded.d);
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, "0");
    const whole = digits.slice(0, digits.length - places);
    const frac = digits.slice(digits.length - places);
    return `${negative ? "-" : ""}${whole}${places > 0 ? `.${frac}` : ""}`;
  }

  /** The exact decimal expansion when it ends; otherwise 40 significant digits. */
  private exactText(): string {
    let d = big(this.d);
    let k = 0;
    while (d % 10n === 0n) {
      d /= 10n;
      k++;
    }
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives++;
    }
    if (d === 1n) return this.toFixed(k + Math.max(twos, fives));
    return printQuotient(big(this.n), big(this.d));
  }

  toString(): string {
    return this.exactText();
  }

  /** The nearest JavaScript number: only for values leaving the engine. */
  toNumber(): number {
    const { n, d } = this;
    if (typeof n === "number" && typeof d === "number") return n / d;
    return Number(printQuotient(big(n), big(d)));
  }

  toJSON(): string {
    return this.toString();
  }
}
