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

/** Short labels for citations in charts and tables ("McCarthy et al. 2012, N Engl J Med"). */
const journals = [["N Engl J Med", "N Engl J Med"], ["Lancet Haematol", "Lancet Haematol"], ["Lancet Oncol", "Lancet Oncol"], ["J Clin Oncol", "J Clin Oncol"], ["Nat Rev Clin Oncol", "Nat Rev Clin Oncol"], ["Blood Adv", "Blood Adv"], ["Blood Cancer J", "Blood Cancer J"], ["Blood", "Blood"], ["Leukemia", "Leukemia"], ["Oncologist", "Oncologist"], ["Cancer Med", "Cancer Med"], ["Adv Hematol", "Adv Hematol"], ["Haematologica", "Haematologica"], ["J Natl Cancer Inst", "J Natl Cancer Inst"], ["Bone Marrow Transplant", "Bone Marrow Transplant"], ["Biol Blood Marrow Transplant", "Biol Blood Marrow Transplant"], ["Cancers", "Cancers"], ["J Clin Med", "J Clin Med"], ["Am J Hematol", "Am J Hematol"], ["Cancer", "Cancer"]];
const shortOverrides = {
  "nrco-2012-correspondence": "Reply to Rajkumar, Nat Rev Clin Oncol 2012",
  "valuebasedcancer-2017-calgb": "Conference Correspondent (valuebasedcancer.com) 2017",
  "imf-2011-press": "International Myeloma Foundation press release 2011",
  "hindawi-2012-spm": "Review of second primary malignancies, Adv Hematol 2012",
  "hindawi-2012-canadian": "Canadian consensus, Adv Hematol 2012",
  "acn-revlimid-ad": "REVLIMID advertisement, ASH Clinical News",
  "revlimid-hcp": "REVLIMID health-care professional website",
  "oncologytimes-2017-fda": "Oncology Times 2017",
  "ifm-2013-ash-406": "IFM 2005-02 investigators, ASH 2013 (abstract 406)",
  "ifm-2013-ash-3312": "IFM 2005-02 investigators, ASH 2013 (abstract 3312)",
  "roa-2014-ifm": "Radiation Oncology Associates news 2014",
  "mm015-2013-ash-405": "MM-015 investigators, ASH 2013 (abstract 405)",
  "chemoforme-mm015": "ChemoForMe summary of Palumbo 2012",
  "empr-2010-mm015": "eMPR, ASH 2010 report",
  "clincosm-mm015": "Clincosm trial record (MM-015)",
  "springer-2017-meta-a": "Springer Medizin news 2017 (a)",
  "springer-2017-meta-b": "Springer Medizin news 2017 (b)",
  "rif-review": "Review of post-ASCT maintenance (research-in-field.com mirror)",
  "revlimid-label-bsi-2015": "REVLIMID US prescribing information, brief summary 2015",
  "lancet-haematol-2022-spm": "Meta-analysis of second primary malignancies, Lancet Haematol 2022",
  "revlimid-label-mm020": "REVLIMID prescribing information, study MM-020",
  "jnccn360-2018-first": "JNCCN 360, 2018",
  "cancerfr-2018-first": "Institut National du Cancer bulletin 2018",
  "first-ash-2014-3458": "FIRST investigators, ASH 2014 (abstract 3458)",
  "leukemia-2017-first": "FIRST responders article, Leukemia 2017",
  "first-canus-subgroup": "FIRST Canadian/US subgroup analysis",
  "congressupdate-2017-mxi": "Congress Update Hematology 2017",
  "hematologist-2022-mxi": "The Hematologist 2022",
  "jnccn360-2023-duration": "JNCCN 360, January 2023",
  "jnccn360-2023-spm": "JNCCN 360, October 2023",
  "nct02406144-2023-blood": "NCT02406144 trial report, Blood 2023",
  "mrd-stop-2025-blood": "MRD-guided stop study, Blood 2025",
  "connectmm-2018-bloodadv": "Connect MM registry, Blood Adv 2018",
  "rrmm-spm-2012-blood": "Review of second malignancies in relapsed myeloma, Blood 2012",
  "mm009-010-haematologica-2010": "MM-009/010 pooled analysis, Haematologica 2010",
  "vista-cr-2010-blood": "VISTA response analysis, Blood 2010",
  "mayo-2019-vgpr": "Mayo Clinic VGPR analysis 2019",
  "gem2000-refractory": "GEM2000 primary refractory analysis",
  "bbmt-2015-lt-pr": "National database analysis, Biol Blood Marrow Transplant 2015",
  "mayo-survey-2013": "Mayo Clinic patient survey",
};
function shortCitation(p) {
  if (shortOverrides[p.id]) return shortOverrides[p.id];
  const author = p.citation.match(/^([A-Z][A-Za-zÀ-ÿ'-]+) [A-Z]{1,3}[,.]/);
  const head = author ? `${author[1]}${/et al|, .*,/.test(p.citation) ? " et al." : ""}` : p.citation.split(/[.:(]/)[0].trim();
  const journal = ["news", "promotional"].includes(p.kind) ? undefined : journals.find(([needle]) => p.citation.includes(` ${needle} `) || p.citation.includes(` ${needle};`));
  return [head, journal ? `${journal[1]} ${p.year ?? ""}`.trim() : p.year].filter(Boolean).join(", ");
}

if (data.gaps.length !== gapDetail.length) {
  throw new Error(`shared evidence has ${data.gaps.length} gaps; gapDetail in scripts/import-evidence.mjs describes ${gapDetail.length}. Update it.`);
}

const write = (file, value) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
};

rmSync(join(out, "figures"), { recursive: true, force: true });
write(join(out, "publications.json"), data.publications.map((p) => ({ ...p, short: shortCitation(p) })));
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
