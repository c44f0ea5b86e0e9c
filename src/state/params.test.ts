import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { boolParam, commonParams, defineState, durationParam, enumParam, intParam, numberParam } from "./params";

const demo = defineState({
  ...commonParams,
  trial: enumParam(["calgb", "ifm", "mm015"] as const, "calgb"),
  months: durationParam({ max: 60, fallback: 24 }),
  ratio: numberParam({ min: 0.34, max: 0.71, decimals: 2, fallback: null }),
  on: boolParam(false),
});

describe("param kinds", () => {
  test("enum: exact words, case forgiven and reported, anything else refused", () => {
    const k = enumParam(["cr", "pr"] as const, "pr");
    expect(k.parse("cr")).toEqual({ ok: true, value: "cr" });
    expect(k.parse("CR")).toEqual({ ok: true, value: "cr", adjusted: "read in lower case" });
    expect(k.parse("xx").ok).toBe(false);
  });

  test("number: plain decimals only; clamped and rounded values are reported", () => {
    const k = numberParam({ min: 0.34, max: 0.71, decimals: 2, fallback: null });
    expect(k.parse("0.5")).toEqual({ ok: true, value: 0.5 });
    expect(k.parse("0.1")).toMatchObject({ ok: true, value: 0.34, adjusted: expect.stringMatching(/clamped/) });
    expect(k.parse("9")).toMatchObject({ ok: true, value: 0.71 });
    expect(k.parse("0.456")).toMatchObject({ ok: true, value: 0.46, adjusted: expect.stringMatching(/rounded/) });
    for (const bad of ["1e309", "1e2", "0x10", " 0.5", "+0.5", "Infinity", "NaN", ".5", "5.", "-0", "-0.00"]) {
      expect(k.parse(bad).ok, bad).toBe(false);
    }
    expect(k.format(0.5)).toBe("0.5");
    expect(k.format(0.7)).toBe("0.7");
  });

  test("a range whose ends are off the decimal grid clamps to the grid inside it", () => {
    const k = numberParam({ min: 0.168, max: 3.296, decimals: 2, fallback: 1 });
    expect(k.parse("0.1")).toMatchObject({ value: 0.17 });
    expect(k.parse("3.3")).toMatchObject({ value: 3.29 });
  });

  test("int: fractions round to whole numbers and are reported", () => {
    const k = intParam({ min: 1, max: 10, fallback: 5 });
    expect(k.parse("2.5")).toMatchObject({ ok: true, value: 3, adjusted: "rounded to a whole number" });
    expect(k.parse("42")).toMatchObject({ ok: true, value: 10 });
    expect(k.parse("-7")).toMatchObject({ ok: true, value: 1 });
    expect(k.format(7)).toBe("7");
  });

  test("duration: whole months or the word progression", () => {
    const k = durationParam({ max: 60, fallback: 24 });
    expect(k.parse("progression")).toEqual({ ok: true, value: "progression" });
    expect(k.parse("Progression")).toMatchObject({ ok: true, value: "progression" });
    expect(k.parse("12")).toEqual({ ok: true, value: 12 });
    expect(k.parse("75")).toMatchObject({ ok: true, value: 60 });
    expect(k.parse("forever")).toMatchObject({ ok: false, reason: expect.stringMatching(/progression/) });
  });

  test("bool: 0 or 1 only", () => {
    const k = boolParam(true);
    expect(k.parse("0")).toEqual({ ok: true, value: false });
    expect(k.parse("true").ok).toBe(false);
  });
});

describe("defineState", () => {
  test("the defaults serialise to the empty string, and the empty string parses to the defaults", () => {
    expect(demo.serialize(demo.defaults)).toBe("");
    expect(demo.parse("")).toEqual({ state: demo.defaults, ignored: [], adjusted: [], migrated: [] });
    expect(demo.defaults).toEqual({ theme: null, step: 0, controls: true, trial: "calgb", months: 24, ratio: null, on: false });
  });

  test("only non-default values are written, in the spec's order whatever the object's order", () => {
    const s = { on: true, months: "progression" as const, trial: "ifm" as const, ratio: 0.5, controls: false, step: 3, theme: "projector" as const };
    expect(demo.serialize(s)).toBe("theme=projector&step=3&controls=0&trial=ifm&months=progression&ratio=0.5&on=1");
  });

  test("a leading ? and URLSearchParams are both accepted", () => {
    expect(demo.parse("?trial=ifm").state.trial).toBe("ifm");
    expect(demo.parse(new URLSearchParams("trial=mm015")).state.trial).toBe("mm015");
  });

  test("unknown keys are left alone: not read, not reported, kept by merge in their place", () => {
    const p = demo.parse("other=1&trial=ifm&zoom=3");
    expect(p.ignored).toEqual([]);
    expect(Object.keys(p.state).sort()).toEqual(Object.keys(demo.defaults).sort());
    expect(demo.merge("other=1&trial=ifm&zoom=3&ratio=0.4", { ...p.state, trial: "mm015" })).toBe("other=1&zoom=3&trial=mm015");
  });

  test("aliases read old keys and merge removes them", () => {
    const d = defineState({ setting: enumParam(["a", "b"] as const, "a") }, { aliases: { trial: "setting" } });
    const p = d.parse("trial=b&x=1");
    expect(p.state.setting).toBe("b");
    expect(p.migrated).toEqual(["trial"]);
    expect(d.parse("trial=b&setting=a").state.setting).toBe("a");
    expect(d.merge("trial=b&x=1", p.state)).toBe("x=1&setting=b");
    expect(() => defineState({ a: boolParam(true) }, { aliases: { old: "missing" } })).toThrow(/unknown key/);
  });

  test("the migrate hook rewrites old values before parsing", () => {
    const d = defineState({ duration: durationParam({ max: 60, fallback: 24 }) }, {
      migrate: (p) => {
        if (p.get("duration") === "inf") p.set("duration", "progression");
        return p;
      },
    });
    expect(d.parse("duration=inf")).toMatchObject({ state: { duration: "progression" }, migrated: ["migrate"], ignored: [] });
    expect(d.parse("duration=12").migrated).toEqual([]);
  });

  test("keys must be simple lower-case words", () => {
    expect(() => defineState({ "Bad Key": boolParam(true) })).toThrow(/lower-case/);
  });
});

describe("hostile input falls back to the default with a reported reason", () => {
  const cases: [string, string, RegExp][] = [
    ["trial=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "trial", /not one of/],
    ["ratio=1e309", "ratio", /plain decimal/],
    ["months=-0", "months", /progression/],
    ["ratio=-0", "ratio", /negative zero/],
    ["step=NaN", "step", /plain decimal/],
    ["step=Infinity", "step", /plain decimal/],
    ["trial=", "trial", /empty/],
    [`trial=${"x".repeat(10_000)}`, "trial", /longer than 64/],
    ["trial=ifm&trial=mm015", "trial", /given 2 times/],
    ["trial=__proto__", "trial", /not one of/],
    ["trial=constructor", "trial", /not one of/],
    ["theme=toString", "theme", /not one of/],
    ["controls=yes", "controls", /not 0 or 1/],
  ];
  for (const [query, key, reason] of cases) {
    test(`${query.slice(0, 48)}`, () => {
      const p = demo.parse(query);
      expect(p.state).toEqual(demo.defaults);
      expect(p.ignored).toHaveLength(1);
      expect(p.ignored[0]).toMatchObject({ key, reason });
      expect(p.ignored[0]?.value.length).toBeLessThanOrEqual(41);
    });
  }

  test("__proto__ and constructor as keys are unknown keys: ignored silently, nothing polluted", () => {
    const p = demo.parse("__proto__=x&constructor=y&__proto__[polluted]=1&trial=ifm");
    expect(p.ignored).toEqual([]);
    expect(p.state).toEqual({ ...demo.defaults, trial: "ifm" });
    expect(Object.getPrototypeOf(p.state)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("broken percent-encoding does not throw", () => {
    expect(() => demo.parse("trial=%E0%A4%A&ratio=%")).not.toThrow();
    expect(demo.parse("trial=%E0%A4%A").state.trial).toBe("calgb");
  });

  test("the parsed state holds typed values only, never the raw text", () => {
    const p = demo.parse("trial=%3Cb%3E&months=%3Cimg%3E&ratio=%22%3E");
    expect(p.state).toEqual(demo.defaults);
    expect(p.ignored.map((i) => i.key)).toEqual(["trial", "months", "ratio"]);
  });
});

describe("properties", () => {
  const stateArb = fc.record({
    theme: fc.constantFrom(null, "light" as const, "dark" as const, "projector" as const),
    step: fc.integer({ min: 0, max: 999 }),
    controls: fc.boolean(),
    trial: fc.constantFrom("calgb" as const, "ifm" as const, "mm015" as const),
    months: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant("progression" as const)),
    ratio: fc.oneof(fc.constant(null), fc.integer({ min: 34, max: 71 }).map((k) => k / 100)),
    on: fc.boolean(),
  });

  test("any valid state serialises and parses back to itself, with nothing reported", () => {
    fc.assert(fc.property(stateArb, (s) => {
      const p = demo.parse(demo.serialize(s));
      expect(p.state).toEqual(s);
      expect(p.ignored).toEqual([]);
      expect(p.adjusted).toEqual([]);
    }), { numRuns: 500 });
  });

  const hostileValue = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.constantFrom("", "-0", "1e309", "NaN", "<script>", "__proto__", "constructor", "progression", "CR", "0.5", "61", "-3"),
    fc.double().map(String),
  );
  const queryArb = fc.array(
    fc.tuple(fc.constantFrom("theme", "step", "controls", "trial", "months", "ratio", "on", "__proto__", "x"), hostileValue),
    { maxLength: 10 },
  ).map((pairs) => new URLSearchParams(pairs).toString());

  test("serialising a parsed state is idempotent, and what it writes parses cleanly", () => {
    fc.assert(fc.property(queryArb, (q) => {
      const first = demo.serialize(demo.parse(q).state);
      const again = demo.parse(first);
      expect(again.ignored).toEqual([]);
      expect(again.adjusted).toEqual([]);
      expect(demo.serialize(again.state)).toBe(first);
    }), { numRuns: 500 });
  });
});
