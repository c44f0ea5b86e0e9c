/**
 * Figure state in the URL, for every figure: parse, validate, clamp, serialise. A figure
 * declares its keys once with `defineState({ ...commonParams, ...ownParams })`.
 *
 * - Each key is read with URLSearchParams (never a regex on the query string) and comes out
 *   valid, adjusted (clamped or rounded: reported), invalid (the default is used: reported
 *   as ignored) or missing (the default, silently).
 * - Keys the spec does not name are left alone and not reported: other figures on the same
 *   page may own them. `merge` rewrites only this figure's keys and keeps the rest in order.
 * - Serialising writes only values that differ from their defaults, in the spec's key order,
 *   so the default view is the empty string and any view has one canonical query string.
 * - The result is typed values only. A reported `value` is the raw text, cut to 40
 *   characters: render it as text, never as markup.
 */

export type ParseResult<T> =
  | { ok: true; value: T; adjusted?: string }
  | { ok: false; reason: string };

/** One key's kind: its default, how to read it, how to write it. */
export interface ParamKind<T> {
  readonly default: T;
  parse(raw: string): ParseResult<T>;
  format(value: T): string;
  equals(a: T, b: T): boolean;
}

export type Spec = Record<string, ParamKind<unknown>>;
export type StateOf<S extends Spec> = { [K in keyof S]: S[K] extends ParamKind<infer T> ? T : never };

export interface Issue {
  key: string;
  /** The raw text from the URL, cut to 40 characters. */
  value: string;
  reason: string;
}

export interface AdjustedIssue extends Issue {
  /** What was used instead, as it would be written in the URL. */
  used: string;
}

export interface Parsed<S extends Spec> {
  state: StateOf<S>;
  /** Values that could not be read: the default was used. */
  ignored: Issue[];
  /** Values that were read but changed: clamped to range or rounded. */
  adjusted: AdjustedIssue[];
  /** Old keys that were read through an alias or the migrate hook; rewrite the URL. */
  migrated: string[];
}

export interface StateOptions {
  /** Old key → current key, for links made before a rename. */
  aliases?: Record<string, string>;
  /** Rewrites old links before parsing; gets a copy and returns the params to parse. */
  migrate?: (params: URLSearchParams) => URLSearchParams;
}

export interface StateDefinition<S extends Spec> {
  readonly spec: S;
  readonly keys: readonly (keyof S & string)[];
  readonly defaults: StateOf<S>;
  parse(search: string | URLSearchParams): Parsed<S>;
  serialize(state: StateOf<S>): string;
  /** The query string `search` with this figure's keys replaced by `state` (others kept). */
  merge(search: string | URLSearchParams, state: StateOf<S>): string;
}

const MAX_LENGTH = 64;
const KEY = /^[a-z][a-z0-9-]*$/;
/** A plain decimal number: optional minus, digits, optional fraction. No exponent, hex or spaces. */
const DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;

function preview(raw: string): string {
  return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}

function readNumber(raw: string): ParseResult<number> {
  if (!DECIMAL.test(raw)) return { ok: false, reason: "not a plain decimal number" };
  const n = Number(raw);
  if (!Number.isFinite(n)) return { ok: false, reason: "not a finite number" };
  if (Object.is(n, -0)) return { ok: false, reason: "negative zero is not a value" };
  return { ok: true, value: n };
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function formatNumber(x: number, decimals: number): string {
  const s = roundTo(x, decimals).toFixed(decimals);
  return decimals > 0 ? s.replace(/\.?0+$/, "") : s;
}

/** Clamp to [min, max] and round to `decimals`, staying inside the range's grid. */
function fit(n: number, min: number, max: number, decimals: number): ParseResult<number> {
  const f = 10 ** decimals;
  const lo = Math.ceil(min * f - 1e-9) / f;
  const hi = Math.floor(max * f + 1e-9) / f;
  // `+ 0` turns −0 (from Math.ceil of a tiny negative) into 0.
  const value = Math.min(hi, Math.max(lo, roundTo(n, decimals))) + 0;
  if (n < min || n > max) return { ok: true, value, adjusted: `outside ${formatNumber(lo, decimals)}–${formatNumber(hi, decimals)}; clamped` };
  if (value !== n) return { ok: true, value, adjusted: decimals === 0 ? "rounded to a whole number" : `rounded to ${decimals} decimal${decimals === 1 ? "" : "s"}` };
  return { ok: true, value };
}

/** One of a fixed list of words; case is forgiven (and reported). `fallback` may be null: "not set". */
export function enumParam<V extends string, D extends V | null = V>(values: readonly V[], fallback: D): ParamKind<V | D> {
  return {
    default: fallback,
    parse(raw) {
      const exact = values.find((v) => v === raw);
      if (exact !== undefined) return { ok: true, value: exact };
      const loose = values.find((v) => v === raw.toLowerCase());
      if (loose !== undefined) return { ok: true, value: loose, adjusted: "read in lower case" };
      return { ok: false, reason: `not one of ${values.join(", ")}` };
    },
    format: (v) => (v === null ? "" : v),
    equals: (a, b) => a === b,
  };
}

/** A number in [min, max] with `decimals` decimals (0 for integers); out-of-range values clamp. */
export function numberParam<D extends number | null>(o: { min: number; max: number; decimals: number; fallback: D }): ParamKind<number | D> {
  if (!(o.min <= o.max) || !Number.isInteger(o.decimals) || o.decimals < 0) throw new RangeError("numberParam: bad options");
  return {
    default: o.fallback,
    parse(raw) {
      const n = readNumber(raw);
      return n.ok ? fit(n.value, o.min, o.max, o.decimals) : n;
    },
    format: (v) => (v === null ? "" : formatNumber(v, o.decimals)),
    equals: (a, b) => a === b,
  };
}

/** A whole number in [min, max]; fractions are rounded (and reported). */
export function intParam(o: { min: number; max: number; fallback: number }): ParamKind<number> {
  return numberParam({ ...o, decimals: 0 });
}

/** "0" or "1". */
export function boolParam(fallback: boolean): ParamKind<boolean> {
  return {
    default: fallback,
    parse(raw) {
      if (raw === "1") return { ok: true, value: true };
      if (raw === "0") return { ok: true, value: false };
      return { ok: false, reason: "not 0 or 1" };
    },
    format: (v) => (v ? "1" : "0"),
    equals: (a, b) => a === b,
  };
}

export type Duration = number | "progression";

/** Months of treatment: a whole number in [0, max], or the word "progression" (until progression). */
export function durationParam(o: { max: number; fallback: Duration }): ParamKind<Duration> {
  const months = intParam({ min: 0, max: o.max, fallback: 0 });
  return {
    default: o.fallback,
    parse(raw) {
      if (raw === "progression") return { ok: true, value: "progression" };
      if (raw.toLowerCase() === "progression") return { ok: true, value: "progression", adjusted: "read in lower case" };
      const m = months.parse(raw);
      return m.ok ? m : { ok: false, reason: `not a number of months 0–${o.max} or "progression"` };
    },
    format: (v) => (v === "progression" ? v : months.format(v)),
    equals: (a, b) => a === b,
  };
}

/** Keys every figure understands. theme: unset means the page's own (auto). */
export const commonParams = {
  theme: enumParam(["light", "dark", "projector"] as const, null),
  step: intParam({ min: 0, max: 999, fallback: 0 }),
  controls: boolParam(true),
};

function toParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === "string" ? new URLSearchParams(search) : new URLSearchParams(search);
}

export function defineState<S extends Spec>(spec: S, options: StateOptions = {}): StateDefinition<S> {
  const keys = Object.keys(spec) as (keyof S & string)[];
  for (const k of keys) if (!KEY.test(k)) throw new Error(`State key "${k}" must be lower-case letters, digits and '-'`);
  const aliases = Object.entries(options.aliases ?? {});
  for (const [from, to] of aliases) if (!keys.includes(to)) throw new Error(`Alias "${from}" points to unknown key "${to}"`);
  const kindOf = (k: keyof S & string): ParamKind<unknown> => spec[k] as ParamKind<unknown>;
  const build = (entries: [string, unknown][]): StateOf<S> => Object.fromEntries(entries) as StateOf<S>;
  const defaults = build(keys.map((k) => [k, kindOf(k).default]));

  function parse(search: string | URLSearchParams): Parsed<S> {
    let params = toParams(search);
    const migrated: string[] = [];
    if (options.migrate) {
      const before = params.toString();
      params = options.migrate(toParams(params));
      if (params.toString() !== before) migrated.push("migrate");
    }
    const ignored: Issue[] = [];
    const adjusted: AdjustedIssue[] = [];
    const entries = keys.map((key): [string, unknown] => {
      const kind = kindOf(key);
      let raws = params.getAll(key);
      if (raws.length === 0) {
        const alias = aliases.find(([from, to]) => to === key && params.has(from));
        if (alias) {
          raws = params.getAll(alias[0]);
          migrated.push(alias[0]);
        }
      }
      if (raws.length === 0) return [key, kind.default];
      const raw = raws[0] ?? "";
      if (raws.length > 1) {
        ignored.push({ key, value: preview(raws.join(", ")), reason: `given ${raws.length} times; the default was used` });
        return [key, kind.default];
      }
      if (raw.length > MAX_LENGTH) {
        ignored.push({ key, value: preview(raw), reason: `longer than ${MAX_LENGTH} characters; the default was used` });
        return [key, kind.default];
      }
      const r = kind.parse(raw);
      if (!r.ok) {
        ignored.push({ key, value: preview(raw), reason: raw === "" ? "empty; the default was used" : `${r.reason}; the default was used` });
        return [key, kind.default];
      }
      if (r.adjusted !== undefined) adjusted.push({ key, value: preview(raw), reason: r.adjusted, used: kind.format(r.value) });
      return [key, r.value];
    });
    return { state: build(entries), ignored, adjusted, migrated };
  }

  function pairs(state: StateOf<S>): [string, string][] {
    return keys.flatMap((key): [string, string][] => {
      const kind = kindOf(key);
      const v: unknown = state[key];
      return kind.equals(v, kind.default) ? [] : [[key, kind.format(v)]];
    });
  }

  function serialize(state: StateOf<S>): string {
    return new URLSearchParams(pairs(state)).toString();
  }

  function merge(search: string | URLSearchParams, state: StateOf<S>): string {
    const params = toParams(search);
    for (const k of keys) params.delete(k);
    for (const [from] of aliases) params.delete(from);
    for (const [k, v] of pairs(state)) params.append(k, v);
    return params.toString();
  }

  return { spec, keys, defaults, parse, serialize, merge };
}
