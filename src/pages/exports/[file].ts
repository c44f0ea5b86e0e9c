/**
 * /exports/<figure>[-step-<n>].svg and .png — static images of every figure's default view
 * and each teaching step, for slide tools that take no iframe and for PDF decks.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { FIGURES } from "../../components/figure-registry";
import { svgToPng } from "../../lib/export-image";

export const getStaticPaths: GetStaticPaths = () =>
  FIGURES.flatMap((f) => f.images().flatMap((img) => [
    { params: { file: `${img.name}.svg` }, props: { svg: img.svg, kind: "svg" as const } },
    { params: { file: `${img.name}.png` }, props: { svg: img.svg, kind: "png" as const } },
  ]));

export const GET: APIRoute = ({ props }) => {
  const { svg, kind } = props as { svg: string; kind: "svg" | "png" };
  if (kind === "svg") return new Response(svg, { headers: { "Content-Type": "image/svg+xml" } });
  return new Response(Buffer.from(svgToPng(svg)), { headers: { "Content-Type": "image/png" } });
};
