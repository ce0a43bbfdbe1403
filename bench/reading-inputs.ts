/**
 * What the report reads for one article read against a corpus, as the fact benches rebuild it:
 * the related articles (the story decision), the report features of the article and of each related
 * one, and the story's unit IDF (lib/engine/compare.ts builds the same before `buildReport`); the
 * units weighed and their actors by unit number; a labelled set's resolved labels.
 */
import { readFileSync } from 'node:fs';
import { actorsOf, type Weighted } from '../lib/engine/align.ts';
import { reportFeatures } from '../lib/engine/features.ts';
import { featuresOf, findRelated, unitIdf, weighAll } from '../lib/engine/story.ts';
import type { Article, CorpusIndex, RelatedArticle, Report } from '../lib/types.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';

export async function readingInputs(x: Article, index: CorpusIndex) {
  const { candidates } = await findRelated(x, index);
  const rel = candidates.filter((c) => c.related).map((c) => c.article);
  const fx = reportFeatures(x, featuresOf(x));
  const fr = rel.map((a) => reportFeatures(a, featuresOf(a)));
  const idf = unitIdf([fx, ...fr]);
  return { rel, fx, fr, idf };
}

/** An article's fact units weighed with the story's IDF and their main actors, by unit number (weighAll keeps fact units only). */
export function weighedByUnit(feats: ReturnType<typeof reportFeatures>, idf: ReturnType<typeof unitIdf>) {
  const ws = weighAll(feats, idf);
  const actors = actorsOf(ws);
  const w = new Map<number, Weighted>();
  const a = new Map<number, Set<string> | null>();
  ws.forEach((x, k) => (w.set(x.f.unit.i, x), a.set(x.f.unit.i, actors[k]!)));
  return { w, a };
}

/** A labelled set's labels, resolved against its articles, and whether two fact groups are a loose pair. */
export function labelsOf(name: string, articles: Article[]) {
  const labels = JSON.parse(readFileSync(`tests/data/engine/${name}-labels.json`, 'utf8')) as Labels;
  const loose = (f: string, g: string) => labels.loose.some(([p, q]) => (p === f && q === g) || (p === g && q === f));
  const res = new Resolved(labels, articles);
  /**
   * The labels' verdict on pairing unit `a` of article `x` with unit `b` of article `r`: true when they
   * share a labelled fact (or a loose pair of facts), false when either is a non-fact or their facts
   * differ, null when either unit has no label.
   */
  const sameByLabels = (x: string, a: number, r: string, b: number): boolean | null => {
    if (res.isNonfact(x, a) || res.isNonfact(r, b)) return false;
    const fa = res.factsOf(x, a);
    const fb = res.factsOf(r, b);
    return fa.size && fb.size ? [...fa].some((f) => fb.has(f) || [...fb].some((g) => loose(f, g))) : null;
  };
  return { labels, res, loose, sameByLabels };
}

/**
 * The report's errors in the added direction for article `x` read against `rel`: each unit u of a
 * related article R whose gold answer ("missing from x") the report does not give — added though x
 * tells it, or not added though x lacks it. `k` is R's index in `rel`, `unit` the report's view of u.
 */
export function addedErrors(x: Article, rep: Report, rel: Article[], r: Resolved) {
  const added = new Set(rep.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));
  const out: Array<{ R: Article; k: number; u: Article['units'][number]; pred: boolean; uu: RelatedArticle['units'][number] }> = [];
  rel.forEach((R, k) => {
    const ru = rep.related.find((q) => q.id === R.id)!;
    for (const u of R.units) {
      const gold = r.missing(R.id, u.i, x.id);
      if (gold === null) continue;
      const pred = added.has(`${R.id}#${u.i}`);
      if (gold !== pred) out.push({ R, k, u, pred, uu: ru.units[u.i]! });
    }
  });
  return out;
}
