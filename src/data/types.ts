/** Serialisable shapes shared by figure data (built from the evidence at build time) and charts. */

/** One source as a figure shows it: label, link and the kind of source in words. */
export interface SourceLine {
  label: string;
  href: string;
  linkKind: "doi" | "copy consulted";
  kindText: string;
  /** The words a source line prints. */
  display: string;
  citation: string;
}

/** A figure's data table: column headers and rows of already-formatted cells. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}
