/**
 * The product's story path run over a corpus, shared by the acceptance-shaped benches (bench/story-gvc.ts,
 * bench/story-multinews.ts): every read article in turn goes through `findRelated`, then `closeStory` with a
 * `storyAsker` (closure, coherence and consistency: what compare.ts `relatedStory` decides). Ordered pairs: a related
 * article of the same group is a hit, anything else related is a false relation; recall over the read pairs of each
 * group. Also counted: retrieval-only recall (the partner among findRelated's candidates, before any decision), the
 * distinct story questions asked per reading, CPU, and each false relation and miss by evidence (ids and numbers only).
 * After closure, a side that is all site furniture relates to nothing (repeats.ts `withoutFurnitureRelations`, as
 * `relatedStory` does); `--no-furniture-step` leaves that step out (the story before docs/notes/furnstory31.md).
 */
import { closeStory, cohereStory, consistStory, storyAsker, type AskStory } from '../lib/engine/closure.ts';
import { STORY_COHERENCE, STORY_CONSISTENCY, STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { findRelated, type MemoryIndex, type StoryCandidate } from '../lib/engine/index.ts';
import { daysApart, STORY_DAYS } from '../lib/engine/story.ts';
import { nameVector } from '../lib/engine/vectors.ts';
import { withoutFurnitureRelations } from '../lib/engine/repeats.ts';
import type { Article } from '../lib/types.ts';

export interface StoryRunInput {
  index: MemoryIndex;
  /** The articles read in turn (all in the index). */
  read: Article[];
  /** The group (story, incident) of every read article and of every distractor that has one. */
  groupOf: Map<string, string>;
  /** A false relation's kind (read, distractor kinds, seed, zyte…), for the counts and the error lines. */
  kindOf: (id: string) => string;
  /** An article's own date (YYYY-MM-DD) when known, for "pairs ≤ STORY_DAYS apart"; absent: no pair is in window. */
  dateOf?: (id: string) => string | null;
  /** Every article whose pairs count (default: read); a shard reads part of them, its gold partners are among all. */
  allRead?: Article[];
  /** Called with each reading's candidates and gold partners (for dumps). */
  onCandidates?: (a: Article, base: StoryCandidate[], gold: string[]) => void;
}

export interface StoryTally {
  tp: number;
  fp: number;
  /** Ordered true pairs. */
  gold: number;
  /** Ordered true pairs whose partner is among findRelated's candidates. */
  retrieved: number;
  goldIn: number;
  tpIn: number;
  questions: number;
  readings: number;
  fpKind: Map<string, number>;
  /** One line a false relation / miss, ids and numbers only. */
  errors: string[];
  /** CPU seconds (user + system) over the readings. */
  cpu: number;
  /** Relations closure made that the furniture step dropped: of the same group / not. */
  droppedTrue?: number;
  droppedFalse?: number;
  /** Per step of the story path (bench/story32-steps.ts): ordered pairs of the same group / not that the step removed or added. */
  steps?: Record<StepName, StepCount>;
}

/**
 * The story path's steps in the order compare.ts `relatedStory` runs them: the model's threshold (findRelated's
 * probability ≥ STORY_MODEL.threshold, dates aside), the date window (STORY_DAYS, both dates known), closure (with
 * consistency's bridge test), coherence, consistency, the furniture step. closeStory is closure then coherence then
 * consistency; run here one at a time (closure with consistency's checks bounded to none, so that only its bridge test
 * reads consistency), and checked against closeStory itself on a copy (same asker: the same decisions).
 */
export const STEPS = ['model', 'window', 'closure', 'coherence', 'consistency', 'furniture'] as const;
export type StepName = (typeof STEPS)[number];
export interface StepCount {
  trueOut: number;
  falseOut: number;
  trueIn: number;
  falseIn: number;
}
export const noSteps = (): Record<StepName, StepCount> =>
  Object.fromEntries(STEPS.map((s) => [s, { trueOut: 0, falseOut: 0, trueIn: 0, falseIn: 0 }])) as Record<StepName, StepCount>;

const cut = (x: number) => x.toFixed(2);
/** One line of the steps' counts: the model's accepted pairs (same / other), then what each later step took out and put in. */
export function stepsLine(steps: Record<StepName, StepCount>): string {
  const m = steps.model;
  return [`model accepts ${m.trueIn} same / ${m.falseIn} other`, ...STEPS.slice(1).map((k) => `${k} −${steps[k].trueOut} same −${steps[k].falseOut} other +${steps[k].trueIn} same +${steps[k].falseIn} other`)].join('; ');
}
const FURNITURE_STEP = !process.argv.includes('--no-furniture-step');

export async function runStoryPath({ index, read, groupOf, kindOf, dateOf, onCandidates, allRead = read }: StoryRunInput): Promise<StoryTally> {
  const inner = storyAsker(index);
  const t: StoryTally = { tp: 0, fp: 0, gold: 0, retrieved: 0, goldIn: 0, tpIn: 0, questions: 0, readings: 0, fpKind: new Map(), errors: [], cpu: 0, droppedTrue: 0, droppedFalse: 0, steps: noSteps() };
  const cpu0 = process.cpuUsage();
  for (const a of read) {
    const grp = groupOf.get(a.id)!;
    const { candidates: base } = await findRelated(a, index);
    const rankOf = new Map(base.map((c, k) => [c.article.id, k + 1]));
    const gold = allRead.filter((d) => d.id !== a.id && groupOf.get(d.id) === grp).map((d) => d.id);
    onCandidates?.(a, base, gold);
    const seen = new Set<string>();
    const ask: AskStory = Object.assign(
      (x: Article, targets: string[]) => {
        seen.add(`${x.id}|${targets.join(',')}`);
        return inner(x, targets);
      },
      {
        read: (x: Article, among?: ReadonlySet<string>) => {
          seen.add(`${x.id}|*`);
          return inner.read!(x, among);
        },
      },
    );
    // The steps one at a time (see STEPS): each step's changes, by ordered pair.
    const goldSet = new Set(gold);
    let before = new Set<string>();
    const step = (name: StepName, now: Set<string>) => {
      const n = t.steps![name];
      for (const id of before) if (!now.has(id)) (goldSet.has(id) ? n.trueOut++ : n.falseOut++, t.errors.push(`  step ${name} out ${a.id} → ${id} [${goldSet.has(id) ? 'same' : kindOf(id)}]`));
      for (const id of now) if (!before.has(id)) (goldSet.has(id) ? n.trueIn++ : n.falseIn++, name !== 'model' && t.errors.push(`  step ${name} in ${a.id} → ${id} [${goldSet.has(id) ? 'same' : kindOf(id)}]`));
      before = now;
    };
    const relatedIds = (xs: StoryCandidate[]) => new Set(xs.filter((c) => c.related).map((c) => c.article.id));
    step('model', new Set(base.filter((c) => c.score >= STORY_MODEL.threshold).map((c) => c.article.id)));
    step('window', relatedIds(base));
    const closed = base.map((c) => ({ ...c }));
    await closeStory(closed, ask, null, { ...STORY_CONSISTENCY, maxCheck: 0 });
    step('closure', relatedIds(closed));
    await cohereStory(closed, ask, STORY_COHERENCE);
    step('coherence', relatedIds(closed));
    await consistStory(closed, ask.read!, STORY_CONSISTENCY);
    step('consistency', relatedIds(closed));
    // The same decisions as closeStory in one call (a check of the split above; the asker's answers are kept).
    const whole = relatedIds(await closeStory(base.map((c) => ({ ...c })), ask));
    const split = relatedIds(closed);
    if (whole.size !== split.size || [...whole].some((id) => !split.has(id))) throw new Error(`story-run: the steps one at a time differ from closeStory for ${a.id}`);
    const cs = FURNITURE_STEP ? await withoutFurnitureRelations(a, closed, index) : closed;
    step('furniture', relatedIds(cs));
    // What the step took away (the run without it relates these too): ids only.
    cs.forEach((c, k) => {
      if (!c.related && closed[k]!.related) {
        const same = gold.includes(c.article.id);
        same ? (t.droppedTrue = (t.droppedTrue ?? 0) + 1) : (t.droppedFalse = (t.droppedFalse ?? 0) + 1);
        t.errors.push(`  dropped ${a.id} → ${c.article.id} [${same ? 'same' : kindOf(c.article.id)}]: all furniture`);
      }
    });
    t.questions += seen.size;
    t.readings++;
    const related = new Map(cs.filter((c) => c.related).map((c) => [c.article.id, c]));
    t.gold += gold.length;
    for (const id of gold) if (rankOf.has(id)) t.retrieved++;
    const inWindow = (id: string) => {
      const d = daysApart(dateOf?.(a.id) ?? null, dateOf?.(id) ?? null);
      return d !== null && d <= STORY_DAYS;
    };
    for (const id of gold) if (inWindow(id)) (t.goldIn++, related.has(id) && t.tpIn++);
    const sharedNames = (c: StoryCandidate) => {
      const x = nameVector(a);
      let n = 0;
      for (const k of nameVector(c.article).keys()) if (x.has(k)) n++;
      return n;
    };
    const show = (c: StoryCandidate | undefined, id: string) =>
      c
        ? `p ${cut(c.score)} cos ${cut(c.docScore)} z ${c.z.toFixed(1)} lead ${cut(c.lead)} names ${cut(c.names)} (${sharedNames(c)} shared) title ${cut(c.title)} fig ${cut(c.figures)} ratio ${cut(c.ratio)} back ${cut(c.back)} rank ${rankOf.get(id)}/${base.length} apart ${c.apart === null ? '?' : Math.round(c.apart)}d${c.via ? ` via ${c.via}` : ''}`
        : 'not retrieved';
    const byId = new Map(cs.map((c) => [c.article.id, c]));
    for (const [id, c] of related) {
      if (gold.includes(id)) t.tp++;
      else {
        t.fp++;
        const k = kindOf(id);
        t.fpKind.set(k, (t.fpKind.get(k) ?? 0) + 1);
        t.errors.push(`  false  ${a.id} → ${id} [${k}]: ${show(c, id)}`);
      }
    }
    for (const id of gold) if (!related.has(id)) t.errors.push(`  missed ${a.id} → ${id}: ${show(byId.get(id), id)}`);
  }
  const cpu = process.cpuUsage(cpu0);
  t.cpu = (cpu.user + cpu.system) / 1e6;
  console.log(`steps: ${stepsLine(t.steps!)}`);
  if (FURNITURE_STEP) console.log(`furniture step: ${(t.droppedTrue ?? 0) + (t.droppedFalse ?? 0)} relations dropped (${t.droppedTrue ?? 0} of the same group, ${t.droppedFalse ?? 0} false)`);
  return t;
}
