/** /evidence/evidence.csv — the same rows as evidence.json, as RFC 4180 CSV. */
import { evidence } from "../../evidence";
import { exportRows, toCsv } from "../../evidence/export";

export function GET(): Response {
  return new Response(toCsv(exportRows(evidence.figures)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
