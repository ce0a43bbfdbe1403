/**
 * audit65: the report read as a reader reads it, in Chromium, on three more dev events neither audit62 nor audit64 read —
 * audit62's harness (`bench/audit62-shots.ts` runShots: the built extension, the other outlets imported through the options
 * page, each event's SECOND article in file order served on 127.0.0.1 as the page, panel shots at 420 px, a "Trace quote").
 *
 *   npm run build && npx tsx bench/audit65-shots.ts [--out /tmp/audit65] [--only pinochet,bandaid,lieberman]
 *
 * Events (dev only, never a held set): pinochet (world, WikinewsSum dev event 1d2e3584: Voice of America, The Washington
 * Times, BBC on Chile's courts confining Pinochet to house arrest, Jan 2005), bandaid (music / UK, WikinewsSum dev event
 * 5a95b740: BBC, rte.ie, breakingnews.iol.ie, news.scotsman.com, itv.com, Sky News on the Band Aid 20 video's TV debut,
 * Nov 2004 — six outlets, so counts up to "in 5 of 5") and basil-lieberman (US politics, BASIL dev: HuffPost, The New York
 * Times, Fox News on Trump naming Joe Lieberman his top choice for FBI director, May 2017). None of the texts is
 * redistributable: every shot stays in --out.
 */
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { optionValue } from './args.ts';
import { runShots, type Event } from './audit62-shots.ts';
import { wnsEvents } from './cards59-wns.ts';

/** The two WikinewsSum dev events by their id (cards59's `event`: FNV-1a of the Wikinews title). */
const WNS = { pinochet: '1d2e3584', bandaid: '5a95b740' };

function events(): Event[] {
  const wns = wnsEvents().filter((e) => e.half === 'dev');
  const out: Event[] = [];
  for (const [name, id] of Object.entries(WNS)) {
    const e = wns.find((x) => x.event === id);
    if (e) out.push({ name, articles: e.own });
    else console.log(`skipped ${name}: the WikinewsSum mirror is not on this machine`);
  }
  const lieberman = loadBasilSet('basil-lieberman');
  if (lieberman) out.push({ name: 'lieberman', articles: lieberman });
  else console.log('skipped lieberman: its texts are not on this machine');
  return out;
}

void runShots(events(), optionValue('--out', process.argv.slice(2)) ?? '/tmp/audit65');
