/**
 * audit71: every conflict the engine reports within each dev event (each article read against its event's articles
 * only), for the events where a four-bare-digit figure appears — GVC dev, Multi-News dev, the 8 BASIL dev sets, the 4
 * NewsWCL50 dev sets and the repo's dev sets — one line per conflict, sorted, so two trees' outputs diff conflict by
 * conflict (a change to the scan's year rule: docs/notes/audit71.md §5). Texts not redistributable: /tmp only.
 *
 *   npx tsx bench/audit71-conflicts.ts > /tmp/x.txt      # in each tree, then diff
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { quantities, yearShaped } from '../lib/nlp/quantities';
import { loadSet } from '../tests/data/engine/fixtures';
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import type { Article } from '../lib/types';

const events: Array<[string, Article[]]> = [];
const add = (name: string, xs: readonly Article[] | null | undefined) => xs && events.push([name, [...xs]]);
for (const r of gvcReadings(10_000)) add(`gvc ${r.incident}`, r.own);
for (const r of mnReadings(10_000, 'dev')) add(`mn ${r.story}`, r.own);
for (const s of ['hunter', 'buzzfeed', 'putin', 'wikileaks', 'muellerreport', 'lieberman', 'hr1', 'schiff']) add(s, loadBasilSet(`basil-${s}`));
for (const s of ['pompeo', 'dnc', 'ukvisit', 'caravan']) add(s, loadNewsWclSet(s));
for (const s of ['seeds', 'harbor', 'doobie', 'plague', 'meth'] as const) add(s, await loadSet(s));

const shaped = (a: Article) => `${a.title ?? ''}\n${a.text}`.split('\n').some((l) => quantities(l).some((q) => yearShaped(l.slice(q.start, q.end).trim(), q.value)));
const lines: string[] = [];
let read = 0;
for (const [name, articles] of events) {
  if (!articles.some(shaped)) continue;
  const index = new MemoryIndex(articles);
  for (const a of articles) {
    read++;
    for (const c of (await compareArticle(a, index)).conflicts) lines.push(`${name}\t${a.id}\t${c.about}\n   here  ${c.here.text}\n   there ${c.there.map((t) => `${t.id}: ${t.text}`).join(' / ')}`);
  }
}
console.log(`${events.length} events, ${read} articles read, ${lines.length} conflicts`);
for (const l of lines.sort()) console.log(l);
