/**
 * audit71: the figures the scan reads as a count although written as four bare digits 1000–2100 (`yearShaped`), over the
 * dev texts — GVC dev (positions ≤ 790), Multi-News dev, the 8 BASIL dev sets, the 4 NewsWCL50 dev sets and the repo's dev
 * sets (seeds, harbor, doobie, plague, meth). Each printed with its kind, head and the words around it, and counted: the
 * figures a year rule would change ("2020 Democrats", "from 2011 through 2015"; docs/notes/audit70.md §7, audit71.md §5).
 *
 *   npx tsx bench/audit71-years.ts [--show]
 *
 * Texts not redistributable: print to the terminal only.
 */
import { quantities, yearShaped } from '../lib/nlp/quantities';
import { loadSet } from '../tests/data/engine/fixtures';
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import type { Article } from '../lib/types';

const show = process.argv.includes('--show');
const articles = new Map<string, Article>();
const add = (xs: readonly Article[] | null | undefined) => xs?.forEach((a) => articles.set(a.id, a));
for (const r of gvcReadings(10_000)) add(r.own);
for (const r of mnReadings(10_000, 'dev')) add(r.own);
for (const s of ['hunter', 'buzzfeed', 'putin', 'wikileaks', 'muellerreport', 'lieberman', 'hr1', 'schiff']) add(loadBasilSet(`basil-${s}`));
for (const s of ['pompeo', 'dnc', 'ukvisit', 'caravan']) add(loadNewsWclSet(s));
for (const s of ['seeds', 'harbor', 'doobie', 'plague', 'meth'] as const) add(await loadSet(s));

let lines = 0;
let shaped = 0;
const asCount: string[] = [];
for (const a of articles.values()) {
  for (const line of `${a.title ?? ''}\n${a.text}`.split('\n')) {
    if (!line.trim()) continue;
    lines++;
    for (const q of quantities(line)) {
      if (!yearShaped(line.slice(q.start, q.end).trim(), q.value) || q.max !== q.value) continue;
      shaped++;
      const kind = q.compareAs?.kind ?? q.kind;
      if (kind === 'year') continue;
      asCount.push(`${kind}${q.compareAs ? ` (ranked as ${q.kind})` : ''}\t${q.head ?? '-'}\t…${line.slice(Math.max(0, q.start - 40), q.start)}[${line.slice(q.start, q.end)}]${line.slice(q.end, q.end + 40)}…`);
    }
  }
}
console.log(`${articles.size} articles, ${lines} lines: ${shaped} four-bare-digit figures 1000–2100, ${asCount.length} read as no year`);
if (show) for (const l of asCount.sort()) console.log(l);
