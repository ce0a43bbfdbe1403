/**
 * PAC (Zou et al., Findings of EMNLP 2023, "Crossing the Aisle"; github:launchnlp/Partisan-Event-Dataset): AllSides
 * stories, each told by a left and a right outlet, with each article's sentences in data/annotations_1/ (annotations_2/
 * for a story the first annotator's folder lacks). By default only the dev and test splits are read — stories of
 * 2022–2023, after the AllSides crawl of 2021 that rounds 1–3, 19, 22 and 23 read (the train split, 2012–2021, may
 * share stories with it: bench/conf48-round28.ts --train leaves out a story any of whose titles those rounds read). Read from the mirror at run time only (nothing
 * committed): each article a gold text (headline, outlet, date; sentences joined into paragraphs so that a quotation
 * running over several sentences stays in one). `loadPac` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import { goldArticle, quoteParagraphs, type GoldDoc } from './gold-pages.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const PAC_GIT = process.env.PAC_GIT ?? '/work/.mirror/launchnlp+Partisan-Event-Dataset/repo';

export interface PacDoc extends GoldDoc {
  /** The story ("STORY_117"). */
  story: string;
  title: string;
}

/** The articles of the stories of `splits` (default dev and test) as "pac-<story>-<document>", in id order; null when the mirror is absent. */
export function loadPac(splits: readonly string[] = ['dev', 'test'], gitDir = PAC_GIT): PacDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const blobs = [...mirrorBlobs(gitDir, 'data/annotations_1/'), ...mirrorBlobs(gitDir, 'data/annotations_2/')].filter((b) => b.path.endsWith('.json'));
  const texts = mirrorRead(gitDir, blobs.map((b) => b.sha));
  const seen = new Set<string>();
  const out: PacDoc[] = [];
  blobs.forEach((b, n) => {
    const m = /(STORY_\d+)_DOCUMENT_(\d+)\.json$/.exec(b.path);
    if (!m || !texts[n] || seen.has(`${m[1]}_${m[2]}`)) return;
    const j = JSON.parse(decodeTextBytes(texts[n]!).text) as { title?: string; date?: string; source?: string; split?: string; news?: Array<{ text: string }> };
    if (!splits.includes(j.split ?? '')) return;
    seen.add(`${m[1]}_${m[2]}`);
    const body = quoteParagraphs((j.news ?? []).map((s) => s.text.replace(/\s+/g, ' ').trim()).filter(Boolean), true);
    if (!j.title || !body.length) return;
    const id = `pac-${m[1]!.slice(6)}-${m[2]}`;
    const outlet = j.source ?? 'unknown';
    const article = goldArticle(id, j.title, outlet, body, j.date);
    if (article) out.push({ id, outlet, article, story: m[1]!, title: j.title });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
