/**
 * speak54: McIntire's "fake_or_real_news" set (George McIntire, 2017; US news of the 2016 election season: the REAL half from
 * mainstream outlets — the New York Times, the Wall Street Journal, Bloomberg, NPR, the Guardian and the like — the FAKE half from
 * the fringe sites of Kaggle's "Getting Real about Fake News"), as kept with its paragraphs in a public repository:
 * github:sudheerakotha/Fake-News-Detection, `fake_or_real_news.csv` (id, title, text, label). That copy holds the data set's
 * first 256 rows only (the whole file is over what a mirror keeps). Read from its mirror at run time only: nothing of the text is
 * committed (labels: page id, offset, hash).
 *
 * A reader's plain-text file of each article: the title, then the text cut at its newlines (the publisher's paragraphs as the
 * data set kept them). The outlet is unknown (the set names none): "fake-or-real-<label>". Both labels kept (the set rates
 * the story, not who said what). An article whose text repeats an earlier one's is dropped. `loadFakeReal` returns null (the
 * caller prints why) when the mirror or the file is absent.
 */
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorCsv } from './csv.ts';

export const FAKEREAL_GIT = process.env.FAKEREAL_GIT ?? '/work/.mirror/sudheerakotha+Fake-News-Detection/repo';
const FILE = 'fake_or_real_news.csv';

export interface FakeRealDoc {
  /** "fr-<row id>" ("fr-8476"). */
  id: string;
  label: string;
  article: Article;
}

/** The articles as "fr-<id>" in file order (less those whose text repeats an earlier one's); null when the mirror is absent. */
export function loadFakeReal(gitDir = FAKEREAL_GIT): FakeRealDoc[] | null {
  const csv = mirrorCsv(gitDir, FILE, ['id', 'title', 'text', 'label']);
  if (!csv) return null;
  const { rows } = csv;
  const [ci, ct, cx, cl] = csv.cols as [number, number, number, number];
  const fresh = firstTellings();
  const out: FakeRealDoc[] = [];
  for (const r of rows) {
    if (r.length <= cl) continue;
    const body = r[cx]!.split('\n').map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (!fresh(body)) continue;
    const id = `fr-${r[ci]}`;
    const label = r[cl]!.trim();
    const article = goldArticle(id, r[ct]!.replace(/\s+/g, ' ').trim() || id, `fake-or-real-${label.toLowerCase()}`, body);
    if (article) out.push({ id, label, article });
  }
  return out;
}
