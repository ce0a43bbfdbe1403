/**
 * speak55: the news articles of the Propaganda Techniques Corpus (PTC; Da San Martino, Yu, Barrón-Cedeño, Petrov, Nakov, EMNLP
 * 2019; SemEval-2020 Task 11): web news and opinion of 2017-19 from some fifty outlets, mainstream and propagandistic, one
 * plain-text file an article (its title on the first line, then the publisher's paragraphs one a line). Kept, train and dev
 * articles, in github:aschern/semeval2020_task11 (`datasets/train-articles/article<id>.txt`, `datasets/dev-articles/…`, in the
 * commits of a pull request's merge; the newest commit whose tree holds the folder is read). The repository's
 * `openWebText-articals` folder (another source) and its `cached_datasets` copies are not read. Read from its mirror at run
 * time only: nothing of the text is committed (labels: page id, offset, hash).
 *
 * A reader's plain-text file of each article: the first line as the title, every later non-empty line a paragraph. The set
 * names no outlet: "ptc". The propaganda labels are not read (the set rates spans of technique, not who said what). An article
 * whose text repeats an earlier one's is dropped. `loadPtc` returns null (the caller prints why) when the mirror or the
 * folders are absent.
 */
import { existsSync } from 'node:fs';
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorBlobs, mirrorCommitWith, mirrorRead } from './mirror.ts';

export const PTC_GIT = process.env.PTC_GIT ?? '/work/.mirror/aschern+semeval2020_task11/repo';
const DIRS = ['datasets/train-articles', 'datasets/dev-articles'];

export interface PtcDoc {
  /** "ptc-<article id>" ("ptc-111111111"). */
  id: string;
  article: Article;
}

/** An article file's title (its first non-empty line) and paragraphs (every later non-empty line, spaces folded). */
export function ptcParagraphs(text: string): { title: string; body: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { title: lines[0] ?? '', body: lines.slice(1) };
}

/** The train then dev articles as "ptc-<id>" in git's order (less those whose text repeats an earlier one's); null when absent. */
export function loadPtc(gitDir = PTC_GIT): PtcDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const commit = mirrorCommitWith(gitDir, DIRS[0]!);
  if (!commit) return null;
  const files = mirrorBlobs(gitDir, DIRS, commit).flatMap((f) => {
    const m = /.\/article(\d+)\.txt$/.exec(f.path);
    return m ? [{ sha: f.sha, stem: m[1]! }] : [];
  });
  const blobs = mirrorRead(gitDir, files.map((f) => f.sha));
  const fresh = firstTellings();
  const out: PtcDoc[] = [];
  files.forEach((f, i) => {
    const raw = blobs[i]?.toString('utf8');
    if (!raw) return;
    const { title, body } = ptcParagraphs(raw);
    if (!fresh(body)) return;
    const id = `ptc-${f.stem}`;
    const article = goldArticle(id, title || id, 'ptc', body);
    if (article) out.push({ id, article });
  });
  return out;
}
