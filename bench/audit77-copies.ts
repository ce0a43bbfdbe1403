/**
 * audit77: page facts no panel section shows. A fact told elsewhere only by near-copies of the page is kept out of
 * Shared (lib/sidebar/view.ts `sharedElsewhere`: a copy is not another outlet's report), and the view's comment says
 * it "stays a Left-out card" — but the report leaves a fact out only when some related article lacks it, so when
 * every related article telling it is a near-copy and none lacks it, it is in neither section (audit77's mn83: an
 * Instagram post quoted whole by the one related article, "Shared 0: No fact of this article appears elsewhere" under
 * "Left out 0: the other outlets report every fact of this article"). Counted on the card sheets' readings (cards63's
 * 119, their own corpora) and this audit's three panel readings.
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html npx tsx bench/audit77-copies.ts [--list]
 *
 * Prints counts only (with --list: reading, unit numbers and the first words, to stdout; the texts are not
 * redistributable, nothing is written).
 */
import { sharedElsewhere } from '../lib/sidebar/view.ts';
import { panelReadings } from './audit70-shots.ts';
import { LOADERS } from './audit77-shots.ts';
import { events } from './cards63-cards.ts';
import { readings, type WnsEvent } from './cards59-wns.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';

const list = process.argv.includes('--list');
const panel = panelReadings(
  Object.entries(LOADERS).flatMap(([name, load]) => {
    const articles = load();
    return articles ? [{ name, articles }] : [];
  }),
  'a77',
);

interface Tally { readings: number; withCopy: number; allCopies: number; hiddenReadings: number; hiddenFacts: number; pageFacts: number }
const tally = (): Tally => ({ readings: 0, withCopy: 0, allCopies: 0, hiddenReadings: 0, hiddenFacts: 0, pageFacts: 0 });
const by = new Map<string, Tally>();
function count(ev: WnsEvent, r: Awaited<ReturnType<typeof compareArticle>>): void {
  const t = by.get(ev.half) ?? tally();
  by.set(ev.half, t);
  t.readings++;
  const copies = r.related.filter((x) => x.relation === 'near-copy');
  if (copies.length) t.withCopy++;
  if (r.related.length && copies.length === r.related.length) t.allCopies++;
  const shown = new Set([...sharedElsewhere(r).map((f) => f.i), ...r.leftOut.map((f) => f.i)]);
  const hidden = r.shared.filter((f) => !shown.has(f.i));
  t.pageFacts += r.shared.length + r.leftOut.filter((f) => !r.shared.some((s) => s.i === f.i)).length;
  if (hidden.length) {
    t.hiddenReadings++;
    t.hiddenFacts += hidden.length;
    if (list) console.log(`${ev.half} ${ev.event}: ${hidden.length} of ${r.shared.length} shared facts in no section (related: ${r.related.map((x) => x.relation).join(', ')}) — ${hidden.map((f) => `#${f.i} ${f.text.slice(0, 40)}…`).join(' | ')}`);
  }
}
// The panel audit's readings: their own corpus, no zyte page (as its dump reads them).
for (const ev of panel) count(ev, await compareArticle(ev.own[0]!, new MemoryIndex(ev.own.slice(1))));
for await (const { ev, r } of readings(events())) count(ev, r);

console.log('half\treadings\twith a near-copy\tevery related a near-copy\treadings with facts in no section\tsuch facts\tpage facts in a section or hidden');
for (const [half, t] of by) console.log([half, t.readings, t.withCopy, t.allCopies, t.hiddenReadings, t.hiddenFacts, t.pageFacts].join('\t'));
