/**
 * The blind judging sheet of a labelling round (docs/notes/conf5.md): every candidate disagreement of
 * the round's groups (bench/conflicts-data.ts `candidates`) that has no label yet, one row per unit pair
 * and kind, showing both units and the differing figures or quotations — and NOT why the pair is a
 * candidate (the engine's answer stays off the sheet). The rows with their `via` go to a second file the
 * judge does not open; `bench/conflicts-merge.ts` joins the verdicts to them.
 *   npx tsx bench/conflicts-sheet.ts --round=3 SHEET.txt ROWS.json
 *   npx tsx bench/conflicts-sheet.ts --round=1 --wide SHEET.txt ROWS.json   (round 5 of the labels: older groups, wider candidates)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { candidates, loadGroups, pairKey, readGroup, type Candidate } from './conflicts-data.ts';

const round = Number(/--round=(\d+)/.exec(process.argv.join(' '))?.[1] ?? 3);
/** --wide: offer the shared-word pairs (round 3's generator) on the groups of an older round too. */
const wide = process.argv.includes('--wide');
const [sheetPath, rowsPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!sheetPath || !rowsPath) throw new Error('usage: conflicts-sheet.ts --round=3 SHEET.txt ROWS.json');
const labels = (JSON.parse(readFileSync(new URL('./data/conflicts-labels.json', import.meta.url), 'utf8')) as { labels: Array<{ group: string; kind: string; a: { id: string; i: number }; b: { id: string; i: number } }> }).labels;
const done = new Set(labels.map((l) => `${l.group} ${l.kind} ${pairKey(l.a as never, l.b as never)}`));

const rows: Array<Candidate & { n: number; figures: Array<[string, number, string, number]> }> = [];
const sheet: string[] = [];
for (const g of (await loadGroups()).filter((x) => x.round === round)) {
  const byId = new Map(g.articles.map((a) => [a.id, a]));
  const readings = await readGroup(g);
  const rowsOf = new Map<string, (typeof rows)[number]>();
  for (const c of candidates(g, readings, wide || undefined)) {
    const k = `${g.name} ${c.kind} ${pairKey(c.a, c.b)}`;
    if (done.has(k)) continue;
    let r = rowsOf.get(k);
    if (!r) rowsOf.set(k, (r = { ...c, n: 0, figures: [] }));
    if (!r.figures.some((f) => f[0] === c.x && f[2] === c.y)) r.figures.push([c.x, c.xAt, c.y, c.yAt]);
  }
  for (const r of rowsOf.values()) {
    r.n = rows.length + 1;
    rows.push(r);
    const ta = byId.get(r.a.id)!.units[r.a.i]!.text;
    const tb = byId.get(r.b.id)!.units[r.b.i]!.text;
    const figs = r.figures.map((f) => (f[1] < 0 ? '(see texts)' : `${f[0]} ≠ ${f[2]}`)).join(' | ');
    sheet.push(`#${r.n} ${g.name} ${r.kind}: ${figs}\n  A ${r.a.id}: ${ta}\n  B ${r.b.id}: ${tb}\n`);
  }
}
writeFileSync(sheetPath, sheet.join('\n'));
writeFileSync(rowsPath, JSON.stringify(rows));
console.log(`${rows.length} rows → ${sheetPath}`);
