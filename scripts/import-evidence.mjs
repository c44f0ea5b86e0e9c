// Imports ../shared/evidence/evidence.json into content/evidence/, the project's own copy.
// Facts carry over unchanged; the structure is ours: one figures file per study, and gaps
// gain an id, the studies they concern and the exact quantities they cover, so a figure can
// say "not reported" for a cell instead of drawing nothing. Run: node scripts/import-evidence.mjs
import { readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = process.argv[2] ?? join(root, "..", "shared", "evidence", "evidence.json");
const out = join(root, "content", "evidence");
const data = JSON.parse(readFileSync(source, "utf8"));

/** What each shared gap (by position) leaves missing, as study/endpoint/measure/arm keys. */
const gapDetail = [
  { id: "ifm-spm-placebo-rate", studies: ["ifm-2005-02"], covers: [{ study: "ifm-2005-02", endpoint: "SPM", measure: "incidence_per_100py", arm: "placebo" }] },
  { id: "ifm-spm-placebo-by-type", studies: ["ifm-2005-02"], covers: ["SPM-heme", "SPM-solid", "SPM-nmsc"].map((endpoint) => ({ study: "ifm-2005-02", endpoint, measure: "count", arm: "placebo" })) },
  { id: "ifm-pfs-hr-ci", studies: ["ifm-2005-02"], covers: [{ study: "ifm-2005-02", endpoint: "PFS", measure: "HR", arm: "comparison", part: "ci", data_cut: 2012 }] },
  { id: "ifm-os-hr", studies: ["ifm-2005-02"], covers: [{ study: "ifm-2005-02", endpoint: "OS", measure: "HR", arm: "comparison", data_cut: 2012 }, { study: "ifm-2005-02", endpoint: "OS", measure: "HR", arm: "comparison", part: "ci", data_cut: 2013 }] },
  { id: "ifm-response-and-toxicity", studies: ["ifm-2005-02"], covers: [] },
  { id: "calgb-ttp-hr-2012", studies: ["calgb-100104"], covers: [{ study: "calgb-100104", endpoint: "TTP", measure: "HR", arm: "comparison", data_cut: 2012 }] },
  { id: "calgb-os-hr-2012", studies: ["calgb-100104"], covers: [{ study: "calgb-100104", endpoint: "OS", measure: "HR", arm: "comparison", data_cut: 2012 }] },
  { id: "calgb-spm-by-type-and-rate", studies: ["calgb-100104"], covers: [
    ...["SPM-heme", "SPM-solid", "SPM-nmsc"].map((endpoint) => ({ study: "calgb-100104", endpoint, measure: "count", arm: "placebo" })),
    { study: "calgb-100104", endpoint: "SPM", measure: "incidence_per_100py", arm: "lenalidomide" },
    { study: "calgb-100104", endpoint: "SPM", measure: "incidence_per_100py", arm: "placebo" },
  ] },
  { id: "calgb-update-os", studies: ["calgb-100104"], covers: [{ study: "calgb-100104", endpoint: "OS", measure: "HR", arm: "comparison", data_cut: 2017 }, { study: "calgb-100104", endpoint: "OS", measure: "median", arm: "lenalidomide", data_cut: 2017 }] },
  { id: "hr-by-response", studies: ["calgb-100104", "ifm-2005-02"], covers: [] },
  { id: "calgb-toxicity", studies: ["calgb-100104"], covers: [] },
  { id: "label-os-hr", studies: ["calgb-100104", "ifm-2005-02", "calgb-ifm-label"], covers: [] },
  { id: "mm015-pfs-hr-ci", studies: ["mm-015"], covers: [{ study: "mm-015", endpoint: "PFS", measure: "HR", arm: "comparison", part: "ci", data_cut: 2012 }] },
  { id: "mm015-os-hr", studies: ["mm-015"], covers: [{ study: "mm-015", endpoint: "OS", measure: "HR", arm: "comparison" }] },
  { id: "meta-2017-primary-os", studies: ["meta-2017"], covers: [{ study: "meta-2017", endpoint: "OS", measure: "HR", arm: "comparison", part: "primary-source" }] },
  { id: "spm-meta-2014-solid-heme", studies: ["spm-meta-2014"], covers: [{ study: "spm-meta-2014", endpoint: "SPM-solid", measure: "cumulative_incidence", arm: "pooled-control" }] },
  { id: "first-safety", studies: ["first"], covers: [] },
  { id: "myeloma-xi-primary", studies: ["myeloma-xi"], covers: [] },
  { id: "myeloma-xi-landmark-hr", studies: ["myeloma-xi"], covers: [] },
  { id: "rv-mm-pi-209-details", studies: ["rv-mm-pi-209"], covers: [] },
  { id: "no-duration-rct", studies: [], covers: [] },
  { id: "spm-risk-per-year", studies: [], covers: [] },
  { id: "rajkumar-body-text", studies: ["nrco-2012-commentary"], covers: [] },
  { id: "nejm-identifiers", studies: ["calgb-100104", "ifm-2005-02", "mm-015"], covers: [] },
  { id: "cost-and-guidelines", studies: [], covers: [] },
];

if (data.gaps.length !== gapDetail.length) {
  throw new Error(`shared evidence has ${data.gaps.length} gaps; gapDetail in scripts/import-evidence.mjs describes ${gapDetail.length}. Update it.`);
}

const write = (file, value) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
};

rmSync(join(out, "figures"), { recursive: true, force: true });
write(join(out, "publications.json"), data.publications);
write(join(out, "studies.json"), data.studies);
const byStudy = new Map();
for (const f of data.figures) {
  if (!byStudy.has(f.study)) byStudy.set(f.study, []);
  byStudy.get(f.study).push(f);
}
for (const [study, figures] of byStudy) write(join(out, "figures", `${study}.json`), figures);
write(join(out, "gaps.json"), data.gaps.map((g, i) => ({ ...gapDetail[i], what: g.what, why: g.why })));
write(join(out, "conflicts.json"), data.conflicts.map((c, i) => ({ number: i + 1, ...c })));
console.log(`imported ${data.publications.length} publications, ${data.studies.length} studies, ${data.figures.length} figures in ${byStudy.size} files, ${data.gaps.length} gaps, ${data.conflicts.length} conflicts`);
