/**
 * speak57: the article bodies of the Fake News Challenge stage 1 (FNC-1, 2017; Pomerleau & Rao), taken from the Emergent data set
 * (Ferreira & Vlachos, NAACL 2016): English web news of 2014-15 from many outlets — national and local papers, broadcasters' sites,
 * aggregators, blogs — each reporting a rumour or claim of the day (stance labels pair these bodies with other articles' headlines;
 * they are not read). The challenge's repository keeps them as CSV (Body ID, articleBody) with the outlets' paragraph breaks:
 * github:FakeNewsChallenge/fnc-1, `train_bodies.csv` and `competition_test_bodies.csv`. Read from its mirror at run time only:
 * nothing of the text is committed (labels: page id, offset, hash).
 *
 * A reader's plain-text file of each body: no headline is kept, so the title is the page id; paragraphs are the body's lines
 * (blank lines dropped, spaces folded). Outlet "fnc-web" (the bodies do not name their outlet). Page ids "fnc-train-<Body ID>" and
 * "fnc-test-<Body ID>"; a body whose text repeats an earlier one's is dropped. `loadFnc` returns null (the caller prints why) when
 * the mirror or a file is absent.
 */
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorCsv } from './csv.ts';

export const FNC_GIT = process.env.FNC_GIT ?? '/work/.mirror/FakeNewsChallenge+fnc-1/repo';
const FILES = [['train', 'train_bodies.csv'], ['test', 'competition_test_bodies.csv']] as const;

export interface FncDoc {
  /** "fnc-train-<Body ID>" or "fnc-test-<Body ID>". */
  id: string;
  article: Article;
}

/** A body's paragraphs: its non-blank lines, spaces folded. */
export function fncParagraphs(text: string): string[] {
  return text.split(/\r?\n|\r/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The bodies as "fnc-<split>-<Body ID>", train then test, file order (less repeats); null when the mirror or a file is absent. */
export function loadFnc(gitDir = FNC_GIT): FncDoc[] | null {
  const fresh = firstTellings();
  const out: FncDoc[] = [];
  for (const [split, file] of FILES) {
    const csv = mirrorCsv(gitDir, file, ['Body ID', 'articleBody']);
    if (!csv) return null;
    const [ci, cb] = csv.cols as [number, number];
    for (const r of csv.rows) {
      if (r.length <= cb) continue;
      const body = fncParagraphs(r[cb]!);
      if (!fresh(body)) continue;
      const id = `fnc-${split}-${r[ci]!.trim()}`;
      const article = goldArticle(id, id, 'fnc-web', body);
      if (article) out.push({ id, article });
    }
  }
  return out;
}
