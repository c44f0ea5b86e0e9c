/**
 * Overall survival is not modelled. The explorer shows the trials' OS results beside it, as
 * published, as a spread: these are the evidence rows, by setting. `osContext()` resolves
 * them at build time; browser code gets the resolved rows from the page.
 */
import { figure, publication, study } from "../evidence";
import type { EvidenceFigure } from "../evidence";
import { SETTINGS } from "./types";
import type { SettingId } from "./types";

/** Evidence ids of the OS results each setting draws on (report year in each row's data_cut). */
export const OS_CONTEXT_IDS: Record<SettingId, readonly string[]> = {
  pooled: [
    "meta-2017-os-median-pooled-lenalidomide-mccarthy-2017-jco-meta",
    "meta-2017-os-median-pooled-control-ascopost-2017-meta",
    "meta-2017-os-hr-vs-pooled-control-springer-2017-meta-b",
    "meta-2017-os-rate-at-pooled-lenalidomide-84m-myelomauk-2017-meta",
    "meta-2017-os-rate-at-pooled-control-84m-myelomauk-2017-meta",
  ],
  "calgb-100104": [
    "calgb-100104-deaths-count-lenalidomide-mccarthy-2012-nejm",
    "calgb-100104-deaths-count-placebo-mccarthy-2012-nejm",
    "calgb-100104-os-median-lenalidomide-oncologytimes-2017-fda",
    "calgb-100104-os-median-placebo-cta-2017-fda",
  ],
  "ifm-2005-02": [
    "ifm-2005-02-os-rate-at-lenalidomide-48m-attal-2012-nejm",
    "ifm-2005-02-os-rate-at-placebo-48m-attal-2012-nejm",
    "ifm-2005-02-os-rate-at-lenalidomide-60m-ifm-2013-ash-406",
    "ifm-2005-02-os-rate-at-placebo-60m-ifm-2013-ash-406",
    "ifm-2005-02-os-hr-vs-placebo-ifm-2013-ash-406",
  ],
  "mm-015": [
    "mm-015-os-median-mpr-r-mm015-2013-ash-405",
    "mm-015-os-median-mpr-mm015-2013-ash-405",
    "mm-015-os-median-mp-mm015-2013-ash-405",
  ],
};

/** Rajkumar's count: an OS benefit in one of the three 2012 trials. */
export const OS_TRIALS_WITH_BENEFIT_ID = "nrco-2012-commentary-trials-with-os-benefit-count-all-rajkumar-2012-nrco";

export interface OsContextRow {
  setting: SettingId;
  trial: string;
  figure: EvidenceFigure;
  /** Short citation of the publication the number was read in. */
  citation: string;
}

/** The OS rows resolved from the evidence (build time). */
export function osContext(): OsContextRow[] {
  return SETTINGS.flatMap((setting) =>
    OS_CONTEXT_IDS[setting].map((id) => {
      const f = figure(id);
      return { setting, trial: study(f.study).name, figure: f, citation: publication(f.publication).citation };
    }),
  );
}
