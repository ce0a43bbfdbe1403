/**
 * furn42: where furn42's caption forms (lib/engine/features.ts `photoCaptionForm` 'credit inside', 'shown in photo',
 * 'place date', 'link'; docs/notes/furn42.md) fall on the nine facts dev sets' labels: every unit the story stage takes
 * for a fact (`isFactUnit`) that a form marks, by gold label (fact / non-fact / unlabelled) — a form that marks a
 * labelled fact is wrong. furn43 adds its forms (`pageFurnitureForm` 'plug', 'credits box'; docs/notes/furn43.md). The zyte pages, Multi-News and GVC dev and ECB+'s audit-dev topics: bench/cards31-captions.ts
 * (counts per form; `--print=all` lists the units).
 *
 *   nice npx tsx bench/furn42-furniture.ts [--show]     # --show prints the marked units (to a terminal only)
 */
import { readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { isFactUnit, pageFurnitureForm, photoCaptionForm } from '../lib/engine/features.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { loadNewsWclSet, newsWclMissing } from '../tests/data/engine/newswcl.ts';
import type { Article } from '../lib/types.ts';

const FORMS = new Set(['credit inside', 'shown in photo', 'place date', 'link', 'plug', 'credits box']);
const show = process.argv.includes('--show');
const form = (t: string) => {
  const f = photoCaptionForm(t) ?? pageFurnitureForm(t);
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
