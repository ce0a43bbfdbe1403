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
/** The articles' addresses (github.com/fhamborg/NewsWCL50 `urls.tsv`); the date comes from the address. */
export const NEWSWCL_URLS_GIT = process.env.NEWSWCL_URLS_GIT ?? '/work/.mirror/fhamborg+NewsWCL50/repo';

let addresses: Map<string, string> | null = null;
/**
 * Front-matter lines giving an article its address and, when the address holds one, its date — what
 * the reader's corpus has for a real page (og:url, article:published_time). Empty when the addresses
 * are not on this machine or `PARALLAX_UNDATED` is set (bench/eval.ts --undated reads without them).
 */
export function newsWclAddressLines(event: number, side: string): string[] {
  if (process.env.PARALLAX_UNDATED || !existsSync(NEWSWCL_URLS_GIT)) return [];
  if (!addresses) {
    addresses = new Map();
    const tsv = execFileSync('git', ['--git-dir', NEWSWCL_URLS_GIT, 'show', 'HEAD:urls.tsv'], { encoding: 'utf8' });
    for (const line of tsv.split('\n').slice(1)) {
      const [ev, sd, url] = line.trim().split('\t');
      if (ev && sd && url) addresses.set(`${ev}_${sd}`, url);
    }
  }
  const url = addresses.get(`${event}_${side}`);
  if (!url) return [];
  const d = /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url);
  return [`url: ${JSON.stringify(url)}`, ...(d ? [`date: "${d[1]}-${d[2]}-${d[3]}"`] : [])];
}

/** The labelled events: set name → event number, and the article id prefix per outlet. */
export const NEWSWCL_SETS: Record<string, { event: number; title: string }> = {
  dnc: { event: 3, title: 'DNC sues Russia, the Trump campaign and WikiLeaks (April 20, 2018)' },
  ukvisit: { event: 5, title: 'Trump to visit the United Kingdom in July (April 26-27, 2018)' },
  // Held out (labelled by reading before any engine run, branch label5): never tune on these.
  comey: { event: 1, title: 'Comey memos released to Congress (April 19-20, 2018)' },
  tariffs: { event: 7, title: 'Tariffs on the E.U., Canada and Mexico delayed (April 30 - May 1, 2018)' },
  // Held out (labelled by reading before any engine run, branch label6): never tune on these.
  pompeo: { event: 0, title: "Pompeo's secret Easter meeting with Kim Jong-un in North Korea (April 17-18, 2018)" },
  caravan: { event: 6, title: 'The migrant caravan reaches the U.S. border at Tijuana (April 28-29, 2018)' },
  // Held out (labelled by reading before any engine run, branch label7): never tune on these.
  nktests: { event: 2, title: 'North Korea suspends nuclear and missile tests and will close its test site (April 20-21, 2018)' },
  macron: { event: 4, title: "Macron's state visit: Trump and Macron on the Iran nuclear deal (April 23-24, 2018)" },
  // Held out (labelled by reading before any engine run, branch label8): never tune on these.
  mueller: { event: 8, title: "Mueller's questions for Trump, published by the NYT (April 30 - May 1, 2018)" },
  netanyahu: { event: 9, title: "Netanyahu's presentation of Iran's nuclear archive (April 30 - May 1, 2018)" },
};

/**
 * The three outlets of every labelled three-outlet set and the article id prefix its labels use (`"a": "c1"`): NewsWCL50's
 * and BASIL's (basil-sets.ts) alike.
 */
export const THREE_OUTLETS: ReadonlyArray<{ prefix: string; outlet: string }> = [
  { prefix: 'c1', outlet: 'HuffPost' },
  { prefix: 'c2', outlet: 'The New York Times' },
  { prefix: 'c3', outlet: 'Fox News' },
];

/** NewsWCL50's file side of each (left-left, left, right). */
const SIDES = (['LL', 'L', 'R'] as const).map((side, k) => ({ side, ...THREE_OUTLETS[k]! }));

export const newsWclMissing = (): string | null =>
  existsSync(NEWSWCL_TEXT_GIT) ? null : `NewsWCL50 texts not on this machine (${NEWSWCL_TEXT_GIT}; fetch github:Luisgarchi/NewsWCL50)`;

/**
 * One article of an event as the Markdown file a reader would import (outlet, address and date in
 * front matter, then the text), or null when the mirror lacks it.
 */
export function newsWclMarkdown(event: number, side: string, outlet: string): string | null {
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', NEWSWCL_TEXT_GIT, ...args], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const files = git('ls-tree', '-r', '--name-only', 'HEAD', `1-raw-articles/event_${event}`).split('\n');
  const path = files.find((f) => new RegExp(`/${event}_${side}\\.txt(\\.txt)?$`).test(f));
  if (!path) return null;
  const text = git('show', `HEAD:${path}`).replace(/\r\n?/g, '\n').trim();
  return ['---', `outlet: ${JSON.stringify(outlet)}`, ...newsWclAddressLines(event, side), '---', text].join('\n') + '\n';
}

export function loadNewsWclSet(name: string): Article[] | null {
  const set = NEWSWCL_SETS[name];
  if (!set || newsWclMissing()) return null;
  const out: Article[] = [];
  for (const s of SIDES) {
    const md = newsWclMarkdown(set.event, s.side, s.outlet);
    if (md === null) return null;
    const a = ingestFile({ name: `${s.prefix}_${name}.md`, content: md }).articles[0];
    if (!a) return null;
    out.push({ ...a, id: `${s.prefix}_${name}_${s.outlet.replace(/\W+/g, '').toLowerCase()}` });
  }
  return out;
}
