/**
 * audit68: the report read as a reader reads it, in Chromium, on three more dev events no audit read — audit62's
 * harness (`bench/audit62-shots.ts` runShots: the built extension, the other outlets imported through the options page,
 * each event's SECOND article in file order served on 127.0.0.1 as the page, panel shots at 420 px, a "Trace quote").
 *
 *   npm run build && npx tsx bench/audit68-shots.ts [--out /tmp/audit68] [--only ukvisit,wikileaks,gvc17]
 *
 * Events (dev only, never a held set; rule in docs/notes/audit68.md §1): ukvisit (NewsWCL50 dev), wikileaks (BASIL dev
 * basil-wikileaks) and gvc17 (GVC dev, the first reading after the 16 read so far). None of the texts is
 * redistributable: every shot stays in --out.
 */
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { optionValue } from './args.ts';
import { gvcReadings } from './audit29-cards.ts';
import { runShots, type Event } from './audit62-shots.ts';
import type { Article } from '../lib/types';

/** The three events' loaders, each giving the event's articles in file order (the second is the page). */
const LOADERS: Record<string, () => Article[] | null> = {
  ukvisit: () => loadNewsWclSet('ukvisit'),
  wikileaks: () => loadBasilSet('basil-wikileaks'),
  gvc17: () => gvcReadings(17)[16]?.own ?? null,
};

export function audit68Events(): Event[] {
  return Object.entries(LOADERS).flatMap(([name, load]) => {
    const articles = load();
    if (!articles) console.log(`skipped ${name}: its texts are not on this machine`);
    return articles ? [{ name, articles }] : [];
  });
}

if (process.argv[1]?.endsWith('audit68-shots.ts')) void runShots(audit68Events(), optionValue('--out', process.argv.slice(2)) ?? '/tmp/audit68');
