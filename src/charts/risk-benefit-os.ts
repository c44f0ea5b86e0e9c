/**
 * Overall survival beside the explorer: the trials' OS results as published, each with its
 * report and source, grouped by the evidence a setting draws on — the spread, never a
 * prediction. The group of the chosen setting says so in words; the browser only moves that
 * marker when the setting changes.
 */
import type { OsGroup, OsLine } from "../data/risk-benefit";
import type { SourceLine } from "../data/types";
import type { SettingId } from "../model/types";
import { htmlEl, toDom, type VChild, type VNode } from "./vnode";
import { SETTING_WORDS } from "./risk-benefit-text";

export interface OsSpreadData {
  groups: OsGroup[];
  benefitCount: { text: string; source: SourceLine };
}

function sourceLinks(sources: SourceLine[]): VChild[] {
  return sources.flatMap((s, i) => [
    ...(i > 0 ? ["; "] : []),
    htmlEl("a", { href: s.href, title: s.citation, rel: "noopener" }, [s.display]),
  ]);
}

function line(l: OsLine): VNode {
  return htmlEl("li", {}, [
    `${l.text}. `,
    htmlEl("span", { class: "muted" }, [`${l.report}; `, ...sourceLinks(l.sources)]),
  ]);
}

export function renderOsSpread(spread: OsSpreadData, current: SettingId, headingLevel: 2 | 3 | 4, doc: Document): HTMLElement {
  return toDom(osTree(spread, current, headingLevel), doc) as HTMLElement;
}

function osTree(spread: OsSpreadData, current: SettingId, headingLevel: 2 | 3 | 4): VNode {
  const h = `h${headingLevel}`;
  return htmlEl("section", { class: "rb-os", "aria-labelledby": "rb-os-title" }, [
    htmlEl(h, { id: "rb-os-title", class: "rb-os-title" }, ["Overall survival is not modelled: what the trials reported"]),
    htmlEl("p", {}, [
      "The model above counts progression and second cancers only. Whether maintenance lengthens life is a question the trials answered differently, so the explorer shows their survival results as published, each with its report, and predicts none. ",
      spread.benefitCount.text, " (", ...sourceLinks([spread.benefitCount.source]), ")",
    ]),
    htmlEl("div", { class: "rb-os-groups" }, spread.groups.map((g) =>
      htmlEl("div", { class: g.setting === current ? "rb-os-group rb-os-group--current" : "rb-os-group", "data-setting": g.setting }, [
        htmlEl("p", { class: "rb-os-trial" }, [
          SETTING_WORDS[g.setting].short,
          htmlEl("span", { class: "rb-os-current", hidden: g.setting === current ? null : "" }, [" · the evidence chosen above"]),
        ]),
        htmlEl("ul", {}, g.lines.map((l) => line(l))),
      ]))),
  ]);
}
