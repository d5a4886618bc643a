/**
 * The engine's exact numbers against decimal.js at 60 significant digits: every operation the engine uses must
 * agree, and half-up rounding of the exact value must agree with decimal.js's half-up rounding.
 */
import DecimalJs from "decimal.js";
import fc from "fast-check";
import { Exact } from "../../src/engine/exact";

const Ref = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_UP });

/** Decimal text as cells and parameters hold it: up to 15 digits, up to 6 decimals, either sign. */
const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 6 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, "0");
    const text = scale === 0 ? s : `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
    return neg && digits !== 0n ? `-${text}` : text;
  });

/** Exact values to 30 decimals, printed by both. */
function same(exact: Exact, ref: DecimalJs): boolean {
  return exact.toFixed(30) === ref.toFixed(30);
}

describe("exact arithmetic agrees with decimal.js", () => {
  test("+, −, × of decimal texts", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = new Exact(a);
        const y = new Exact(b);
        return (
          same(x.plus(y), new Ref(a).plus(b)) &&
          same(x.minus(y), new Ref(a).minus(b)) &&
          same(x.times(y), new Ref(a).times(b))
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("÷ then × then half-up rounding at 2 decimals (a rate rule: P × actual ÷ planned)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: 1, max: 100000 }),
        decimalText,
        (actual, planned, points) => {
          const exact = new Exact(points).times(actual).dividedBy(planned).toDecimalPlaces(2);
          // The reference multiplies first so its only division is the last step.
          const ref = new Ref(points).times(actual).dividedBy(planned).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
          return exact.toFixed(2) === ref.toFixed(2);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("comparison, floor and ceil", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = new Exact(a);
        const y = new Exact(b);
        return (
          x.comparedTo(y) === new Ref(a).comparedTo(b) &&
          x.floor().toFixed(0) === new Ref(a).floor().toFixed(0) &&
          x.ceil().toFixed(0) === new Ref(a).ceil().toFixed(0)
        );
      }),
      { numRuns: 2000 },
    );
  });

  test("half-up rounding of exact halves goes away from zero, as the documents round", () => {
    expect(new Exact("3.675").toFixed(2)).toBe("3.68");
    expect(new Exact("1.005").toFixed(2)).toBe("1.01");
    expect(new Exact("-2.5").toFixed(0)).toBe("-3");
    expect(new Exact(7).times("0.525").toFixed(2)).toBe("3.68");
  });

  test("values beyond 2^53 switch to BigInt instead of losing digits", () => {
    const big = new Exact("123456789012345678901234567890.5");
    expect(big.times(2).toString()).toBe("246913578024691357802469135781");
    expect(
      new Exact(2 ** 52)
        .times(2 ** 10)
        .plus(1)
        .toString(),
    ).toBe("4611686018427387905");
  });

  test("a value whose expansion does not end prints as decimal.js at 40 significant digits prints it", () => {
    const Printer = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
    // n ÷ (m × p) with p a prime other than 2 and 5 that does not divide n: the expansion never ends.
    const fraction = fc
      .tuple(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.constantFrom(3n, 7n, 11n, 13n, 9973n),
        // Up to 10^37 and down to 10^-37: decimal.js writes ±10^40 and beyond with an exponent, the engine never.
        fc.integer({ min: -12, max: 6 }),
      )
      .filter(([n, , p]) => n % p !== 0n)
      .map(([n, m, p, scale]) => ({
        n: n * 10n ** BigInt(Math.max(0, scale)),
        d: m * p * 10n ** BigInt(Math.max(0, -scale)),
      }));
    fc.assert(
      fc.property(fraction, ({ n, d }) => {
        const exact = new Exact(n.toString()).dividedBy(d.toString());
        const ref = new Printer(n.toString()).dividedBy(d.toString());
        return exact.toString() === ref.toString() && exact.toNumber() === ref.toNumber();
      }),
      { numRuns: 3000 },
    );
  });

  test("a value whose expansion does not end prints 40 significant digits", () => {
    expect(new Exact(1).dividedBy(3).toString()).toBe("0.3333333333333333333333333333333333333333");
    expect(new Exact(358).dividedBy(440).toFixed(4)).toBe("0.8136");
  });

  test("JavaScript numbers are read through their shortest text: 0.1 is one tenth", () => {
    expect(new Exact(0.1).plus(0.2).toString()).toBe("0.3");
    expect(new Exact(1e-7).toString()).toBe("0.0000001");
    expect(() => new Exact(Number.NaN)).toThrow();
  });
});
