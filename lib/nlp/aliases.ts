/**
 * Names one outlet writes one way and another outlet another way, that no stemmer or acronym rule
 * joins: a country and its demonym or short form ("U.S." / "American" / "United States", "U.K." /
 * "Britain" / "British"). Folded words; multi-word forms are matched as phrases. Kept to forms that
 * always name the same country in news text (no "England" for the U.K., no "Holland").
 */
const GROUPS: string[][] = [
  ['us', 'usa', 'america', 'american', 'americans', 'united states'],
  ['uk', 'britain', 'british', 'briton', 'britons', 'united kingdom'],
  ['china', 'chinese'],
];

const byWord = new Map<string, string[]>();
for (const g of GROUPS) for (const w of g) byWord.set(w, g);

/** The other forms of a folded word's name ([] when it has none). */
export function nameAliases(w: string): string[] {
  return (byWord.get(w) ?? []).filter((x) => x !== w);
}
