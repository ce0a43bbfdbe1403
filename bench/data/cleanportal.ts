/**
 * CleanPortalEval's gold texts (71 news-portal pages of 2013 from five sites: BBC News, WSJ's Brussels blog, msnbc TV news,
 * two Washington Post blogs), as mirrored in github:j-szulc/html-cleaning-dataset-merged (CleanPortalEval-master/GoldStandard;
 * no licence stated, read from the mirror only, nothing of it committed). bench/extract-eval.ts reads its HTML for extraction
 * (`--sets cleanportal`); label18 reads the gold texts for speakers (no speaker sample before read them). A gold file is a
 * "URL: …" line, then paragraphs marked `<h>` (headings) and `<p>`, wrapped over lines, with HTML character references left
 * in. Read as bench/data/big9.ts reads a gold text: the first heading as the headline (front matter), every later heading and
 * paragraph as a paragraph, so what is measured is the speaker rules, not page extraction. Outlet = the file's site prefix
 * ("bbc.co.uk_news"). `loadCleanPortal` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import { decodeEntities } from '../../lib/text/entities.ts';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorFile, mirrorPaths } from './mirror.ts';

export const CLEANPORTAL_GIT = process.env.EXTRACT_MERGED_GIT ?? '/work/.mirror/j-szulc+html-cleaning-dataset-merged/repo';

export interface CleanPortalDoc {
  /** "cp-<file name>" ("cp-bbc.co.uk_news_01"). */
  id: string;
  outlet: string;
  article: Article;
}

/** Every CleanPortalEval gold text with a headline and a body, in id order; null when the mirror is absent. */
export function loadCleanPortal(gitDir = CLEANPORTAL_GIT): CleanPortalDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const files = mirrorPaths(gitDir, 'CleanPortalEval-master/GoldStandard/').filter((f) => f.endsWith('.txt'));
  const out: CleanPortalDoc[] = [];
  for (const f of files) {
    const name = /([^/]+)\.txt$/.exec(f)![1]!;
    const text = decodeTextBytes(mirrorFile(gitDir, f)).text.replace(/\r\n?/g, '\n');
    const blocks = text
      .split(/\n(?=<[hpl]>)/i)
      .map((b) => b.trim())
      .filter((b) => /^<[hpl]>/i.test(b))
      .map((b) => ({ head: /^<h>/i.test(b), text: decodeEntities(b.replace(/^<[hpl]>/i, '').replace(/\s*\n\s*/g, ' ')).trim() }))
      .filter((b) => b.text);
    const at = blocks.findIndex((b) => b.head);
    if (at < 0) continue;
    const title = blocks[at]!.text;
    const body = blocks.slice(at + 1).map((b) => b.text);
    if (!body.length) continue;
    const id = `cp-${name}`;
    const outlet = name.replace(/_\d+$/, '');
    const md = ['---', `title: ${JSON.stringify(title)}`, `outlet: ${JSON.stringify(outlet)}`, '---', body.join('\n\n')].join('\n');
    const a = ingestFile({ name: `${id}.md`, content: md + '\n' }).articles[0];
    if (!a || a.units.length === 0) continue;
    out.push({ id, outlet, article: { ...a, id } });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
