/**
 * furn42: where furn42's caption forms (lib/engine/features.ts `photoCaptionForm` 'credit inside', 'shown in photo',
 * 'place date', 'link'; docs/notes/furn42.md) fall, checked on data they were not written from:
 *   - the nine facts dev sets' labels: every unit the story stage takes for a fact (`isFactUnit`) that a form marks, by
 *     gold label (fact / non-fact / unlabelled) — a form that marks a labelled fact is wrong;
 *   - Multi-News and GVC dev (bench/furn31-repeats.ts `furnitureUnits`): the story-stage fact units a form marks;
 *   - ECB+ dev (audit14's readings of ui14's events): the fact units of the events' own articles a form marks (news
 *     lines: nearly every one is a fact).
 * --show prints the marked units (text: research-use sources, to a terminal only).
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/furn42-furniture.ts [--show]
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { isFactUnit, photoCaptionForm } from '../lib/engine/features.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { loadNewsWclSet, newsWclMissing } from '../tests/data/engine/newswcl.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import { furnitureUnits } from './furn31-repeats.ts';
import type { Article } from '../lib/types.ts';

const FORMS = new Set(['credit inside', 'shown in photo', 'place date', 'link']);
const show = process.argv.includes('--show');
const form = (t: string) => {
  const f = photoCaptionForm(t);
  return f && FORMS.has(f) ? f : null;
};
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);

const FACTS = ['seeds', 'harbor', 'doobie', 'plague', 'dnc', 'ukvisit', 'meth', 'pompeo', 'caravan'];
const DIRS: Record<string, string> = { seeds: 'seeds', harbor: 'tests/data/engine/harbor', doobie: 'tests/data/engine/doobie', plague: 'tests/data/engine/plague', meth: 'tests/data/engine/meth' };
for (const set of FACTS) {
  const articles: Article[] | null = DIRS[set] ? (await loadCorpusDir(DIRS[set]!)).articles : loadNewsWclSet(set);
  if (!articles) {
    console.log(`${set}: skipped: ${newsWclMissing() ?? 'texts not found'}`);
    continue;
  }
  const res = new Resolved(JSON.parse(readFileSync(`tests/data/engine/${set}-labels.json`, 'utf8')) as Labels, articles);
  for (const a of articles)
    for (const u of a.units) {
      if (!isFactUnit(u, true)) continue;
      const gold = res.facts.get(a.id)?.get(u.i)?.size ? 'fact' : res.nonfact.get(a.id)?.has(u.i) ? 'nonfact' : 'unlabelled';
      bump(`facts all ${gold}`);
      const f = form(u.text);
      if (!f) continue;
      bump(`facts ${f} ${gold}`);
      if (show) console.log(`facts ${set} ${a.id}#${u.i} ${gold} ${f}: ${u.text.slice(0, 200)}`);
    }
}
console.log('facts dev sets, story-stage fact units by gold label (fact / non-fact / unlabelled):');
for (const f of ['all', ...FORMS]) console.log(`  ${f.padEnd(15)} ${['fact', 'nonfact', 'unlabelled'].map((g) => count.get(`facts ${f} ${g}`) ?? 0).join(' / ')}`);

for await (const { set, units } of furnitureUnits(['mn', 'gvc'])) {
  const hit = new Map<string, number>();
  let facts = 0;
  for (const u of units) {
    if (!u.story) continue;
    facts++;
    const f = form(u.text);
    if (!f) continue;
    hit.set(f, (hit.get(f) ?? 0) + 1);
    if (show) console.log(`${set} ${u.id}#${u.i} ${f}: ${u.text.slice(0, 200)}`);
  }
  console.log(`${set} dev: ${facts} story-stage fact units; marked: ${[...hit].map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
}

if (!existsSync(ECB_GIT)) console.log(`ECB+ skipped: mirror absent (${ECB_GIT})`);
else {
  const events = [...new Set(readFileSync('bench/data/ui14-closest-dev.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(':')[0]!))];
  const byStory = ecbEvents();
  const seeds = await loadSet('seeds');
  let units = 0;
  const hit = new Map<string, number>();
  for (const ev of events) {
    const reading = auditReading(byStory, ev, seeds);
    if (!reading) continue;
    for (const a of reading.own)
      for (const u of a.units) {
        if (!isFactUnit(u, true)) continue;
        units++;
        const f = form(u.text);
        if (!f) continue;
        hit.set(f, (hit.get(f) ?? 0) + 1);
        if (show) console.log(`ecb ${a.id}#${u.i} ${f}: ${u.text.slice(0, 200)}`);
      }
  }
  console.log(`ECB+ dev, ${events.length} events: ${units} fact units of their own articles; marked: ${[...hit].map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
}
