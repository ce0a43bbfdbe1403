/**
 * audit64: the report read as a reader reads it, in Chromium, on three dev events audit62 did not read — audit62's
 * harness (`bench/audit62-shots.ts` runShots: the built extension, the other outlets imported through the options page,
 * each event's SECOND article in file order served on 127.0.0.1 as the page, panel shots at 420 px, a "Trace quote").
 *
 *   npm run build && npx tsx bench/audit64-shots.ts [--out /tmp/audit64] [--only plague,doobie]
 *
 * Events (dev only, never a held set): plague (world / health: New York Post, The Sun, Express, Smithsonian on the
 * November 2019 plague cases in China; Zyte benchmark bodies, MIT), doobie (music: cleveland.com, Billboard, Rolling
 * Stone on the Doobie Brothers' 2020 tour; Zyte, MIT) and basil-hr1 (US politics, BASIL dev: HuffPost, The New York
 * Times, Fox News on the House passing H.R. 1; texts not redistributable, its shots stay in --out).
 */
import { loadSet } from '../tests/data/engine/fixtures';
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { optionValue } from './args.ts';
import { runShots, type Event } from './audit62-shots.ts';

async function events(): Promise<Event[]> {
  const out: Event[] = [{ name: 'plague', articles: await loadSet('plague') }, { name: 'doobie', articles: await loadSet('doobie') }];
  const hr1 = loadBasilSet('basil-hr1');
  if (hr1) out.push({ name: 'hr1', articles: hr1 });
  else console.log('skipped hr1: its texts are not on this machine');
  return out;
}

void events().then((evs) => runShots(evs, optionValue('--out', process.argv.slice(2)) ?? '/tmp/audit64'));
