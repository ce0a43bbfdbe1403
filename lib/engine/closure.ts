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
 * itself about the story's most probable article and, only when that relates, of that article about
 * it (maxBridges) — the same decision as findRelated's, but only the pair asked about is aligned: at
 * most two bounded story decisions, never a scan.
 *
 * Then coherence, its mirror (cohereStory, called by closeStory): a weak relation stays only when the
 * story's most probable other article relates to it both ways (STORY_COHERENCE; docs/notes/story6.md).
 * Then consistency (consistStory): a relation whose two ends' stronger relations are two groups is dropped,
 * and closure's bridge must pass the same test (STORY_CONSISTENCY; docs/notes/story7.md).
 */
import type { Article, CorpusIndex } from '../types';
import { STORY_CLOSURE, STORY_COHERENCE, STORY_CONSISTENCY } from './fitted/story';
import { findRelated, STORY_DAYS, type CompareOptions, type StoryCandidate } from './story';

/**
 * Which of `targets` an article's own story decision (findRelated against its own pool) relates to it.
 * `read`, when given, is that decision in full (every candidate with its probability): story
 * consistency (consistStory) reads it; without it consistency is not applied.
 */
export type AskStory = ((article: Article, targets: string[]) => Promise<Set<string>>) & { read?: ReadStory };
/**
 * An article's own story decision in full: findRelated's candidates against its own pool (model only, no
 * closure). Read for its relations: every candidate's `related` and the related candidates' probabilities
 * are the decision's; storyAsker's reader leaves unaligned the candidates that cannot be related
 * (story.ts `relatedOnly`), whose probability is then a lower one. With `among`, the caller reads only
 * the candidates whose ids are in it: the reader may then decide only those (story.ts `decideOnly`) and
 * leave the others out.
 */
export type ReadStory = (article: Article, among?: ReadonlySet<string>) => Promise<StoryCandidate[]>;

/**
 * findRelated for the targets only: the same pool, cosines and unit IDF, so the same decision for
 * them, but only they are aligned (the expensive step); each question asked once per compare.
 */
export function storyAsker(corpus: CorpusIndex, opts: CompareOptions = {}): AskStory {
  const asked = new Map<string, Promise<Set<string>>>();
  const readings = new Map<string, Promise<StoryCandidate[]>>();
  const partial = new Map<string, Promise<StoryCandidate[]>>();
  const read: ReadStory = (a, among) => {
    let got = readings.get(a.id);
    if (got) return got;
    if (among && readsAmong) {
      // Only `among`'s decisions are read (consistency's check reads c's story within the reading's
      // candidates): the same pool, cosines and unit IDF, so the same decisions for them, with only
      // they aligned and scored (decideOnly); the others are left out, not kept as the full reading.
      const key = `${a.id}\u0000${[...among].sort().join('\u0000')}`;
      got = partial.get(key);
      if (!got) {
        got = findRelated(a, corpus, { ...opts, decideOnly: among, relatedOnly: true }).then(({ candidates }) => candidates.filter((x) => among.has(x.article.id)));
        partial.set(key, got);
      }
      return got;
    }
    got = findRelated(a, corpus, readsAmong ? { ...opts, relatedOnly: true } : opts).then(({ candidates }) => candidates);
    readings.set(a.id, got);
    return got;
  };
  const ask = (a: Article, targets: string[]) => {
    const key = `${a.id}\u0000${[...targets].sort().join('\u0000')}`;
    let got = asked.get(key);
    if (!got) {
      const only = new Set(targets);
      // An article already read in full answers from that reading (the same decision).
      const full = readings.get(a.id);
      got = (full ?? findRelated(a, corpus, { ...opts, decideOnly: only, relatedOnly: readsAmong }).then(({ candidates }) => candidates)).then(
        (candidates) => new Set(candidates.filter((x) => x.related && only.has(x.article.id)).map((x) => x.article.id)),
      );
      asked.set(key, got);
    }
    return got;
  };
  return Object.assign(ask, { read });
}

let inTurn = true;
/** Whether closure asks the near miss first and the bridge only after it relates, reading the bridge in full then (default on; off only to measure it: the same decisions). */
export function closureInTurn(on: boolean): void {
  inTurn = on;
}

let cohereTurn = true;
/** Whether coherence asks m's question first and c's only when m relates to c (perf57; default on; off only to measure it: both at once, the same answer). */
export function coherenceInTurn(on: boolean): void {
  cohereTurn = on;
}

let inTwoSteps = true;
/** Whether consistency's test decides c's relations to the reading's own story first, the others only when needed (perf57; default on; off only to measure it: the same answer). */
export function consistencyInTwoSteps(on: boolean): void {
  inTwoSteps = on;
}

let readsAmong = true;
/** Whether the extra readings read relations only: a check decides only the candidates it reads, and nothing that cannot be related is aligned (default on; off only to measure it: the same decisions). */
export function readStoriesAmong(on: boolean): void {
  readsAmong = on;
}

/** Closure's near misses: the only candidates it can take into the story (none when nothing relates); compare.ts reads their repeat counts ahead. */
export function nearMisses(candidates: StoryCandidate[]): StoryCandidate[] {
  if (!candidates.some((c) => c.related)) return [];
  return candidates
    .filter((c) => !c.related && c.score >= STORY_CLOSURE.pmin && c.apart !== null && c.apart <= STORY_DAYS)
    .sort((x, y) => y.score - x.score)
    .slice(0, STORY_CLOSURE.maxNear);
}

/**
 * Marks the near misses that join the story (`related`, `via`), then checks the story's weak relations
 * (cohereStory, with `coherence`; null: closure alone) and its groups (consistStory, with `consistency`
 * and an asker that can read a story in full; also the test a bridge's relation must pass); returns the
 * same list.
 */
export async function closeStory(
  candidates: StoryCandidate[],
  ask: AskStory,
  coherence: Parameters<typeof cohereStory>[2] | null = STORY_COHERENCE,
  consistency: Parameters<typeof consistStory>[2] | null = STORY_CONSISTENCY,
): Promise<StoryCandidate[]> {
  const cohere = async () => {
    if (coherence) await cohereStory(candidates, ask, coherence);
    if (consistency && ask.read) await consistStory(candidates, ask.read, consistency);
    return candidates;
  };
  const story = candidates.filter((c) => c.related);
  const near = nearMisses(candidates);
  if (story.length === 0 || near.length === 0) return cohere();
  const bridges = [...story].sort((x, y) => y.score - x.score).slice(0, STORY_CLOSURE.maxBridges);
  for (const c of near) {
    // The near miss's question first; the bridge's only when c relates to it (most near misses do not:
    // one story decision instead of two). Both decisions' reads started with the page's decision
    // (compare.ts prefetchPools), so asking them one after the other waits for no read of its own.
    // With consistency the bridge's story is then read in full at once — the bridge test below reads
    // it whenever both relate — and its question is answered from that reading (the same decision).
    let k = -1;
    if (inTurn) {
      for (let b = 0; b < bridges.length && k < 0; b++) {
        const m = bridges[b]!;
        if ((await ask(c.article, [m.article.id])).size === 0) continue;
        if (consistency && ask.read) await ask.read(m.article);
        if ((await ask(m.article, [c.article.id])).size > 0) k = b;
      }
    } else {
      // Before perf18: every question at once.
      const answers = await Promise.all(bridges.map((m) => Promise.all([ask(c.article, [m.article.id]), ask(m.article, [c.article.id])])));
      k = answers.findIndex(([ofC, ofM]) => ofC.size > 0 && ofM.size > 0);
    }
    // With consistency, the bridge's own relation to c must hold in the bridge's story as consistency
    // reads it (the same week's other event relates to one article of this story, and through it would
    // join every reading of the story).
    if (k >= 0 && consistency && ask.read) {
      const theirs = await ask.read(bridges[k]!.article);
      const mc = theirs.find((x) => x.article.id === c.article.id);
      if (!mc || (await twoGroups(theirs, mc, ask.read))) k = -1;
    }
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
    if (cohereTurn) {
      // perf57: m's question first (m's decision is often made already: closure's bridge); c's own decision, a new
      // story decision of its own pool, only when m relates to c — a "no" drops c whatever c says. The same answer.
      if ((await ask(m.article, [c.article.id])).size === 0 || (rule.both && (await ask(c.article, [m.article.id])).size === 0)) c.related = false;
      continue;
    }
    const answers = await Promise.all([ask(m.article, [c.article.id]), ...(rule.both ? [ask(c.article, [m.article.id])] : [])]);
    if (answers.some((a) => a.size === 0)) c.related = false;
  }
  return candidates;
}

/**
 * Story consistency: the model decides pair by pair, and with three outlets per event two events of one
 * week on the same people (NewsWCL50: Pompeo's secret Easter meeting with Kim, 17 April 2018; North Korea
 * suspending its missile tests, 20 April) relate across at p 0.4–0.6, the articles of one event standing
 * above the other event's for each reader. Each story is a group: for a relation q → c at probability s,
 * q's stronger group is its story's other articles above s, and c's is c's own related articles above s
 * (c's full story decision, read against c's own pool; counted among q's candidates only, which also
 * leaves q itself out). The relation is dropped when both groups are non-empty and one of them lies
 * wholly outside the other side's story — none of c's stronger articles is in q's story, or none of q's
 * stronger articles is in c's: two groups, and c belongs to the other. A relation stronger than
 * everything else of either side, a c whose own story holds nothing above s (another angle of the same
 * event: nothing else claims it), and a c whose stronger articles q's story also holds, are kept.
 * Closure's admissions are left alone; the `maxCheck` weakest relations below `pmax` are checked (each check
 * is one story decision of c, through the same asker as closure's questions, read in full), the strongest
 * of them first, each against the story the previous checks left.
 * Constant: STORY_CONSISTENCY (fitted/story.ts; bench/story-closure.ts --consistent, docs/notes/story7.md).
 */
export async function consistStory(
  candidates: StoryCandidate[],
  read: ReadStory,
  rule: { pmax: number; maxCheck?: number } = STORY_CONSISTENCY,
): Promise<StoryCandidate[]> {
  const checked = candidates
    .filter((c) => c.related && !c.via && c.score < rule.pmax)
    .sort((x, y) => x.score - y.score)
    .slice(0, rule.maxCheck ?? Infinity);
  // The strongest of them first, each against the story the previous left: two articles of the other event
  // in the story confirm each other until the stronger of them has gone.
  for (const c of checked.reverse()) if (await twoGroups(candidates, c, read)) c.related = false;
  return candidates;
}

/**
 * The consistency test of one relation (consistStory): in a reading whose candidates are `candidates`,
 * are its relation to c and c's own story two groups? False without asking when the reading holds nothing
 * stronger than c; else c's full story decision is read.
 */
export async function twoGroups(candidates: StoryCandidate[], c: StoryCandidate, read: ReadStory): Promise<boolean> {
  const mine = candidates.filter((m) => m.related && m !== c);
  const mineStrong = mine.filter((m) => m.score > c.score);
  if (mineStrong.length === 0) return false;
  // c's own story, among the reading's candidates (the reading itself is never one of them).
  const pool = new Set(candidates.map((x) => x.article.id));
  if (inTwoSteps) {
    // perf57: c's decisions of the reading's own story first (`mine`): they alone tell whether one of c's stronger
    // articles is in that story, and which of mine c relates to. Only when none of c's stronger articles is among
    // them does the answer hang on whether c has a stronger article elsewhere, and then the others are decided too.
    // The same decisions (each candidate's is the same whichever others are decided), the same answer.
    const ofMine = new Set(mine.map((m) => m.article.id));
    const theirsMine = (await read(c.article, ofMine)).filter((x) => x.related && ofMine.has(x.article.id));
    if (theirsMine.some((x) => x.score > c.score)) {
      const ids = new Set(theirsMine.map((x) => x.article.id));
      return !mineStrong.some((m) => ids.has(m.article.id));
    }
    const rest = new Set([...pool].filter((id) => !ofMine.has(id)));
    return rest.size > 0 && (await read(c.article, rest)).some((x) => x.related && rest.has(x.article.id) && x.score > c.score);
  }
  const theirs = (await read(c.article, pool)).filter((x) => x.related && pool.has(x.article.id));
  const theirsStrong = theirs.filter((x) => x.score > c.score);
  if (theirsStrong.length === 0) return false;
  const outside = (xs: StoryCandidate[], group: StoryCandidate[]) => {
    const ids = new Set(group.map((x) => x.article.id));
    return !xs.some((x) => ids.has(x.article.id));
  };
  return outside(theirsStrong, mine) || outside(mineStrong, theirs);
}
