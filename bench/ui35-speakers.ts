/**
 * How often a trace's sources disagree on who said the traced words (ui35): for every quote of every article of
 * the **dev** multi-outlet stories — the NewsWCL50 dev events (dnc, ukvisit, pompeo, caravan: all five outlets) and
 * the Multi-News dev half (last hex digit of the id even; up to 6 sources a story) — `traceQuote(quote, index,
 * { from })` as the panel's "Trace quote" button calls it, over one index of those articles, and counts the traces
 * whose "Said by" line now says another source's speaker too (`namedOtherwise`). Texts are read at run time from
 * the mirrors; only counts are printed.
 *
 *   nice npx tsx bench/ui35-speakers.ts [--list]     (--list: article id, quote position, the names — no text)
 */
import { MemoryIndex } from '../lib/engine/index.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';
import { groupBySource, namedOtherwise, traceQuote } from '../lib/quotes/trace.ts';
import type { Article } from '../lib/types.ts';
import { loadNewsWcl } from './data/newswcl.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { NEWSWCL_SETS } from '../tests/data/engine/newswcl.ts';

const LIST = process.argv.includes('--list');
const DEV_EVENTS = new Set(['dnc', 'ukvisit', 'pompeo', 'caravan'].map((k) => NEWSWCL_SETS[k]!.event));
const wcl = loadNewsWcl();
const mn = multiNewsStories();
if (!wcl || !mn) {
  console.log('skipped: the NewsWCL50 or Multi-News mirror is absent');
  process.exit(0);
}
const articles: Article[] = [
  ...wcl.filter((d) => DEV_EVENTS.has(d.event)).map((d) => d.article),
  ...mn.filter((s) => parseInt(s.id.slice(-1), 16) % 2 === 0).flatMap((s) => multiNewsArticles(s, 6)),
].map((a) => ({ ...a, quotes: a.quotes?.length ? a.quotes : extractQuotes(a) }));
const index = new MemoryIndex(articles);

let traces = 0;
let withSpeaker = 0;
let withOthers = 0;
let disagree = 0;
for (const from of articles) {
  for (const q of from.quotes ?? []) {
    if (q.kind === 'reported') continue;
    // A quote of one word cannot be traced (traceQuote refuses it, as the panel says): not counted.
    const t = await traceQuote(q.text, index, { from }).catch(() => null);
    if (!t) continue;
    traces++;
    if (!t.speaker) continue;
    withSpeaker++;
    const groups = groupBySource(t.occurrences);
    if (groups.length) withOthers++;
    const other = namedOtherwise(groups, t.speaker);
    if (other.length) {
      disagree++;
      if (LIST) console.log(`${from.id}\t${q.start}\t${t.speaker}\t${other.map((o) => `${o.outlet}: ${o.speaker}`).join('; ')}`);
    }
  }
}
console.log(`articles ${articles.length}; direct quotes traced ${traces}; with a speaker ${withSpeaker}; found elsewhere too ${withOthers}; a source names someone else ${disagree}`);
