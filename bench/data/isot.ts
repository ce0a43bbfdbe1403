/**
 * speak56: the true half of the ISOT Fake News Dataset (Ahmed, Traore & Saad, "Detecting opinion spams and fake news using text
 * classification", 2018; University of Victoria): Reuters wire stories of October–December 2017, US politics, government and world
 * news. A public repository keeps the first 989 rows of its `True.csv` (title, text, subject, date): github:Vatshayan/Fake-News-Prediction
 * (the whole file is over what a mirror keeps). Read from its mirror at run time only: nothing of the text is committed (labels: page
 * id, offset, hash). The `Fake.csv` beside it is not read.
 *
 * The data set joined each story's paragraphs into one line; where the wire's paragraph breaks were, a run of two or more spaces is
 * often left ("… she said.  On Wednesday, …"). A reader's plain-text file of each story: the title, then the text cut at such runs
 * (a run after a sentence's end: . ? ! or a closing quote), the rest of the spaces folded. Not every paragraph break left a trace,
 * so some paragraphs hold what were several. Outlet "reuters-2017". An article whose text repeats an earlier one's is dropped.
 * `loadIsot` returns null (the caller prints why) when the mirror or the file is absent.
 */
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorCsv } from './csv.ts';

export const ISOT_GIT = process.env.ISOT_GIT ?? '/work/.mirror/Vatshayan+Fake-News-Prediction/repo';
const FILE = 'True.csv';

export interface IsotDoc {
  /** "isot-<row number>" ("isot-17": the file's 17th story, counted from 1). */
  id: string;
  article: Article;
}

/** A story's text cut into paragraphs at the runs of two or more spaces after a sentence's end, spaces folded. */
export function isotParagraphs(text: string): string[] {
  return text.split(/(?<=[.?!”"’])\s{2,}/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The stories as "isot-<row>" in file order (less those whose text repeats an earlier one's); null when the mirror is absent. */
export function loadIsot(gitDir = ISOT_GIT): IsotDoc[] | null {
  const csv = mirrorCsv(gitDir, FILE, ['title', 'text']);
  if (!csv) return null;
  const { rows } = csv;
  const [ct, cx] = csv.cols as [number, number];
  const fresh = firstTellings();
  const out: IsotDoc[] = [];
  rows.forEach((r, i) => {
    if (r.length <= cx) return;
    const body = isotParagraphs(r[cx]!);
    if (!fresh(body)) return;
    const id = `isot-${i + 1}`;
    const article = goldArticle(id, r[ct]!.replace(/\s+/g, ' ').trim() || id, 'reuters-2017', body);
    if (article) out.push({ id, article });
  });
  return out;
}
