/**
 * Labelled BASIL events (Fan et al., EMNLP 2019, "In Plain Sight: Media Bias Through the Lens of Factual Reporting";
 * github:launchnlp/BASIL, second release): three outlets (HuffPost, The New York Times, Fox News) on one US political
 * event of 2016-2019, full articles — the acceptance's kind of story, as the NewsWCL50 sets (newswcl.ts). Only the
 * LABELS are in the repo (tests/data/engine/basil-<name>-labels.json); the texts are read from the mirror
 * (`articles/<year>/<triplet>_<n>.json`: source, title, date, body paragraphs) at run time, and `loadBasilSet`
 * returns null when it is absent (`basilMissing()` says why). Each article is the Markdown a reader would import:
 * title, outlet and BASIL's date in front matter, one paragraph a block (as bench/data/basil.ts reads them).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ingestFile } from '../../../lib/ingest/index';
import type { Article } from '../../../lib/types';
import { THREE_OUTLETS } from './newswcl';

export const BASIL_TEXT_GIT = process.env.BASIL_GIT ?? '/work/.mirror/launchnlp+BASIL/repo';

/** The labelled events: set name → BASIL year and triplet uuid (chosen by title and length only, label53). */
export const BASIL_SETS: Record<string, { year: number; triplet: string; title: string }> = {
  'basil-hunter': { year: 2018, triplet: 'eb17fa36', title: 'Rep. Duncan Hunter and his wife indicted for misusing campaign funds (August 21, 2018)' },
  'basil-buzzfeed': { year: 2019, triplet: 'c9e4d35f', title: "Mueller's office disputes BuzzFeed's report that Trump directed Cohen to lie (January 18-19, 2019)" },
  'basil-wikileaks': { year: 2017, triplet: 'dd1e6e3b', title: 'Donald Trump Jr. messaged with WikiLeaks during the 2016 campaign (November 13, 2017)' },
  'basil-muellerreport': { year: 2019, triplet: 'e71d149d', title: "Democrats demand the full and immediate release of Mueller's report (March 22-25, 2019)" },
  'basil-putin': { year: 2018, triplet: 'c6a0e65c', title: 'Democrats urge Trump to cancel the Putin summit after the indictment of 12 Russian officers (July 13, 2018)' },
  // label53b's events (chosen by title and length only; no row of conflicts round 27: bench/label53b-events.ts).
  'basil-release': { year: 2019, triplet: 'e71d149d', title: 'Democrats demand the full Mueller report be released as the investigation ends (March 22, 2019)' },
  'basil-lieberman': { year: 2017, triplet: '72fa9b13', title: 'Trump says Joe Lieberman is his top choice for FBI director (May 18, 2017)' },
  'basil-donjr': { year: 2017, triplet: 'dd1e6e3b', title: 'Donald Trump Jr. messaged with WikiLeaks during the 2016 campaign (November 13, 2017)' },
  'basil-hr1': { year: 2019, triplet: '2f3e86b6', title: 'The House passes H.R. 1, the Democrats\' election and anti-corruption bill (March 8, 2019)' },
  'basil-schiff': { year: 2019, triplet: 'b7021938', title: 'House Intelligence Republicans demand Adam Schiff step down as chairman after the Mueller report (March 28, 2019)' },
  // label54's HELD-OUT events (bench/eval.ts heldOut: read once per stop at most, never for fitting).
  'basil-schumer': { year: 2018, triplet: '1ed4f378', title: 'Senate Democrats vote to end the shutdown and the left turns on Chuck Schumer (January 22, 2018)' },
  'basil-reopen': { year: 2019, triplet: '1e41e98b', title: 'Trump agrees to reopen the government for three weeks without border wall money (January 25, 2019)' },
  // label54b's second, independent labelling of the same two held events (agreement only, docs/notes/label54b.md).
  'basil-schumer2': { year: 2018, triplet: '1ed4f378', title: 'Senate Democrats vote to end the shutdown and the left turns on Chuck Schumer (January 22, 2018)' },
  'basil-reopen2': { year: 2019, triplet: '1e41e98b', title: 'Trump agrees to reopen the government for three weeks without border wall money (January 25, 2019)' },
};

/** BASIL's source code of each of the three outlets (newswcl.ts `THREE_OUTLETS`: the labels' prefixes). */
const SOURCES = (['hpo', 'nyt', 'fox'] as const).map((source, k) => ({ source, ...THREE_OUTLETS[k]! }));

export const basilMissing = (): string | null =>
  existsSync(BASIL_TEXT_GIT) ? null : `BASIL texts not on this machine (${BASIL_TEXT_GIT}; fetch github:launchnlp/BASIL)`;

/** The set's three articles (HuffPost c1, NYT c2, Fox News c3), or null when the mirror or a file is absent. */
export function loadBasilSet(name: string): Article[] | null {
  const set = BASIL_SETS[name];
  if (!set || basilMissing()) return null;
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', BASIL_TEXT_GIT, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const files = git('ls-tree', '-r', '--name-only', 'HEAD', `articles/${set.year}/`)
    .split('\n')
    .filter((f) => f.includes(`/${set.triplet}`) && f.endsWith('.json'));
  const docs = files.map((f) => JSON.parse(git('show', `HEAD:${f}`)) as { source?: string; title?: string; date?: string; 'body-paragraphs'?: string[][] });
  const out: Article[] = [];
  for (const s of SOURCES) {
    const j = docs.find((d) => d.source === s.source);
    if (!j?.title) return null;
    const body = (j['body-paragraphs'] ?? []).map((p) => p.join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
    const front = [`title: ${JSON.stringify(j.title)}`, `outlet: ${JSON.stringify(s.outlet)}`, ...(j.date ? [`date: ${JSON.stringify(j.date)}`] : [])];
    const md = ['---', ...front, '---', body.join('\n\n')].join('\n') + '\n';
    const a = ingestFile({ name: `${s.prefix}_${name}.md`, content: md }).articles[0];
    if (!a) return null;
    out.push({ ...a, id: `${s.prefix}_${name}_${s.outlet.replace(/\W+/g, '').toLowerCase()}` });
  }
  return out;
}
