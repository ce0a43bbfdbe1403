/**
 * SeniorResearch news pages (github.com/AdamClarkStandke/SeniorResearch, `Articles/<outlet>/<base64 url>.html`; no
 * licence stated): 170 real pages of 2019 from ten outlets (abc, bbc, cbs, cnn, dw, fox, huff, nbc, verge, yahoo).
 * bench/page-kind.ts reads them for article vs non-article; speak14 reads them for speakers (no sample before read
 * them for speakers). Unlike Big9 there is no gold text: each page is read the way the product reads it (the
 * whole HTML through `ingestFile` with the Node page environment: Readability, then the lib's blocks), so page
 * extraction is part of what a speaker sample drawn here measures.
 *
 * Read from the public mirror (fetch github:AdamClarkStandke/SeniorResearch); nothing of it is committed: a judged
 * sample keeps only the page id, an offset, a short hash of the quote and the judged name. `loadSenior` returns null
 * when the mirror is absent.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { nodeEnv } from '../../cli/node-env.ts';
import { ingestFile } from '../../lib/ingest/index.ts';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorFile, mirrorPaths } from './mirror.ts';

export const SENIOR_GIT = process.env.SENIOR_GIT ?? '/work/.mirror/AdamClarkStandke+SeniorResearch/repo';

export interface SeniorDoc {
  /** "sr-<outlet>-<first 10 hex of sha1(url)>". */
  id: string;
  outlet: string;
  url: string;
  article: Article;
}

/** Every page the product extracts an article from, in id order; null when the mirror is absent. */
export function loadSenior(gitDir = SENIOR_GIT): SeniorDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const files = mirrorPaths(gitDir, 'Articles/');
  const out: SeniorDoc[] = [];
  for (const f of files) {
    const m = /^Articles\/([a-z]+?)(?:news)?\/(.+)\.html$/.exec(f);
    if (!m) continue;
    const url = Buffer.from(m[2]!.replace(/_/g, '/').replace(/-/g, '+'), 'base64').toString('utf8');
    if (!/^https?:\/\//.test(url)) continue;
    const outlet = m[1] === 'cn' ? 'cnn' : m[1]!;
    const id = `sr-${outlet}-${createHash('sha1').update(url).digest('hex').slice(0, 10)}`;
    const html = decodeTextBytes(mirrorFile(gitDir, f)).text;
    const r = ingestFile({ name: `${id}.html`, content: html, url }, nodeEnv);
    const a = r.articles.find((x) => x.units.length > 0);
    if (!a) continue;
    out.push({ id, outlet, url, article: { ...a, id } });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
