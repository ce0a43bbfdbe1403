/**
 * speak64: US English news of 21-26 March 2023 from some fifty sites (CBS News and its local stations, HuffPost, BuzzFeed News,
 * the Chicago Tribune, Vox, The Washington Post, the LA Times, The Hollywood Reporter, The Guardian, NPR, ESPN, trade and
 * science sites …), the corpus Hu & Levy built for their "next word" experiment ("Prompting is not a substitute for probability
 * measurements in large language models", EMNLP 2023; github:jennhu/metalinguistic-prompting, `datasets/exp1/news/cleaned.csv`):
 * the first ten results of NewsData.io's search per topic and day, each page then scraped, its text kept with the publisher's
 * paragraphs (blank lines). The texts are the publishers'; read from the mirror at run time only, nothing of them is committed
 * (labels: page id, offset, hash).
 *
 * A reader's plain-text file of each row: the title, then the text cut at its newlines. Each article once (`freshArticles`: the
 * same text, or three shared eight-word shingles with one kept before — a wire story two sites ran — is the same article),
 * English by gold-pages' test. Page id "nd-<host>-<fnv1a of the address, 8 hex>", outlet the address's host.
 * `loadNewsData` returns null when the mirror, the commit or the file is absent.
 */
import { mirrorCsv } from './csv.ts';
import { fnv1a } from './fnv.ts';
import { freshArticles, goldArticle, type GoldRecord } from './gold-pages.ts';

export const NEWSDATA_GIT = process.env.NEWSDATA_GIT ?? '/work/.mirror/jennhu+metalinguistic-prompting/repo';
/** The commit read (the mirror's HEAD when fetched, stop 64). */
export const NEWSDATA_COMMIT = '89d1b526d0ef0b955b886a9cee50883eeaee8e76';
const FILE = 'datasets/exp1/news/cleaned.csv';

/** Every English article of the corpus, each once, in file order; null when the mirror, the commit or the file is absent. */
export function loadNewsData(gitDir = NEWSDATA_GIT): GoldRecord[] | null {
  const csv = mirrorCsv(gitDir, FILE, ['title', 'url', 'raw_text'], NEWSDATA_COMMIT);
  if (!csv) return null;
  const { rows, raw, cols: [ct, cu, cx] } = csv as { rows: string[][]; raw: Buffer; cols: [number, number, number] };
  return freshArticles([rows], [raw], function* (rs) {
    for (const r of rs) {
      if (r.length <= Math.max(ct, cu, cx)) continue;
      const body = r[cx]!.split('\n').map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
      const url = r[cu]!.trim();
      const host = url.replace(/^https?:\/\/(?:www\.)?/, '').split('/')[0] ?? '';
      const record = () => {
        const id = `nd-${host}-${fnv1a(url).toString(16).padStart(8, '0')}`;
        const article = goldArticle(id, r[ct]!.replace(/\s+/g, ' ').trim() || id, host, body);
        return article ? { id, outlet: host, article } : null;
      };
      yield { body, text: body.join(' '), record };
    }
  });
}
