import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { embedSnippet, embedUrl, heightMessage } from "./embed";

describe("embed snippet", () => {
  test("is an iframe with title, state, width 100%, height, lazy loading, no border, and a fallback link", () => {
    expect(embedSnippet({ origin: "https://example.org", id: "pfs-os-hazard-ratios", query: "reports=latest&measure=absolute", title: "Hazard ratios by trial", height: 900, fullView: "/figure/pfs-os-hazard-ratios/" })).toBe(
      '<iframe src="https://example.org/embed/pfs-os-hazard-ratios/?reports=latest&amp;measure=absolute" title="Hazard ratios by trial" width="100%" height="900" loading="lazy" style="border:0;max-width:100%" allow="clipboard-write; fullscreen"></iframe>\n' +
      '<p><a href="https://example.org/figure/pfs-os-hazard-ratios/?reports=latest&amp;measure=absolute">Hazard ratios by trial</a> (Weighing Maintenance)</p>',
    );
  });

  test("the default view has no query string", () => {
    expect(embedUrl({ origin: "https://example.org", id: "risk-benefit", query: "" })).toBe("https://example.org/embed/risk-benefit/");
  });

  test("no title or query can break out of the markup", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (title, query) => {
      const html = embedSnippet({ origin: "https://example.org", id: "x", query, title, height: 500, fullView: "/x/" });
      const tags = html.match(/<[a-z/][^>]*>/g) ?? [];
      expect(tags.map((t) => t.replace(/\s.*$/, "").replace(/>$/, ""))).toEqual(["<iframe", "</iframe", "<p", "<a", "</a", "</p"]);
    }));
  });

  test("the height message names the figure and rounds the height up", () => {
    expect(heightMessage("second-cancers", 512.2)).toEqual({ type: "embed-height", figure: "second-cancers", height: 513 });
  });
});
