/**
 * speak65: US news and opinion of 2012-20 from some seventy outlets that AllSides rates (The New York Times, Fox News, CNN,
 * Breitbart, The Washington Post, Reuters, NPR, Vox, the Associated Press, The Hill, National Review …), the articles Baly, Da
 * San Martino, Glass & Nakov crawled from www.allsides.com for "We Can Detect Your Bias: Predicting the Political Ideology of
 * News Articles" (EMNLP 2020; github:ramybaly/Article-Bias-Prediction, Apache-2.0 for the repository, the articles the
 * outlets' text): 37,554 JSON files, each with `content_original`, the body as newspaper3k returned it, paragraphs on their own
 * lines, punctuation kept. Read from the mirror at run time only; nothing of the text is committed (labels: page id, offset,
 * hash).
 *
 * A text-blind subset: the files in fnv1a order of their ID, the `take` after the first `skip` (speak65's r65 read the first 1,500;
 * speak66's r66 the next 1,500; speak67's r67 the 1,500 after those) (a draw of a hundred quotes needs far fewer than
 * 37,554 articles, and every article read costs a quote extraction). Each a reader's plain-text file: the title, then the body
 * cut at its newlines; each article once (`freshArticles`: English, the first telling, no three eight-word shingles shared with
 * one kept before). Page id "abp-<ID>", outlet the host of `source_url`. `loadAbp` returns null when the mirror or the commit is
 * absent.
 */
import { existsSync } from 'node:fs';
import { fnv1a } from './fnv.ts';
import { freshArticles, goldArticle, type GoldRecord } from './gold-pages.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const ABP_GIT = process.env.ABP_GIT ?? '/work/.mirror/ramybaly+Article-Bias-Prediction/repo';
/** The commit read (the mirror's HEAD when fetched, stop 65). */
export const ABP_COMMIT = 'ced8111a720948e6a410e52031ace99c4e53f096';
/** How many articles the subset holds (before `freshArticles`). */
export const ABP_TAKE = 1500;

interface AbpJson {
  ID: string;
  title: string;
  source_url: string;
  date: string;
  content_original: string;
}

/** The subset's English articles, each once, in fnv1a order of their ID; null when the mirror or the commit is absent. */
export function loadAbp(gitDir = ABP_GIT, take = ABP_TAKE, skip = 0): GoldRecord[] | null {
  if (!existsSync(gitDir)) return null;
  let files: Array<{ sha: string; path: string }>;
  try {
    files = mirrorBlobs(gitDir, 'data/jsons', ABP_COMMIT);
  } catch {
    return null; // the commit is absent
  }
  const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');
  const chosen = files.map((f) => ({ ...f, key: fnv1a(idOf(f.path)) })).sort((a, b) => a.key - b.key || (a.path < b.path ? -1 : 1)).slice(skip, skip + take);
  const blobs = mirrorRead(gitDir, chosen.map((f) => f.sha));
  return freshArticles(chosen, blobs, function* (_f, raw) {
    const d = JSON.parse(raw.toString('utf8')) as AbpJson;
    const body = (d.content_original ?? '').split('\n').map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const host = (d.source_url ?? '').replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0] || 'unknown';
    const record = () => {
      const id = `abp-${d.ID}`;
      const article = goldArticle(id, (d.title ?? '').replace(/\s+/g, ' ').trim() || id, host, body, d.date || undefined);
      return article ? { id, outlet: host, article } : null;
    };
    yield { body, text: body.join(' '), record };
  });
}
