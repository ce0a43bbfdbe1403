/**
 * Scores the engine on the hand-labelled sets (tests/data/engine/*-labels.json): precision and
 * recall of "added" and "left out", each article of a set taken in turn as the one being read.
 * `npx tsx bench/eval.ts --errors` prints the same numbers per article, and the mistakes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import type { Article } from '../../lib/types';
import { evaluate, Resolved, sum, type Score } from '../data/engine/eval';
import { loadLabels, loadSet } from '../data/engine/fixtures';
import { loadNewsWclSet, newsWclMissing } from '../data/engine/newswcl';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadZyte, ZYTE_DIR } from '../data/engine/fixtures';
import { loadNewsWclDistractors, loadNewsWclEvent, NEWSWCL_DISTRACTOR_EVENTS } from '../data/engine/newswcl-corpus';
import type { Labels } from '../data/engine/eval';

async function score(set: 'seeds' | 'harbor' | 'doobie' | 'plague' | 'meth' | 'europa') {
  const articles = await loadSet(set);
  const resolved = new Resolved(loadLabels(set), articles);
  const index = new MemoryIndex(articles);
  const per: Array<{ id: string; added: Score; leftOut: Score }> = [];
  for (const a of articles) {
    const ev = evaluate(await compareArticle(a, index), resolved);
    per.push({ id: a.id, added: ev.added, leftOut: ev.leftOut });
  }
  return { resolved, per, added: sum(per.map((p) => p.added)), leftOut: sum(per.map((p) => p.leftOut)) };
}

const f1 = (s: Score) => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);

describe('labelled seeds', () => {
  let r: Awaited<ReturnType<typeof score>>;
  let articles: Article[];
  beforeAll(async () => {
    r = await score('seeds');
    articles = r.resolved.articles;
  });

  it('labels resolve to units of the ingested seeds', () => {
    expect(r.resolved.problems).toEqual([]);
    expect(articles).toHaveLength(5);
  });

  it('"added": precision and recall at least 0.9 over all five readings', () => {
    const { added } = r;
    expect(added.precision, added.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(added.recall, added.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('"left out": precision and recall at least 0.9 over all five readings', () => {
    const { leftOut } = r;
    expect(leftOut.precision, leftOut.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(leftOut.recall, leftOut.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('"added" and "left out" F1 at least 0.95 (issue 8)', () => {
    for (const s of [r.added, r.leftOut]) expect(f1(s), s.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('no single reading falls apart (each above 0.6 on both measures)', () => {
    for (const p of r.per) {
      for (const s of [p.added, p.leftOut]) {
        expect(s.precision, `${p.id}\n${s.errors.join('\n')}`).toBeGreaterThanOrEqual(0.6);
        expect(s.recall, `${p.id}\n${s.errors.join('\n')}`).toBeGreaterThanOrEqual(0.6);
      }
    }
  });
});

describe('labelled harbor story (written for these tests, not seen while building the engine)', () => {
  let r: Awaited<ReturnType<typeof score>>;
  beforeAll(async () => {
    r = await score('harbor');
  });

  it('labels resolve', () => {
    expect(r.resolved.problems).toEqual([]);
  });

  it('"added" and "left out" hold up: precision at least 0.9, recall at least 0.7', () => {
    for (const s of [r.added, r.leftOut]) {
      expect(s.precision, s.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, s.errors.join('\n')).toBeGreaterThanOrEqual(0.7);
    }
  });
});

/**
 * Real multi-outlet stories (tests/data/engine/doobie, plague: Zyte benchmark bodies, MIT), labelled
 * by reading the texts before the engine was run on them. The bars were set after the first
 * measurement (plague F1 0.86, doobie precision 0.87) to catch a regression; issue 8 asks for 0.90.
 */
describe('labelled real stories', () => {
  it('plague (four outlets): labels resolve, added and left-out F1 at least 0.8', async () => {
    const r = await score('plague');
    expect(r.resolved.problems).toEqual([]);
    for (const s of [r.added, r.leftOut]) expect(f1(s), s.errors.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it('doobie (three outlets): what is reported as added or left out is right at least 80% of the time', async () => {
    const r = await score('doobie');
    expect(r.resolved.problems).toEqual([]);
    // Recall is low (0.51): the tour-date lists' lines are not fact units (lib/engine/features.ts isFactUnit).
    for (const s of [r.added, r.leftOut]) expect(s.precision, s.errors.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  // meth was held out until facts4 (first measurement P 0.60 R 0.82); now a development set, so its
  // errors are printed. Guards below the measurement (P 0.64 R 0.79, docs/notes/facts4.md).
  it('meth (three outlets): labels resolve; recall of added and left out at least 0.75, precision at least 0.6', async () => {
    const r = await score('meth');
    expect(r.resolved.problems).toEqual([]);
    for (const s of [r.added, r.leftOut]) {
      expect(s.recall, s.errors.join('\n')).toBeGreaterThanOrEqual(0.75);
      expect(s.precision, s.errors.join('\n')).toBeGreaterThanOrEqual(0.6);
    }
  });
});

/**
 * Held-out real story (tests/data/engine/europa; docs/notes/facts.md): labelled before the engine
 * was run on it and never tuned on. Only a regression guard, set below the first measurement
 * (F1 0.90); its errors are not printed.
 */
describe('held-out real stories', () => {

  it('europa (three outlets): labels resolve; added and left-out F1 at least 0.85', async () => {
    const r = await score('europa');
    expect(r.resolved.problems).toEqual([]);
    for (const s of [r.added, r.leftOut]) expect(f1(s)).toBeGreaterThanOrEqual(0.85);
  });
});

/**
 * Real US-politics coverage (NewsWCL50 events 3 and 5: HuffPost, NYT, Fox News; docs/notes/facts3.md),
 * labelled before the engine was run on them; development sets. Only the labels are in the repo: the
 * texts are read from the NewsWCL50 mirror, and the test skips with the reason when it is absent.
 * Guards set below the measurement after this branch (dnc F1 0.88, ukvisit 0.90; first reading 0.84 / 0.86).
 */
describe('labelled US-politics stories (NewsWCL50)', () => {
  const missing = newsWclMissing();
  if (missing) console.log(`engine-eval: NewsWCL50 sets skipped: ${missing}`);
  for (const name of ['dnc', 'ukvisit']) {
    it.skipIf(!!missing)(`${name} (HuffPost, NYT, Fox): labels resolve; added and left-out F1 at least 0.85`, async () => {
      const articles = loadNewsWclSet(name)!;
      const labels = JSON.parse(readFileSync(join(ROOT, `tests/data/engine/${name}-labels.json`), 'utf8')) as Labels;
      const resolved = new Resolved(labels, articles);
      expect(resolved.problems).toEqual([]);
      const index = new MemoryIndex(articles);
      const per = [];
      for (const a of articles) per.push(evaluate(await compareArticle(a, index), resolved));
      for (const s of [sum(per.map((p) => p.added)), sum(per.map((p) => p.leftOut))]) expect(f1(s), s.errors.join('\n')).toBeGreaterThanOrEqual(0.85);
    });
  }
});

/**
 * Inside a corpus (bench/eval.ts --corpus; docs/notes/facts4.md): the seeds among the 181 zyte pages
 * and all outlets of the NewsWCL50 distractor events (the dev events 0, 3, 5 and 6: same people, same months). The report only changes
 * through the story decision there, so this guards the story against these distractors as the reader
 * sees it: the seeds' facts stay at F1 0.95 (measured 0.98).
 */
describe('inside a corpus', () => {
  it('never loads the held-out NewsWCL50 events 1, 2, 4, 7, 8 and 9 as distractors', () => {
    for (const e of [1, 2, 4, 7, 8, 9]) {
      expect(NEWSWCL_DISTRACTOR_EVENTS).not.toContain(e);
      expect(() => loadNewsWclEvent(e)).toThrow(/held out/);
    }
  });

  const absent = !ZYTE_DIR ? 'zyte pages absent (../shared)' : newsWclMissing();
  if (absent) console.log(`engine-eval: corpus reading skipped: ${absent}`);
  it.skipIf(!!absent)('the seeds among 181 zyte pages and 20 same-era political articles: added and left-out F1 at least 0.95', async () => {
    const seeds = await loadSet('seeds');
    const distractors = [...loadZyte(), ...loadNewsWclDistractors()!];
    expect(distractors.length).toBeGreaterThanOrEqual(190);
    const resolved = new Resolved(loadLabels('seeds'), seeds);
    const index = new MemoryIndex([...seeds, ...distractors]);
    const per = [];
    for (const a of seeds) {
      const rep = await compareArticle(a, index);
      // No distractor is taken for a seed's story.
      expect(rep.related.map((r) => r.id).filter((id) => !seeds.some((b) => b.id === id))).toEqual([]);
      per.push(evaluate(rep, resolved));
    }
    for (const sc of [sum(per.map((p) => p.added)), sum(per.map((p) => p.leftOut))]) expect(f1(sc), sc.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
