/**
 * BBC News articles of 2004–2005 (Greene & Cunningham, "Practical solutions to the problem of diagonal dominance in kernel
 * document clustering", ICML 2006; mlg.ucd.ie/datasets/bbc.html): 2,225 articles in five topical areas (business,
 * entertainment, politics, sport, tech), one plain-text file each — headline on the first line, then the paragraphs, blank
 * lines between. Read here from a public repository that keeps the set as distributed: github.com/dejanbatanjac/
 * bbc-article-classify-bert, `bbc/<area>/<nnn>.txt` (UTF-8). No speaker sample before speak47 read it.
 *
 * Licence: the set's page says "All rights, including copyright, in the content of the original articles are owned by the
 * BBC" and allows research use; the repository's own licence does not cover the text. So, as Multi-News (bench/data/
 * multinews.ts): read at run time from the mirror (fetch github:dejanbatanjac/bbc-article-classify-bert), nothing of it
 * committed, labels text-free (page id, offset, a short hash). `loadBbc` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const BBC_GIT = process.env.BBC_GIT ?? '/work/.mirror/dejanbatanjac+bbc-article-classify-bert/repo';

export interface BbcDoc {
  /** "bbc-<area>-<nnn>". */
  id: string;
  area: string;
  article: Article;
}

/** Every article as a reader's plain-text file (the headline its first paragraph), in id order; null when the mirror is absent. */
export function loadBbc(gitDir = BBC_GIT): BbcDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const files = mirrorBlobs(gitDir, 'bbc/').filter((f) => /^bbc\/[a-z]+\/\d+\.txt$/.test(f.path));
  const texts = mirrorRead(gitDir, files.map((f) => f.sha));
  const out: BbcDoc[] = [];
  files.forEach((f, i) => {
    const m = /^bbc\/([a-z]+)\/(\d+)\.txt$/.exec(f.path)!;
    const id = `bbc-${m[1]}-${m[2]}`;
    const text = texts[i]?.toString('utf8').replace(/\r\n?/g, '\n');
    if (!text) return;
    const a = ingestFile({ name: `${id}.txt`, content: text.endsWith('\n') ? text : `${text}\n` }).articles[0];
    if (!a || a.units.length === 0) return;
    out.push({ id, area: m[1]!, article: { ...a, id } });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
