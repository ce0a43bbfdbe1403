/**
 * Fits the same-story decision (lib/engine/story.ts → lib/engine/fitted/story.ts) and reports it.
 *   npx tsx bench/fit-story.ts            collect evidence, fit, print dev and held-out numbers
 *   npx tsx bench/fit-story.ts --cached   refit from the evidence collected last time (/tmp)
 *   npx tsx bench/fit-story.ts --skip-old without running the old rule (half the time)
 *
 * Data (public; nothing of ECB+ beyond the 13-article test sample is committed):
 * - ECB+ (bench/data/ecbplus.ts): 43 topics, each with two different events of one kind. In each
 *   of DRAWS draws, STORY_SIZE articles are drawn at random from every event (the coverage a reader
 *   meets: a few outlets per event) and read in turn against a corpus of those, the project's
 *   test sets and the 181 zyte pages (real news of other days); same story = same topic and same
 *   event. Dev split: odd topics. Held-out split: even topics, never used for fitting.
 * - The project's labelled sets (seeds, harbor, same-people distractors) in the corpora of
 *   tests/unit/engine.test.ts: fitted on together with the ECB+ dev split, each source weighing
 *   as much as the other in total.
 * Pairs are ordered (reading q, candidate c); recall counts gold pairs the index never retrieved.
 * The old rule (the hand-set cuts of lib/engine/compare.ts at OLD_COMMIT) is run on the same
 * queries for comparison, from git, when the repository history is there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryIndex } from '../lib/engine/memory-index.ts';
import { findRelated, storyInputs, type StoryEvidence } from '../lib/engine/story.ts';
import type { Article, CorpusIndex } from '../lib/types.ts';
import { loadSet, loadZyte, mixedArticles, ROOT, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT, loadEcbPlus, type EcbDoc } from './data/ecbplus.ts';
import { fitLogistic } from './logistic.ts';

const OLD_COMMIT = '595ffa4';
const CACHE = join(tmpdir(), 'parallax-story-rows.json');
/** Articles per event in each draw (the acceptance set has three outlets per event) and how many draws. */
const STORY_SIZE = 3;
const DRAWS = 3;

/** Up to `size` articles of each event, chosen by a seeded shuffle (events with fewer than 2 are left out). */
function drawStories(docs: EcbDoc[], size: number, seed: number): EcbDoc[] {
  let s = seed >>> 0;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const byStory = new Map<string, EcbDoc[]>();
  for (const d of docs) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);
  const out: EcbDoc[] = [];
  for (const story of [...byStory.keys()].sort()) {
    const xs = [...byStory.get(story)!];
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    if (xs.length >= 2) out.push(...xs.slice(0, size));
  }
  return out;
}

interface Row extends StoryEvidence {
  split: 'dev' | 'test' | 'project';
  q: string;
  c: string;
  label: boolean;
}
interface Query {
  article: Article;
  split: Row['split'];
  /** Ids of the other articles of its story. */
  gold: Set<string>;
  /** Ids whose label is known (a candidate outside is an unlabelled page: counted as not the same story). */
}
interface Collected {
  rows: Row[];
  /** Gold pairs per split (for recall, including those never retrieved). */
  goldPairs: Record<string, number>;
  /** Old rule: true positives and predicted positives per split. */
  old: Record<string, { tp: number; pred: number }> | null;
}

async function oldFindRelated(): Promise<((a: Article, c: CorpusIndex) => Promise<{ candidates: Array<{ article: Article; related: boolean }> }>) | null> {
  try {
    const src = execFileSync('git', ['-C', ROOT, 'show', `${OLD_COMMIT}:lib/engine/compare.ts`], { encoding: 'utf8' });
    const dir = join(tmpdir(), 'parallax-old-story');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'compare.ts');
    writeFileSync(file, src.replace(/from '\.\.\//g, `from '${ROOT}/lib/`).replace(/from '\.\//g, `from '${ROOT}/lib/engine/`));
    return (await import(file)).findRelated;
  } catch (e) {
    console.log(`old rule skipped: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    return null;
  }
}

/** Each seed relates to the other seeds, each harbor article (but h5) to the other harbor ones; the distractors and h5 to nothing. */
function projectQueries(seeds: Article[], harbor: Article[], distractors: Article[]): Query[] {
  const group = (xs: Article[]) => xs.map((a) => ({ article: a, split: 'project' as const, gold: new Set(xs.filter((b) => b !== a).map((b) => b.id)) }));
  const out: Query[] = [...group(seeds), ...group(harbor.filter((h) => !h.id.startsWith('h5')))];
  for (const a of [...distractors, ...harbor.filter((h) => h.id.startsWith('h5'))]) out.push({ article: a, split: 'project', gold: new Set() });
  return out;
}

async function collect(): Promise<Collected | null> {
  const ecb = loadEcbPlus();
  if (!ecb) {
    console.log(`skipped: ECB+ not found at ${ECB_GIT} (fetch github:cltl/ECB-parser with the project's fetch tool)`);
    return null;
  }
  const seeds = await loadSet('seeds');
  const harbor = await loadSet('harbor');
  const distractors = await loadSet('distractors');
  const zyte = ZYTE_DIR && existsSync(ZYTE_DIR) ? loadZyte() : (console.log("zyte distractors skipped: ../shared/data/zyte-article-extraction absent"), []);
  const project = [...seeds, ...harbor, ...distractors];
  const old = process.argv.includes('--skip-old') ? null : await oldFindRelated();
  const rows: Row[] = [];
  const goldPairs: Record<string, number> = {};
  const oldCounts: Record<string, { tp: number; pred: number }> = {};

  for (let draw = 0; draw < DRAWS; draw++) {
    // Like the coverage a reader meets: a few outlets per event (STORY_SIZE articles drawn at
    // random from each ECB+ event), beside the other event of the same topic, the project's sets
    // and the zyte pages.
    const picked = drawStories(ecb, STORY_SIZE, 1 + draw);
    const corpus = [...picked.map((d) => d.article), ...project, ...zyte];
    const index = new MemoryIndex(corpus);
    console.log(`draw ${draw + 1}/${DRAWS}: corpus ${corpus.length} articles (${picked.length} ECB+, ${zyte.length} zyte, ${project.length} project)`);
    const queries: Query[] = [];
    for (const d of picked) {
      const gold = picked.filter((e) => e !== d && e.story === d.story).map((e) => e.article.id);
      queries.push({ article: d.article, split: d.topic % 2 ? 'dev' : 'test', gold: new Set(gold) });
    }
    if (draw === 0) queries.push(...projectQueries(seeds, harbor, distractors));
    await run(queries, index);
  }

  // The project's sets in the corpora a reader meets (and tests/unit/engine.test.ts builds): with
  // the zyte pages only; with 500 synthetic articles mixing the same-people stories' sentences
  // into unrelated text; and a small corpus that holds mostly one story.
  const noise = zyte.length ? mixedArticles(distractors.map((a) => a.units.map((u) => u.text)), zyte.flatMap((a) => a.units.map((u) => u.text)), 500) : [];
  const corpora = [[...project, ...zyte], [...seeds, ...noise, ...zyte], project];
  for (const corpus of corpora) {
    console.log(`project sets in a corpus of ${corpus.length}`);
    // Among the synthetic articles, those made of a distractor's sentences are partly its story: only the seeds are read there.
    const qs = projectQueries(seeds, harbor, distractors).filter((q) => corpus !== corpora[1] || seeds.includes(q.article));
    await run(qs, new MemoryIndex(corpus));
  }

  async function run(queries: Query[], index: MemoryIndex): Promise<void> {
    for (const q of queries) {
      goldPairs[q.split] = (goldPairs[q.split] ?? 0) + q.gold.size;
      const { candidates } = await findRelated(q.article, index);
      for (const c of candidates) {
        rows.push({ split: q.split, q: q.article.id, c: c.article.id, label: q.gold.has(c.article.id), docScore: c.docScore, z: c.z, lead: c.lead, names: c.names, figures: c.figures, title: c.title });
      }
      if (old) {
        const o = (oldCounts[q.split] ??= { tp: 0, pred: 0 });
        for (const c of (await old(q.article, index)).candidates) {
          if (!c.related) continue;
          o.pred++;
          if (q.gold.has(c.article.id)) o.tp++;
        }
      }
    }
  }
  const out = { rows, goldPairs, old: old ? oldCounts : null };
  writeFileSync(CACHE, JSON.stringify(out));
  return out;
}

const prob = (m: { weights: number[]; bias: number }, r: StoryEvidence) => {
  const x = storyInputs(r);
  return 1 / (1 + Math.exp(-(m.bias + x.reduce((s, v, k) => s + v * m.weights[k]!, 0))));
};

function score(rows: Row[], gold: number, related: (r: Row) => boolean): { p: number; r: number; tp: number; fp: number; gold: number } {
  let tp = 0;
  let fp = 0;
  for (const r of rows) if (related(r)) r.label ? tp++ : fp++;
  return { p: tp + fp ? tp / (tp + fp) : 1, r: gold ? tp / gold : 1, tp, fp, gold };
}
const fmt = (s: { p: number; r: number; tp: number; fp: number; gold: number }) =>
  `P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  (${s.tp} of ${s.gold} gold pairs, ${s.fp} false)`;

const data = process.argv.includes('--cached') && existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Collected) : await collect();
if (data) {
  // Fitted on the ECB+ dev split and the project's own labelled sets (seeds, harbor, same-people
  // distractors), each source weighing as much as the other in total: ECB+ brings many real
  // events, the project's sets the adversarial same-people-same-week stories.
  const dev = data.rows.filter((r) => r.split === 'dev' || r.split === 'project');
  const nEcb = dev.filter((r) => r.split === 'dev').length;
  const nProject = dev.length - nEcb;
  const model = fitLogistic(dev.map(storyInputs), dev.map((r) => r.label), 1e-3, dev.map((r) => (r.split === 'project' ? nEcb / nProject : 1)));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const fitted = { weights: model.weights.map(round), bias: round(model.bias) };
  console.log(`\nfitted on ${dev.length} candidates (${nEcb} ECB+ dev, ${nProject} project; ${dev.filter((r) => r.label).length} same story):`);
  console.log(`STORY_MODEL weights ${JSON.stringify(fitted.weights)} bias ${fitted.bias}`);
  console.log('\n| split | rule | precision | recall |');
  for (const split of ['dev', 'test', 'project'] as const) {
    const rows = data.rows.filter((r) => r.split === split);
    const gold = data.goldPairs[split] ?? 0;
    const retrieved = rows.filter((r) => r.label).length;
    console.log(`${split}: ${gold} gold pairs, ${retrieved} retrieved among the candidates`);
    console.log(`  fitted model  ${fmt(score(rows, gold, (r) => prob(fitted, r) >= 0.5))}`);
    const o = data.old?.[split];
    if (o) console.log(`  old rule      P ${(o.pred ? o.tp / o.pred : 1).toFixed(3)}  R ${(gold ? o.tp / gold : 1).toFixed(3)}  (${o.tp} of ${gold} gold pairs, ${o.pred - o.tp} false)`);
  }
}
