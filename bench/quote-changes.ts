/**
 * The direct quotes two libs read differently on one page (bench/speakers-arms.ts, bench/speak76-shapes.ts): each quote
 * only the base reads (span and speaker, with its context, to judge it) and each only the branch reads, printed under
 * the page's name.
 */
type Read = { start: number; end: number; speaker: string | null };

/** Prints the page's changed quotes (`-` base only, `+` branch only); false, printing nothing, when none changed. */
export function printQuoteChanges(page: string, text: string, base: readonly Read[], branch: readonly Read[]): boolean {
  const key = (q: Read) => `${q.start}:${q.end}:${q.speaker}`;
  const ka = new Set(base.map(key)), kb = new Set(branch.map(key));
  const onlyA = base.filter((q) => !kb.has(key(q))), onlyB = branch.filter((q) => !ka.has(key(q)));
  if (!onlyA.length && !onlyB.length) return false;
  console.log(`=== ${page}`);
  for (const q of onlyA) console.log(`  - ${q.start}-${q.end} ${JSON.stringify(q.speaker)} | ${text.slice(Math.max(0, q.start - 160), q.start).replace(/\n/g, ' ¶ ')}⟦${text.slice(q.start, q.end).slice(0, 100)}⟧${text.slice(q.end, q.end + 120).replace(/\n/g, ' ¶ ')}`);
  for (const q of onlyB) console.log(`  + ${q.start}-${q.end} ${JSON.stringify(q.speaker)}`);
  return true;
}
