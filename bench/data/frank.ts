/**
 * speak60: the BBC News articles of FRANK (Pagnoni, Balachandran & Tsvetkov, "Understanding Factuality in Abstractive
 * Summarization with FRANK", NAACL 2021): 251 test articles of XSum (Narayan, Cohen & Lapata 2018: BBC News web pages of
 * 2010-2017, the bold first sentence taken off as the summary), kept with the systems' summaries in
 * github:artidoro/frank at commit 5860706 (`data/articles-wbertscore-json/<BBC id>.json`, removed from its tree later; the
 * repository's code is Apache-2.0, the articles are the BBC's). Read from its mirror at run time only: nothing of the text is
 * committed (labels: page id, offset, hash). FRANK's 250 CNN / Daily Mail articles are not read: their paragraphs are gone
 * (a sentence splitter's lines) and the Daily Mail's quotation marks are the apostrophe's.
 *
 * XSum's body keeps its paragraphs joined without a space ("…community.Dr Venter has…"): a paragraph ends where a sentence's
 * last mark (. ? ! or a closing quote after one) meets a capital letter or an opening quote with no space. Page id
 * "xs-<BBC id>", outlet "BBC News", the id as the title (no words of the article). `loadFrankXsum` returns null when the
 * mirror or the commit is absent; a text met before is dropped.
 */
import { existsSync } from 'node:fs';
import type { Article } from '../../lib/types.ts';
import { firstTellings, goldArticle } from './gold-pages.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const FRANK_GIT = process.env.FRANK_GIT ?? '/work/.mirror/artidoro+frank/repo';
/** The commit whose tree holds the article files. */
export const FRANK_COMMIT = '5860706bda0641136d10d27ead52c5f6ae79630e';
const DIR = 'data/articles-wbertscore-json/';

/**
 * XSum's body as paragraphs: a paragraph ends where a sentence's last mark meets the next paragraph's capital letter or opening
 * quote with no space between (the page's share bar, "Share this with…", dropped); a straight quote right after the mark closes the paragraph when the paragraph has one open.
 */
export function xsumParagraphs(body: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of body.matchAll(/[a-z0-9)%'\u2019][.?!](["\u201d]?)(?=["\u201c]?[A-Z])/g)) {
    let end = m.index! + m[0].length - m[1]!.length;
    const para = body.slice(from, end);
    if (m[1] === '\u201d' || (m[1] === '"' && (para.match(/"/g) ?? []).length % 2 === 1)) end += 1;
    out.push(body.slice(from, end));
    from = end;
  }
  out.push(body.slice(from));
  return out.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /[a-z]/.test(p) && !/^Share this with/.test(p)); // (the page's share bar)
}

/** Every XSum article of FRANK as "xs-<BBC id>", in path order; null when the mirror or the commit is absent. */
export function loadFrankXsum(gitDir = FRANK_GIT): Array<{ id: string; outlet: string; article: Article }> | null {
  if (!existsSync(gitDir)) return null;
  let blobs: Array<{ sha: string; path: string }>;
  try {
    blobs = mirrorBlobs(gitDir, DIR, FRANK_COMMIT).filter((b) => /\/\d+\.json$/.test(b.path));
  } catch {
    return null;
  }
  const texts = mirrorRead(gitDir, blobs.map((b) => b.sha));
  const fresh = firstTellings();
  const out: Array<{ id: string; outlet: string; article: Article }> = [];
  blobs.forEach((b, n) => {
    const raw = texts[n];
    if (!raw) return;
    const doc = JSON.parse(raw.toString('utf8')) as { hash?: string; article?: string };
    const bbc = /\/(\d+)\.json$/.exec(b.path)![1]!;
    const body = xsumParagraphs(doc.article ?? '');
    if (!fresh(body)) return;
    const id = `xs-${bbc}`;
    const article = goldArticle(id, bbc, 'BBC News', body);
    if (article) out.push({ id, outlet: 'BBC News', article });
  });
  return out;
}
