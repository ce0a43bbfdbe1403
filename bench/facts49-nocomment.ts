/**
 * facts49: units that say an outlet asked for comment and got none ("did not immediately respond to a request for
 * comment", "declined to comment", "could not be reached"), over the nine DEV sets (with their label: fact / non-fact)
 * and the zyte pages, to read by eye.   npx tsx bench/facts49-nocomment.ts
 */
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { DEV_SETS, loadSet } from './facts-causes.ts';
import { labelsOf } from './reading-inputs.ts';
const RE = /\b(?:comment|respond|responded|reply|replied|return(?:ed)?|reached)\b/i;
for (const name of [...DEV_SETS, 'zyte']) {
  const arts = name === 'zyte' ? loadZyte() : await loadSet(name);
  if (!arts) continue;
  const r = name === 'zyte' ? null : labelsOf(name, arts).res;
  for (const a of arts) for (const u of a.units) {
    if (!RE.test(u.text)) continue;
    const lab = r ? (r.isNonfact(a.id, u.i) ? 'NONFACT' : [...r.factsOf(a.id, u.i)].join(',') || 'fact?') : '';
    console.log(`${name}\t${lab}\t${u.text.replace(/\s+/g, ' ').slice(0, 200)}`);
  }
}
