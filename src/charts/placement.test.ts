import { describe, expect, test } from "vitest";
import { boxFor, densify, overlaps, placeLabels } from "./placement";

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };

describe("direct-label placement", () => {
  test("a label alone takes the first offset: above and to the right of its point", () => {
    const [p] = placeLabels([{ x: 100, y: 100, text: "median 41 months", size: 13 }], { bounds });
    expect(p?.anchor).toBe("start");
    expect(p?.x).toBe(108);
    expect(p?.y).toBeLessThan(100);
  });

  test("two labels for the same point never overlap", () => {
    const placed = placeLabels([
      { x: 200, y: 150, text: "MPR: median 14 months", size: 13 },
      { x: 200, y: 150, text: "MP: median 13 months", size: 13 },
    ], { bounds });
    expect(placed).toHaveLength(2);
    const [a, b] = placed;
    if (!a || !b) throw new Error("missing label");
    expect(overlaps(a.box, b.box)).toBe(false);
  });

  test("a label stays inside the bounds when it can: near the right edge it flips to the left", () => {
    const [p] = placeLabels([{ x: 395, y: 150, text: "median 46 months", size: 13 }], { bounds });
    expect(p?.anchor).toBe("end");
    expect(p?.box.x1).toBeLessThanOrEqual(400);
  });

  test("a label avoids a drawn line when another place is free", () => {
    const line = densify([[{ x: 100, y: 90 }, { x: 300, y: 90 }]]);
    const [p] = placeLabels([{ x: 100, y: 100, text: "label", size: 13 }], { bounds, points: line });
    expect(line.some((q) => p && q.x > p.box.x0 && q.x < p.box.x1 && q.y > p.box.y0 && q.y < p.box.y1)).toBe(false);
  });

  test("boxes follow the text anchor", () => {
    expect(boxFor(100, 50, "abcd", 10, "start").x0).toBe(98);
    expect(boxFor(100, 50, "abcd", 10, "end").x1).toBe(102);
  });
});
