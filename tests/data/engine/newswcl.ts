/**
 * Labelled NewsWCL50 stories (Hamborg, Zhukova & Gipp, JCDL 2019; annotations CC BY-SA 4.0,
 * github.com/fhamborg/NewsWCL50): three outlets (HuffPost, The New York Times, Fox News) on one US
 * political event of 2018, full articles. Only the LABELS are in the repo
 * (tests/data/engine/<name>-labels.json). The article texts belong to their outlets (the dataset's
 * authors say they cannot redistribute them for copyright reasons); they are read from the public
 * mirror of github.com/Luisgarchi/NewsWCL50 (`1-raw-articles/event_N/N_<side>.txt`) when it is on
 * this machine, else `loadNewsWclSet` returns null and the caller prints why it skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ingestFile } from '../../../lib/ingest/index';
import type { Article } from '../../../lib/types';

export const NEWSWCL_TEXT_GIT = process.env.NEWSWCL_TEXT_GIT ?? '/work/.mirror/Luisgarchi+NewsWCL50/repo';

/** The labelled events: set name → event number, and the article id prefix per outlet. */
export const NEWSWCL_SETS: Record<string, { event: number; title: string }> = {
  dnc: { event: 3, title: 'DNC sues Russia, the Trump campaign and WikiLeaks (April 20, 2018)' },
  ukvisit: { event: 5, title: 'Trump to visit the United Kingdom in July (April 26-27, 2018)' },
  // Held out (labelled by reading before any engine run, branch label5): never tune on these.
  comey: { event: 1, title: 'Comey memos released to Congress (April 19-20, 2018)' },
  tariffs: { event: 7, title: 'Tariffs on the E.U., Canada and Mexico delayed (April 30 - May 1, 2018)' },
};

const SIDES: Array<{ side: string; prefix: string; outlet: string }> = [
  { side: 'LL', prefix: 'c1', outlet: 'HuffPost' },
  { side: 'L', prefix: 'c2', outlet: 'The New York Times' },
  { side: 'R', prefix: 'c3', outlet: 'Fox News' },
];

export const newsWclMissing = (): string | null =>
  existsSync(NEWSWCL_TEXT_GIT) ? null : `NewsWCL50 texts not on this machine (${NEWSWCL_TEXT_GIT}; fetch github:Luisgarchi/NewsWCL50)`;

export function loadNewsWclSet(name: string): Article[] | null {
  const set = NEWSWCL_SETS[name];
  if (!set || newsWclMissing()) return null;
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', NEWSWCL_TEXT_GIT, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const files = git('ls-tree', '-r', '--name-only', 'HEAD', `1-raw-articles/event_${set.event}`).split('\n');
  const out: Article[] = [];
  for (const s of SIDES) {
    const path = files.find((f) => new RegExp(`/${set.event}_${s.side}\\.txt(\\.txt)?$`).test(f));
    if (!path) return null;
    const text = git('show', `HEAD:${path}`).replace(/\r\n?/g, '\n').trim();
    const md = ['---', `outlet: ${JSON.stringify(s.outlet)}`, '---', text].join('\n') + '\n';
    const a = ingestFile({ name: `${s.prefix}_${name}.md`, content: md }).articles[0];
    if (!a) return null;
    out.push({ ...a, id: `${s.prefix}_${name}_${s.outlet.replace(/\W+/g, '').toLowerCase()}` });
  }
  return out;
}
