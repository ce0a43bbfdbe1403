/**
 * A synonym table for the report's unit similarity (lib/engine/align.ts `SynonymUse`): stem → its
 * synonym stems, from a "a b|c d" pair list (lib/nlp/synonym-data.ts format, built by
 * `npx tsx bench/build-synonyms.ts`). Symmetric; identical stems are never listed.
 */
export type SynonymTable = ReadonlyMap<string, ReadonlySet<string>>;

export function synonymTable(pairs: string): SynonymTable {
  const m = new Map<string, Set<string>>();
  const add = (x: string, y: string) => {
    let s = m.get(x);
    if (!s) m.set(x, (s = new Set()));
    s.add(y);
  };
  for (const entry of pairs.split('|')) {
    const [x, y] = entry.split(' ');
    if (!x || !y || x === y) continue;
    add(x, y);
    add(y, x);
  }
  return m;
}
