/**
 * One step of story closure. The fitted model reads each pair against the query's own pool; two
 * outlets that tell one event in different words can fall under its threshold although each is
 * plainly related to a third (NewsWCL50: NYT and Fox on Trump's UK visit, p 0.23, both related to
 * HuffPost's). A candidate the model leaves out is taken into the story when
 *   - both dates are known and within the window (without dates, on ECB+'s same-kind events and an
 *     undated corpus of same-month politics, closure chains different events together), the model
 *     gives it at least STORY_CLOSURE.pmin, and
 *   - the story's most probable article m is related to it both ways (m → c and c → m),
 * each read by the same model against m's and c's own pools. `pmin` is the one constant, chosen on
 * the dev splits by `npx tsx bench/story-closure.ts --one-way --dated --max-near 1 --max-bridges 1`
 * (docs/notes/story.md, "Closure").
 *
 * Cost: only the best near miss opens it (STORY_CLOSURE.maxNear), asking the story decision of
 * itself about the story's most probable article and of that article about it (maxBridges), both
 * at once — the same decision as findRelated's, but only the pair asked about is aligned: two
 * bounded story decisions, never a scan.
 *
 * Then coherence, its mirror (cohereStory, called by closeStory): a weak relation stays only when the
 * story's most probable other article relates to it both ways (STORY_COHERENCE; docs/notes/story6.md).
 */
import type { Article, CorpusIndex } from '../types';
import { STORY_CLOSURE, STORY_COHERENCE } from './fitted/story';
import { findRelated, STORY_DAYS, type CompareOptions, type StoryCandidate } from './story';

/** Which of `targets` an article's own story decision (findRelated against its own pool) relates to it. */
export type AskStory = (article: Article, targets: string[]) => Promise<Set<string>>;

/**
 * findRelated for the targets only: the same pool, cosines and unit IDF, so the same decision for
 * them, but only they are aligned (the expensive step); each question asked once per compare.
 */
export function storyAsker(corpus: CorpusIndex, opts: CompareOptions = {}): AskStory {
  const asked = new Map<string, Promise<Set<string>>>();
  return (a, targets) => {
    const key = `${a.id}\u0000${[...targets].sort().join('\u0000')}`;
    let got = asked.get(key);
    if (!got) {
      const only = new Set(targets);
      got = findRelated(a, corpus, { ...opts, decideOnly: only }).then(
        ({ candidates }) => new Set(candidates.filter((x) => x.related && only.has(x.article.id)).map((x) => x.article.id)),
      );
      asked.set(key, got);
    }
    return got;
  };
}

/**
 * Marks the near misses that join the story (`related`, `via`), then checks the story's weak relations
 * (cohereStory, with `coherence`; null: closure alone); returns the same list.
 */
export async function closeStory(
  candidates: StoryCandidate[],
  ask: AskStory,
  coherence: Parameters<typeof cohereStory>[2] | null = STORY_COHERENCE,
): Promise<StoryCandidate[]> {
  const cohere = () => (coherence ? cohereStory(candidates, ask, coherence) : candidates);
  const story = candidates.filter((c) => c.related);
  const near = candidates
    .filter((c) => !c.related && c.score >= STORY_CLOSURE.pmin && c.apart !== null && c.apart <= STORY_DAYS)
    .sort((x, y) => y.score - x.score)
    .slice(0, STORY_CLOSURE.maxNear);
  if (story.length === 0 || near.length === 0) return cohere();
  const bridges = [...story].sort((x, y) => y.score - x.score).slice(0, STORY_CLOSURE.maxBridges);
  for (const c of near) {
    // Both questions at once: their database reads overlap.
    const answers = await Promise.all(
      bridges.map((m) => Promise.all([ask(c.article, [m.article.id]), ask(m.article, [c.article.id])])),
    );
    const k = answers.findIndex(([ofC, ofM]) => ofC.size > 0 && ofM.size > 0);
    if (k >= 0) {
      c.related = true;
      c.via = bridges[k]!.article.id;
    }
  }
  return cohere();
}

/**
 * Coherence, the mirror of closure: the model decides pair by pair, and two events of one week on the
 * same people (NewsWCL50: Pompeo's secret meeting with Kim, 17 April 2018, and North Korea suspending
 * its missile tests, 20 April) can pass its threshold although the story as a whole says otherwise. A
 * weak relation (probability below `pmax`, not taken in by closure) stays in the story only when
 * the story's most probable other article m relates to it too (m → c; with `both`, c → m as well),
 * read by the same model against m's own pool. The weakest `maxWeak` relations are asked about, one
 * question each (two with `both`), through the same bounded asker as closure; the others are kept, and
 * a story of one article is left as it is (nothing to check it against). Constants: STORY_COHERENCE
 * (fitted/story.ts; bench/story-closure.ts --cohere, bench/story-corpus.ts, docs/notes/story6.md).
 */
export async function cohereStory(
  candidates: StoryCandidate[],
  ask: AskStory,
  rule: { pmax: number; both?: boolean; maxWeak?: number } = STORY_COHERENCE,
): Promise<StoryCandidate[]> {
  const story = candidates.filter((c) => c.related).sort((x, y) => y.score - x.score);
  const weak = story
    .filter((c) => !c.via && c.score < rule.pmax)
    .sort((x, y) => x.score - y.score)
    .slice(0, rule.maxWeak ?? Infinity);
  for (const c of weak) {
    const m = story.find((x) => x !== c && x.related);
    if (!m) continue;
    const answers = await Promise.all([ask(m.article, [c.article.id]), ...(rule.both ? [ask(c.article, [m.article.id])] : [])]);
    if (answers.some((a) => a.size === 0)) c.related = false;
  }
  return candidates;
}
