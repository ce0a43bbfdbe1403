/**
 * audit67: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit62's
 * harness (`bench/audit62-shots.ts` runShots: the built extension, the other outlets imported through the options page,
 * each event's SECOND article in file order served on 127.0.0.1 as the page, panel shots at 420 px, a "Trace quote").
 *
 *   npm run build && npx tsx bench/audit67-shots.ts [--out /tmp/audit67] [--only dnc,buzzfeed,berclair]
 *
 * Events (dev only, never a held set; rule in docs/notes/audit67.md §1): dnc (NewsWCL50 dev event 3: the DNC sues
 * Russia, the Trump campaign and WikiLeaks, Apr 2018), buzzfeed (BASIL dev basil-buzzfeed: Mueller's office disputes
 * BuzzFeed's Cohen report, Jan 2019) and berclair (GVC dev, the first reading after the card sheets' 15: a shooting in
 * Memphis, three local outlets). None of the texts is redistributable: every shot stays in --out.
 */
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { optionValue } from './args.ts';
import { gvcReadings } from './audit29-cards.ts';
import { runShots, type Event } from './audit62-shots.ts';

/** The three events, each event's articles in file order (the second is the page). */
export function audit67Events(): Event[] {
  const out: Event[] = [];
  for (const [name, load] of [
    ['dnc', () => loadNewsWclSet('dnc')],
    ['buzzfeed', () => loadBasilSet('basil-buzzfeed')],
    ['berclair', () => gvcReadings(16)[15]?.own ?? null],
  ] as const) {
    const articles = load();
    if (articles) out.push({ name, articles });
    else console.log(`skipped ${name}: its texts are not on this machine`);
  }
  return out;
}

if (process.argv[1]?.endsWith('audit67-shots.ts')) void runShots(audit67Events(), optionValue('--out', process.argv.slice(2)) ?? '/tmp/audit67');
