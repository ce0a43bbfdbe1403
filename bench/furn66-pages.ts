/**
 * furn66: audit65's two WikinewsSum dev pages read by the engine as audit65 read them in Chromium (each event's
 * second source the page; the corpus its other sources plus the seeds and the zyte pages, as cards59's protocol):
 * the top-5 Added and Left-out cards, each with its rank and whether its line is unfinished (rank.ts
 * `unfinishedLine`). Texts print to the terminal only. Run under bench/furn66-run.ts to switch the rules.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/furn66-run.ts --unfinished=off --group=off --then=bench/furn66-pages.ts
 */
import { readings, wnsEvents } from './cards59-wns.ts';
import { unfinishedLine } from '../lib/engine/rank.ts';

const AUDIT65 = { '1d2e3584': 'pinochet', '5a95b740': 'bandaid' } as Record<string, string>;
// cards59's protocol with the second source first: it is the page.
const events = wnsEvents()
  .filter((e) => e.half === 'dev' && AUDIT65[e.event])
  .map((e) => ({ ...e, own: [e.own[1]!, e.own[0]!, ...e.own.slice(2)] }));
for await (const { ev, r } of readings(events)) {
  console.log(`${AUDIT65[ev.event]} (${ev.event}), page ${r.article.outlet}`);
  const line = (s: string, rank: number | undefined, text: string, extra: string) => console.log(`  ${s}:${rank} ${unfinishedLine(text) ? 'UNFINISHED ' : ''}${extra}${text.replace(/\s+/g, ' ').slice(0, 120)}`);
  for (const a of r.added.slice(0, 5)) line('A', a.rank, a.text, a.why ? `[${a.why}] ` : '');
  for (const l of r.leftOut.slice(0, 5)) line('L', l.rank, l.text, `[${l.outlets} of ${l.total}] `);
}
