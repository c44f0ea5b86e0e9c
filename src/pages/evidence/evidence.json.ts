/** /evidence/evidence.json — every figure of the evidence base as an array of rows. */
import { evidence } from "../../evidence";
import { exportRows, toJson } from "../../evidence/export";

export function GET(): Response {
  return new Response(toJson(exportRows(evidence.figures)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
