/**
 * rank66: audit66's two cards ranked first by a grouped sentence (chelsea A:1, caravan A:1) — each event's second
 * article the page, as audit66 read them (bench/audit66-shots.ts), through cards59's `readings` protocol: the top-5
 * Added cards with rank, reason and each source's fact index (k) — the shown one first. Texts to the terminal only.
 * Run under bench/rank66-run.ts to switch `RANK_RULES.shown`.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/rank66-run.ts --shown=off --then=bench/rank66-pages.ts
 */
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { factIndexes } from '../lib/engine/rank.ts';
import { readings, wnsEvents, type WnsEvent } from './cards59-wns.ts';

const chelsea = wnsEvents().find((e) => e.half === 'dev' && e.event === '112954ae');
const caravan = loadNewsWclSet('caravan');
const events: WnsEvent[] = [
  ...(chelsea ? [{ ...chelsea, event: 'chelsea' }] : []),
  ...(caravan ? [{ event: 'caravan', half: 'dev', own: caravan }] : []),
].map((e) => ({ ...e, own: [e.own[1]!, e.own[0]!, ...e.own.slice(2)] }));
for await (const { ev, r } of readings(events)) {
  console.log(`${ev.event}, page ${r.article.outlet}`);
  const k = new Map(r.related.map((x) => [x.id, factIndexes(x.units)]));
  for (const a of r.added.slice(0, 5))
    console.log(`  A:${a.rank} k=${a.sources.map((s) => k.get(s.id)?.get(s.i) ?? '-').join(',')} ${a.why ? `[${a.why}] ` : ''}${a.text.replace(/\s+/g, ' ').slice(0, 110)}`);
}
