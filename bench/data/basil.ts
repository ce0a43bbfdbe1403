/**
 * BASIL (Fan et al., EMNLP 2019, "In Plain Sight: Media Bias Through the Lens of Factual Reporting"; 2nd release,
 * github:launchnlp/BASIL): 100 events of 2010-2019, each told by three outlets (Fox News, The New York Times, The
 * Huffington Post) — one triplet per event, articles/<year>/<triplet-uuid>_<n>.json with source, title, date and the
 * body as paragraphs of sentences. Read from the mirror at run time only (nothing committed): each article becomes a
 * gold text the way bench/data/gold-pages.ts reads one (headline, one paragraph a line, outlet, date), so a round
 * measures the engine, not page extraction. `loadBasil` returns null when the mirror is absent.
 */
import { existsSync } from 'node:fs';
import { decodeTextBytes } from '../../lib/text/normalize.ts';
import { goldArticle, type GoldDoc } from './gold-pages.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const BASIL_GIT = process.env.BASIL_GIT ?? '/work/.mirror/launchnlp+BASIL/repo';

export interface BasilDoc extends GoldDoc {
  /** The event: the triplet's uuid. */
  triplet: string;
}

/** Every BASIL article as "basil-<first 8 hex of the triplet>-<n>", in id order; null when the mirror is absent. */
export function loadBasil(gitDir = BASIL_GIT): BasilDoc[] | null {
  if (!existsSync(gitDir)) return null;
  const blobs = mirrorBlobs(gitDir, 'articles/').filter((b) => b.path.endsWith('.json'));
  const texts = mirrorRead(gitDir, blobs.map((b) => b.sha));
  const out: BasilDoc[] = [];
  blobs.forEach((b, n) => {
    const m = /([0-9a-f-]{36})_(\d)\.json$/.exec(b.path);
    if (!m || !texts[n]) return;
    const j = JSON.parse(decodeTextBytes(texts[n]!).text) as { source?: string; title?: string; date?: string; 'body-paragraphs'?: string[][] };
    const body = (j['body-paragraphs'] ?? []).map((p) => p.join(' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (!j.title || !body.length) return;
    const id = `basil-${m[1]!.slice(0, 8)}-${m[2]}`;
    const outlet = j.source ?? 'unknown';
    const article = goldArticle(id, j.title, outlet, body, j.date);
    if (article) out.push({ id, outlet, article, triplet: m[1]! });
  });
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}
