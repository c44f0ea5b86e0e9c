/** Site-wide constants: the name, the routes that work, and how to cite the site. */
export const SITE = {
  name: "Weighing Maintenance",
  tagline: "Lenalidomide maintenance in myeloma: the 2012 argument, in the trials' own numbers",
  seed: "rajkumar-2012-nrco",
} as const;

export interface NavItem { href: string; label: string }

/** Only routes that exist are listed; a route is added here when it works. */
export const NAV: NavItem[] = [
  { href: "/", label: "The argument" },
  { href: "/essays/", label: "Essays" },
  { href: "/explore/", label: "Explore" },
  { href: "/methods/", label: "Methods" },
  { href: "/evidence/", label: "Evidence" },
  { href: "/lecture/", label: "Lecture" },
];

/** How to cite this site (the build year is the version a reader saw). */
export function siteCitation(year: number): string {
  return `${SITE.name}: ${SITE.tagline}. Explorable essay, ${year}. Numbers as published in the sources cited on each figure.`;
}
