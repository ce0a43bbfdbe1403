/**
 * facts50: every unit whose main actor the group-subject rule drops (lib/engine/align.ts `groupSubject`: "WikiLeaks, and
 * attorneys for Trump Jr. … also did not respond" is a group, not WikiLeaks), over the nine DEV sets and (with
 * ZYTE_HTML_DIR, --zyte) the zyte pages, to read by eye whether the subject is really a name joined to an unnamed party.
 * The actor is the one `mainActors` reads from the text (the report's pronoun resolution is not run here).
 *   npx tsx bench/facts50-group.ts [--zyte]
 */
import { groupSubject } from '../lib/engine/align.ts';
import { mainActors } from '../lib/nlp/actors.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article } from '../lib/types.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';

const groups: Array<[string, Article[]]> = [];
for (const name of DEV_SETS) {
  const arts = await loadSet(name);
  if (arts) groups.push([name, arts]);
}
if (process.argv.includes('--zyte')) {
  if (process.env.ZYTE_HTML_DIR) groups.push(['zyte', loadZyte()]);
  else console.log('zyte: ZYTE_HTML_DIR not set, skipped');
}
for (const [name, arts] of groups) {
  let n = 0;
  let units = 0;
  for (const a of arts) {
    const acts = mainActors(a.units.map((u) => u.text));
    a.units.forEach((u, k) => {
      units++;
      const act = acts[k];
      if (!act || !groupSubject(u.text)) return;
      n++;
      console.log(`${name}\t[${[...act].join(' ')}]\t${u.text.slice(0, 140).replace(/\s+/g, ' ')}`);
    });
  }
  console.log(`${name}: ${n} of ${units} units lose their actor`);
}
