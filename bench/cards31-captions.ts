/**
 * cards31: where the report's photo-caption rule (lib/engine/features.ts `isPhotoCaption`, per form:
 * `photoCaptionForm`; audit30's credit / file photo / date, cards31's label and "on date") fires on the dev sources,
 * per source: the nine dev fact sets, the zyte pages, Multi-News's dev half (every dev story's sources), GVC's dev
 * split and ECB+'s audit-dev topics (odd). furn43: also its page-furniture forms (`pageFurnitureForm`: plug, credits box). Counts per source, and with --print the units themselves (the research-use
 * sources' text: print to /tmp only, never commit). Units counted: the fact units of English articles (`featuresOf`),
 * i.e. those the rule can take out of the report.
 *
 *   npx tsx bench/cards31-captions.ts             # counts
 *   npx tsx bench/cards31-captions.ts --print     # and the units cards31's forms take (to /tmp); --print=all: every form
 *   npx tsx bench/cards31-captions.ts --probe     # also a broad net: fact units ending in a full date or opening
 *                                                  # with an image word or a picture credit, not taken by the rule
 */
import { existsSync } from 'node:fs';
import { featuresOf, pageFurnitureForm, photoCaptionForm } from '../lib/engine/features.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { gvcArticles, gvcItems, gvcSplitOf } from './data/gvc.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { ecbEvents } from './audit14-data.ts';
import { MN_PER_STORY } from './conflicts-data.ts';
import { isDev } from './audit30-cards.ts';
import type { Article } from '../lib/types.ts';

const argv = process.argv.slice(2);
const printAll = argv.includes('--print=all');
const print = printAll || argv.includes('--print');
const probe = argv.includes('--probe');

const BROAD_DATE = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2},? \d{4}\W{0,3}(?:\([^()]*\)\s*)*$/;
const BROAD_OPEN = /^(?:Image|Photo|Picture|Caption|Credit|Getty|AP Photo|Reuters|AFP|EPA|Shutterstock|Courtesy)\b/i;

function report(name: string, arts: Article[]) {
  let units = 0;
  const by = new Map<string, number>();
  const lines: string[] = [];
  for (const a of arts) {
    if (a.language !== 'en') continue;
    for (const f of featuresOf(a)) {
      if (!f.fact) continue;
      units++;
      const t = f.unit.text;
      const form = photoCaptionForm(t) ?? pageFurnitureForm(t);
      if (form) by.set(form, (by.get(form) ?? 0) + 1);
      if (form && (printAll || (print && (form === 'label' || form === 'on date')))) lines.push(`  + [${form}] ${a.id}#${f.unit.p}.${f.unit.i}: ${t}`);
      else if (probe && !form && (BROAD_DATE.test(t.trim()) || BROAD_OPEN.test(t.trim()))) lines.push(`  ? ${a.id}#${f.unit.p}.${f.unit.i}: ${t}`);
    }
  }
  const forms = ['credit', 'file photo', 'date', 'label', 'on date', 'date open', 'credit inside', 'shown in photo', 'place date', 'link', 'plug', 'credits box'].map((k) => `${k} ${by.get(k) ?? 0}`).join(', ');
  console.log(`${name}: ${arts.length} articles, ${units} fact units; captions by form: ${forms}`);
  for (const l of lines) console.log(l);
}

for (const s of ['seeds', 'harbor', 'doobie', 'plague', 'meth', 'distractors', 'page'] as const) report(s, await loadSet(s));
for (const s of ['dnc', 'ukvisit', 'pompeo', 'caravan']) report(s, loadNewsWclSet(s) ?? []);
report('zyte pages', loadZyte());
const mn = multiNewsStories();
if (mn) report('multinews dev half', mn.filter((s) => isDev(s.id)).flatMap((s) => multiNewsArticles(s, MN_PER_STORY)));
const gvc = gvcItems();
if (gvc) report('gvc dev split', gvcArticles(gvc.filter((it) => gvcSplitOf(it.incident) === 'dev')).map((d) => d.article));
if (existsSync(ECB_GIT)) report('ecb+ audit-dev topics (odd)', [...ecbEvents()].filter(([ev]) => parseInt(ev, 10) % 2 === 1).flatMap(([, l]) => l));
