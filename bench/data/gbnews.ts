/**
 * Political news of 2015–2019 from five US outlets (Breitbart, Fox News, HuffPost, The New York Times, USA Today), as crawled in
 * October–November 2019 for a study of gender bias in political news (Davis, Worsnop et al.; github.com/SaraDavis1991/
 * Gender-Bias-Recognition-in-Political-News-Articles-for-Public-Release). The repository kept, at commit bd9c8ed (2019-11-25,
 * removed from its tree in 2022), the web scraper's CSV files `Data/candidate/<outlet>/*.csv` and `newData/Data/candidate/
 * <outlet>/*.csv`: one row per paragraph of an article — the scraper's order ("<run>-<n>", n rising in page order), the
 * article's address, its title, the paragraph's text. Grouped here by address, paragraphs in the scraper's order, blank rows
 * dropped, the title first: a reader's plain-text file with its paragraphs (the repository's own JSON files fold each article
 * onto one line and are not read). `Data/candidate/nyt/` repeats `new_york_times/` and is not read; an address crawled twice is
 * read from the first file (in path order) that has it; an article whose text repeats an earlier one's is dropped. The outlets'
 * in-text promotions (Fox's capitalised "RELATED HEADLINE" lines) are kept: a reader's page shows them too. No speaker sample
 * before speak49 read it.
 *
 * Licence: the repository states none for the articles (the outlets' copyright); as Multi-News (bench/data/multinews.ts): read at
 * run time from the mirror (fetch github:SaraDavis1991/Gender-Bias-Recognition-in-Political-News-Articles-for-Public-Release),
 * nothing of it committed, labels text-free (page id, offset, a short hash). `loadGbNews` returns null when the mirror is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';
import { fnv1a } from './fnv.ts';
import { csvRows } from './csv.ts';

export const GBNEWS_GIT = process.env.GBNEWS_GIT ?? '/work/.mirror/SaraDavis1991+Gender-Bias-Recognition-in-Political-News-Articles-for-Public-Release/repo';
/** The last commit whose tree holds the scraper's CSV files. */
export const GBNEWS_COMMIT = 'bd9c8ed20469f8884f5fead247ae91a5d06e7b55';

export interface GbNewsDoc {
  /** "gb-<outlet>-<FNV-1a of the address, 8 hex>". */
  id: string;
  outlet: string;
  url: string;
  article: Article;
}

const OUTLETS: Record<string, string> = { breitbart: 'breitbart', fox: 'fox', huffpost: 'huffpost', new_york_times: 'nyt', usa_today: 'usatoday' };

/** Every article with a paragraph as a reader's plain-text file (the title its first paragraph), in id order; null when the mirror or the commit is absent. */
export function loadGbNews(gitDir = GBNEWS_GIT): GbNewsDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const git = (args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30 });
  let paths: string[];
  try {
    paths = git(['ls-tree', '-r', '--name-only', GBNEWS_COMMIT]).toString('utf8').split('\n');
  } catch {
    return null;
  }
  paths = paths.filter((p) => /^(?:newData\/)?Data\/candidate\/(?:breitbart|fox|huffpost|new_york_times|usa_today)\/[^/]+\.csv$/.test(p)).sort();
  const arts = new Map<string, { outlet: string; file: string; title: string; paras: Array<[number, string]> }>();
  for (const path of paths) {
    const outlet = OUTLETS[path.split('/').at(-2)!]!;
    const rows = csvRows(git(['show', `${GBNEWS_COMMIT}:${path}`]).toString('utf8').replace(/^\uFEFF/, ''));
    const head = rows[0] ?? [];
    // The article's address: the last "-href" column that is not the search's pages.
    const iHref = head.map((h, i) => (/-href$/.test(h) && h !== 'pages-href' ? i : -1)).filter((i) => i >= 0).pop() ?? -1;
    const iText = head.indexOf('content');
    const iTitle = head.indexOf('title');
    const iOrder = head.indexOf('web-scraper-order');
    if (iHref < 0 || iText < 0 || iOrder < 0) continue;
    for (const r of rows.slice(1)) {
      if (r.length !== head.length) continue;
      const url = r[iHref]!.trim();
      if (!url) continue;
      let a = arts.get(url);
      if (!a) arts.set(url, (a = { outlet, file: path, title: iTitle >= 0 && r[iTitle] !== 'null' ? r[iTitle]!.trim() : '', paras: [] }));
      if (a.file !== path) continue; // crawled twice: the first file's copy
      const text = r[iText]!.replace(/\s+/g, ' ').trim();
      if (text && text !== 'null') a.paras.push([Number(r[iOrder]!.split('-')[1]), text]);
    }
  }
  const out: GbNewsDoc[] = [];
  const seen = new Set<string>();
  for (const [url, a] of arts) {
    if (!a.paras.length) continue;
    const paras = a.paras.sort((x, y) => x[0] - y[0]).map((p) => p[1]);
    const body = paras.join('\n\n');
    if (seen.has(body)) continue;
    seen.add(body);
    const id = `gb-${a.outlet}-${fnv1a(url).toString(16).padStart(8, '0')}`;
    const content = [a.title, body].filter(Boolean).join('\n\n') + '\n';
    const art = ingestFile({ name: `${id}.txt`, content }).articles[0];
    if (art && art.units.length > 0) out.push({ id, outlet: a.outlet, url, article: { ...art, id } });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
