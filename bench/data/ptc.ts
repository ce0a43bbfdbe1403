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
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Article } from '../../lib/types.ts';
import { goldArticle } from './gold-pages.ts';
import { mirrorRead } from './mirror.ts';

export const PTC_GIT = process.env.PTC_GIT ?? '/work/.mirror/aschern+semeval2020_task11/repo';
const DIRS = ['datasets/train-articles', 'datasets/dev-articles'];

export interface PtcDoc {
  /** "ptc-<article id>" ("ptc-111111111"). */
  id: string;
  article: Article;
}

/** The newest commit of the mirror whose tree holds the train articles' folder; null when none does. */
function corpusCommit(gitDir: string): string | null {
  const revs = execFileSync('git', ['--git-dir', gitDir, 'rev-list', '--all'], { maxBuffer: 1 << 26 }).toString('utf8').split('\n').filter(Boolean);
  for (const c of revs) {
    try {
      execFileSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${c}:${DIRS[0]}`], { stdio: 'ignore' });
      return c;
    } catch {
      /* not in this commit */
    }
  }
  return null;
}

/** An article file's title (its first non-empty line) and paragraphs (every later non-empty line, spaces folded). */
export function ptcParagraphs(text: string): { title: string; body: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { title: lines[0] ?? '', body: lines.slice(1) };
}

/** The train then dev articles as "ptc-<id>" in git's order (less those whose text repeats an earlier one's); null when absent. */
export function loadPtc(gitDir = PTC_GIT): PtcDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const commit = corpusCommit(gitDir);
  if (!commit) return null;
  const files: Array<{ sha: string; stem: string }> = [];
  for (const line of execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', commit, ...DIRS], { maxBuffer: 1 << 26 }).toString('utf8').split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t.+\/article(\d+)\.txt$/.exec(line);
    if (m) files.push({ sha: m[1]!, stem: m[2]! });
  }
  const blobs = mirrorRead(gitDir, files.map((f) => f.sha));
  const seen = new Set<string>();
  const out: PtcDoc[] = [];
  files.forEach((f, i) => {
    const raw = blobs[i]?.toString('utf8');
    if (!raw) return;
    const { title, body } = ptcParagraphs(raw);
    const key = body.join(' ');
    if (!body.length || seen.has(key)) return;
    seen.add(key);
    const id = `ptc-${f.stem}`;
    const article = goldArticle(id, title || id, 'ptc', body);
    if (article) out.push({ id, article });
  });
  return out;
}
