/**
 * audit66: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit62's
 * harness (`bench/audit62-shots.ts` runShots: the built extension, the other outlets imported through the options page,
 * each event's SECOND article in file order served on 127.0.0.1 as the page, panel shots at 420 px, a "Trace quote").
 *
 *   npm run build && npx tsx bench/audit66-shots.ts [--out /tmp/audit66] [--only chelsea,caravan,putin]
 *
 * Events (dev only, never a held set): chelsea (sport / Europe, WikinewsSum dev event 112954ae: BBC, uefa.com, The
 * Guardian, The Telegraph on the Champions League last-16 draw pairing Chelsea with Barcelona, Dec 2004), caravan
 * (migration / world, NewsWCL50 dev event 6: the migrant caravan reaches the U.S. border at Tijuana, April 2018) and
 * basil-putin (US politics, BASIL dev: HuffPost, The New York Times, Fox News on Democrats urging Trump to cancel the
 * Putin summit, July 2018). None of the texts is redistributable: every shot stays in --out.
 */
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { optionValue } from './args.ts';
import { runShots, type Event } from './audit62-shots.ts';
import { wnsEvents } from './cards59-wns.ts';

function events(): Event[] {
  const out: Event[] = [];
  const chelsea = wnsEvents().find((e) => e.half === 'dev' && e.event === '112954ae');
  if (chelsea) out.push({ name: 'chelsea', articles: chelsea.own });
  else console.log('skipped chelsea: the WikinewsSum mirror is not on this machine');
  for (const [name, load] of [
    ['caravan', () => loadNewsWclSet('caravan')],
    ['putin', () => loadBasilSet('basil-putin')],
  ] as const) {
    const articles = load();
    if (articles) out.push({ name, articles });
    else console.log(`skipped ${name}: its texts are not on this machine`);
  }
  return out;
}

void runShots(events(), optionValue('--out', process.argv.slice(2)) ?? '/tmp/audit66');
