/**
 * The download format: exact CSV escaping on a hand-made row, and a full round trip of every
 * real figure through a strict RFC 4180 parser written here (not the code under test), so the
 * downloaded file gives back exactly the numbers the site shows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evidence } from "./index";
import { EXPORT_FIELDS, exportRows, toCsv, toJson } from "./export";
import type { ExportRow } from "./export";
import type { EvidenceFigure } from "./schema";

/** The real CALGB 2012 median TTP row, with text fields that need escaping. */
const awkward: EvidenceFigure = {
  id: "calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm",
  study: "calgb-100104",
  publication: "mccarthy-2012-nejm",
  endpoint: "TTP",
  measure: "median",
  arm: "lenalidomide",
  comparator: null,
  contrast: null,
  subgroup: "age 65, or younger",
  value: 46,
  qualifier: "≥",
  unit: "months",
  at_months: null,
  ci_low: 39.5,
  ci_high: null,
  p: "<0.001",
  n: 231,
  followup_months: 34,
  data_cut: 2012,
  cutoff: "",
  locator: "abstract (Results)",
  source_url: "https://scholars.duke.edu/display/pub743940",
  source_kind: "primary",
  reports: null,
  preferred: false,
  quote_stored: true,
  research_refs: ["post-asct.json#calgb-2012-ttp-median-len"],
  note: "Counted \"from transplant\".\r\nHR not in the abstract.",
};

interface CsvField { text: string; quoted: boolean }

/** A strict RFC 4180 parser: every record ends in CRLF; quotes only around whole fields. */
function parseCsv(csv: string): CsvField[][] {
  const records: CsvField[][] = [];
  let record: CsvField[] = [];
  let i = 0;
  while (i < csv.length) {
    let text = "";
    let quoted = false;
    if (csv[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error("unterminated quoted field");
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') { text += '"'; i += 2; continue; }
          i++;
          break;
        }
        text += csv[i];
        i++;
      }
    } else {
      while (i < csv.length && csv[i] !== "," && csv[i] !== "\r") {
        if (csv[i] === '"' || csv[i] === "\n") throw new Error(`bare ${JSON.stringify(csv[i])} in unquoted field at ${i}`);
        text += csv[i];
        i++;
      }
    }
    record.push({ text, quoted });
    if (csv[i] === ",") { i++; continue; }
    if (csv.slice(i, i + 2) !== "\r\n") throw new Error(`expected CRLF at ${i}`);
    i += 2;
    records.push(record);
    record = [];
  }
  if (record.length > 0) throw new Error("last record does not end in CRLF");
  return records;
}

const NUMBER_FIELDS = new Set<string>(["value", "at_months", "ci_low", "ci_high", "n", "followup_months", "data_cut"]);

/** A parsed CSV record back to typed values: unquoted empty is null, numbers and booleans by column. */
function typed(header: readonly string[], fields: readonly CsvField[]): Record<string, unknown> {
  expect(fields).toHaveLength(header.length);
  return Object.fromEntries(header.map((name, i) => {
    const f = fields[i] ?? { text: "", quoted: false };
    if (f.text === "" && !f.quoted) return [name, null];
    if (NUMBER_FIELDS.has(name)) return [name, Number(f.text)];
    if (name === "preferred") return [name, f.text === "true"];
    return [name, f.text];
  }));
}

const real = evidence.figures;

describe("exportRows", () => {
  it("has the documented field list", () => {
    expect(EXPORT_FIELDS).toEqual([
      "id", "study", "publication", "endpoint", "measure", "arm", "comparator", "contrast", "subgroup", "value",
      "qualifier", "unit", "at_months", "ci_low", "ci_high", "p", "n", "followup_months", "data_cut", "cutoff",
      "locator", "source", "source_kind", "reports", "preferred", "note",
    ]);
  });

  it("gives one row per figure, in order, keys in field order, values unchanged", () => {
    const rows = exportRows(real);
    expect(rows).toHaveLength(real.length);
    rows.forEach((row, i) => {
      const f = real[i];
      expect(Object.keys(row)).toEqual([...EXPORT_FIELDS]);
      expect(row.id).toBe(f?.id);
      expect(row.source).toBe(f?.source_url);
      for (const k of EXPORT_FIELDS) if (k !== "source") expect(row[k]).toBe(f?.[k]);
    });
  });

  it("keeps numbers as numbers and null as null", () => {
    const [row] = exportRows([awkward]);
    expect(row?.value).toBe(46);
    expect(row?.ci_high).toBeNull();
    expect(row?.preferred).toBe(false);
  });
});

describe("toCsv", () => {
  it("writes the header and an escaped row exactly", () => {
    expect(toCsv(exportRows([awkward]))).toBe(
      "id,study,publication,endpoint,measure,arm,comparator,contrast,subgroup,value,qualifier,unit,at_months,ci_low,ci_high,p,n,followup_months,data_cut,cutoff,locator,source,source_kind,reports,preferred,note\r\n" +
      "calgb-100104-ttp-median-lenalidomide-mccarthy-2012-nejm,calgb-100104,mccarthy-2012-nejm,TTP,median,lenalidomide,,," +
      "\"age 65, or younger\",46,≥,months,,39.5,,<0.001,231,34,2012,\"\",abstract (Results)," +
      "https://scholars.duke.edu/display/pub743940,primary,,false," +
      "\"Counted \"\"from transplant\"\".\r\nHR not in the abstract.\"\r\n",
    );
  });

  it("quotes a bare LF and leaves plain text alone", () => {
    const csv = toCsv(exportRows([{ ...awkward, subgroup: "a\nb", note: "plain", cutoff: null }]));
    const line = csv.split("\r\n")[1] ?? "";
    expect(line).toContain(",\"a\nb\",46,");
    expect(line.endsWith(",false,plain")).toBe(true);
    expect(line).toContain(",2012,,abstract (Results),");
  });

  it("writes only the header for no rows", () => {
    expect(toCsv([])).toBe(`${EXPORT_FIELDS.join(",")}\r\n`);
  });

  it("parses back to the same values for every real figure", () => {
    const rows = exportRows(real);
    const [header, ...records] = parseCsv(toCsv(rows));
    expect(header?.map((f) => f.text)).toEqual([...EXPORT_FIELDS]);
    expect(records).toHaveLength(455);
    expect(records).toHaveLength(real.length);
    expect(records.map((r) => typed(EXPORT_FIELDS, r))).toEqual(rows);
  });

  it("round-trips arbitrary text in every string field", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("", ",", "\"", "\r\n", "\n", "\r", "≥ 5", "a,\"b\"\nc"));
    fc.assert(fc.property(text, text, fc.option(text), (subgroup, locator, note) => {
      const rows = exportRows([{ ...awkward, subgroup, locator, note }]);
      const [, record] = parseCsv(toCsv(rows));
      expect(typed(EXPORT_FIELDS, record ?? [])).toEqual(rows[0]);
    }));
  });
});

describe("toJson", () => {
  it("is one compact row per line and parses back to exportRows", () => {
    const rows = exportRows(real);
    const json = toJson(rows);
    const lines = json.split("\n");
    expect(lines[0]).toBe("[");
    expect(lines.at(-2)).toBe("]");
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(rows.length + 3);
    expect(JSON.parse(json)).toEqual(rows);
  });

  it("keeps the field order in each row", () => {
    const parsed = JSON.parse(toJson(exportRows(real))) as ExportRow[];
    for (const row of parsed) expect(Object.keys(row)).toEqual([...EXPORT_FIELDS]);
  });

  it("writes the escaped row exactly", () => {
    expect(toJson(exportRows([awkward]))).toBe(`[\n${JSON.stringify(exportRows([awkward])[0])}\n]\n`);
    expect(JSON.parse(toJson(exportRows([awkward])))).toEqual(exportRows([awkward]));
  });

  it("is an empty array for no rows", () => {
    expect(JSON.parse(toJson([]))).toEqual([]);
  });
});
