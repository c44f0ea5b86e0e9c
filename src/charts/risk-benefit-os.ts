/**
 * Overall survival beside the explorer: the trials' OS results as published, each with its
 * report and source, grouped by the evidence a setting draws on — the spread, never a
 * prediction. The group of the chosen setting says so in words; the browser only moves that
 * marker when the setting changes.
 */
import type { OsGroup, OsLine } from "../data/risk-benefit";
import type { SourceLine } from "../data/types";
import type { SettingId } from "../model/types";
import { htmlEl } from "./svg";
import { SETTING_WORDS } from "./risk-benefit-text";

export interface OsSpreadData {
  groups: OsGroup[];
  benefitCount: { text: string; source: SourceLine };
}

function sourceLinks(doc: Document, sources: SourceLine[]): Node[] {
  return sources.flatMap((s, i) => [
    ...(i > 0 ? [doc.createTextNode("; ")] : []),
    htmlEl(doc, "a", { href: s.href, title: s.citation, rel: "noopener" }, [s.display]),
  ]);
}

function line(doc: Document, l: OsLine): HTMLElement {
  return htmlEl(doc, "li", {}, [
    `${l.text}. `,
    htmlEl(doc, "span", { class: "muted" }, [`${l.report}; `, ...sourceLinks(doc, l.sources)]),
  ]);
}

export function renderOsSpread(spread: OsSpreadData, current: SettingId, headingLevel: 2 | 3 | 4, doc: Document): HTMLElement {
  const h = `h${headingLevel}`;
  return htmlEl(doc, "section", { class: "rb-os", "aria-labelledby": "rb-os-title" }, [
    htmlEl(doc, h, { id: "rb-os-title", class: "rb-os-title" }, ["Overall survival is not modelled: what the trials reported"]),
    htmlEl(doc, "p", {}, [
      "The model above counts progression and second cancers only. Whether maintenance lengthens life is a question the trials answered differently, so the explorer shows their survival results as published, each with its report, and predicts none. ",
      spread.benefitCount.text, " (", ...sourceLinks(doc, [spread.benefitCount.source]), ")",
    ]),
    htmlEl(doc, "div", { class: "rb-os-groups" }, spread.groups.map((g) =>
      htmlEl(doc, "div", { class: g.setting === current ? "rb-os-group rb-os-group--current" : "rb-os-group", "data-setting": g.setting }, [
        htmlEl(doc, "p", { class: "rb-os-trial" }, [
          SETTING_WORDS[g.setting].short,
          htmlEl(doc, "span", { class: "rb-os-current", hidden: g.setting === current ? null : "" }, [" · the evidence chosen above"]),
        ]),
        htmlEl(doc, "ul", {}, g.lines.map((l) => line(doc, l))),
      ]))),
  ]);
}
