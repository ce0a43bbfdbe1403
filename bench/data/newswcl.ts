/**
 * NewsWCL50 (Hamborg, Zhukova & Gipp, JCDL 2019; CC BY-SA 4.0): 10 US political news events of April–
 * June 2018, each covered by five outlets from left to right (HuffPost, The New York Times, USA Today,
 * Fox News, Breitbart) — 50 full articles, same event, different outlets and framing: the coverage
 * Parallax compares.
 *
 * The article texts are read from the public mirror of github.com/Luisgarchi/NewsWCL50
 * (`1-raw-articles/event_N/N_<outlet>.txt`, the text only, no headline) and their addresses from
 * github.com/fhamborg/NewsWCL50 (`urls.tsv`: outlet and date come from the address). Nothing is
 * committed: when a mirror is absent `loadNewsWcl` returns null and the caller prints why it skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';

export const NEWSWCL_TEXT_GIT = '/work/.mirror/Luisgarchi+NewsWCL50/repo';
export const NEWSWCL_URLS_GIT = '/work/.mirror/fhamborg+NewsWCL50/repo';

export interface NewsWclDoc {
  article: Article;
  event: number;
  outlet: string;
}

export const OUTLETS: Record<string, string> = { LL: 'HuffPost', L: 'The New York Times', M: 'USA Today', R: 'Fox News', RR: 'Breitbart' };

const git = (dir: string, ...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

export function loadNewsWcl(): NewsWclDoc[] | null {
  if (!existsSync(NEWSWCL_TEXT_GIT) || !existsSync(NEWSWCL_URLS_GIT)) return null;
  const urls = new Map<string, string>();
  for (const line of git(NEWSWCL_URLS_GIT, 'show', 'HEAD:urls.tsv').split('\n').slice(1)) {
    const [ev, side, url] = line.trim().split('\t');
    if (ev && side && url) urls.set(`${ev}_${side}`, url);
  }
  const out: NewsWclDoc[] = [];
  for (const path of git(NEWSWCL_TEXT_GIT, 'ls-tree', '-r', '--name-only', 'HEAD', '1-raw-articles').split('\n')) {
    const m = /event_(\d+)\/\1_(LL|L|M|R|RR)\.txt(?:\.txt)?$/.exec(path);
    if (!m) continue;
    const key = `${m[1]}_${m[2]}`;
    const text = git(NEWSWCL_TEXT_GIT, 'show', `HEAD:${path}`).replace(/\r\n?/g, '\n').trim();
    const url = urls.get(key) ?? null;
    const d = url ? /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url) : null;
    const md = [
      '---',
      `outlet: ${JSON.stringify(OUTLETS[m[2]!])}`,
      url ? `url: ${JSON.stringify(url)}` : null,
      d ? `date: "${d[1]}-${d[2]}-${d[3]}"` : null,
      '---',
      text,
    ]
      .filter((x) => x !== null)
      .join('\n');
    const name = `wcl-${key}`;
    const a = ingestFile({ name: `${name}.md`, content: md + '\n' }).articles[0];
    if (!a || a.units.length === 0) continue;
    out.push({ article: { ...a, id: name }, event: Number(m[1]), outlet: m[2]! });
  }
  return out;
}
