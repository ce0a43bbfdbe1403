/**
 * facts13: where `groupSubject` (lib/engine/features.ts: a main-clause subject that is a list joined by
 * "and" before its verb, "White House officials and a number of other defendants did not…") fires.
 * Lists every English fact unit it fires on, on the nine DEV sets (their raw units) and on real pages
 * (the zyte pages when ZYTE_HTML_DIR or ../shared holds them, the distractors, the page set), with counts.
 *   npx tsx bench/facts-group.ts [--quiet]
 * Held-out sets are never read.
 */
import { groupSubject, isFactUnit } from '../lib/engine/features.ts';
import { loadSet as loadFixture, loadZyte } from '../tests/data/engine/fixtures.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';
import type { Article } from '../lib/types.ts';

const quiet = process.argv.includes('--quiet');
function fires(name: string, arts: Article[]): void {
  let n = 0;
  let f = 0;
  for (const a of arts) {
    if (a.language && a.language !== 'en') continue;
    for (const u of a.units) {
      if (!isFactUnit(u)) continue;
      n++;
      if (!groupSubject(u.text)) continue;
      f++;
      if (!quiet) console.log(`  ${name}  ${u.text.replace(/\s+/g, ' ').slice(0, 150)}`);
    }
  }
  console.log(`${name}: ${f} of ${n} English fact units have a list subject`);
}
for (const s of DEV_SETS) fires(s, (await loadSet(s)) ?? []);
fires('pages', [...loadZyte(), ...(await loadFixture('distractors')), ...(await loadFixture('page'))]);
