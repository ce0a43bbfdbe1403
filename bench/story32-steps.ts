/**
 * What each step of the story path does to the pairs the model accepts (docs/notes/steps32.md; issue 8). The product's
 * story path (bench/story-run.ts `runStoryPath`, as compare.ts `relatedStory` runs it) over the dev splits of the story
 * sets, counting per step the ordered pairs of the same story / not it takes out and puts in: the model's threshold,
 * the date window, closure, coherence, consistency, the furniture step (story-run.ts STEPS).
 *
 *   npx tsx bench/story32-steps.ts [--only ecb,wcl,as,project] [--errors]
 *   npx tsx bench/story32-steps.ts --join bench/data/story-multinews-reader-dev.tsv OUT…
 *
 * Dev splits only, each read in a corpus of its own dev articles (no held article is read or shown):
 * - ecb: ECB+ odd topics, fit-story's three draws of three articles per event (drawStories, seeds 1–3), beside the
 *   project's sets and the zyte pages; undated (ECB+ keeps no dates: closure cannot open);
 * - wcl: NewsWCL50 even events (five outlets each), beside the project's sets and the zyte pages; dated;
 * - as: AllSides even events, 100 at a time, beside the seeds and the zyte pages; ~90-word excerpts, undated;
 * - project: the seeds and harbor stories and the same-people distractors in fit-story's three corpora.
 * Multi-News dev and GVC dev print the same `steps:` line from their own benches (story-run.ts):
 *   ZYTE_HTML_DIR=… npx tsx bench/story-multinews.ts --only-half dev --errors > OUT
 *   ZYTE_HTML_DIR=… npx tsx bench/story-gvc.ts --split dev --errors dev > OUT
 * --join LABELS OUT…: the `step … out` / `step … in` lines of those outputs (--errors) joined to the reader's labels
 * (bench/data/story-multinews-reader-dev.tsv: same / background / unrelated / debris), pair ids only.
 */
import './story-model.ts';
import { existsSync, readFileSync } from 'node:fs';
import { MemoryIndex } from '../lib/engine/memory-index.ts';
import type { Article } from '../lib/types.ts';
import { loadSet, loadZyte, mixedArticles, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { loadAllSides } from './data/allsides.ts';
import { drawStories, loadEcbPlus } from './data/ecbplus.ts';
import { loadNewsWcl } from './data/newswcl.ts';
import { noSteps, runStoryPath, STEPS, stepsLine, type StoryTally } from './story-run.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);

if (argv.includes('--join')) {
  // label per unordered pair of the reader's sheet
  const labels = new Map<string, string>();
  for (const line of readFileSync(arg('--join')!, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [, , a, b, , , label, borderline] = line.split('\t');
    labels.set([a, b].sort().join('|'), `${label}${borderline === '1' ? '?' : ''}`);
  }
  const files = argv.slice(argv.indexOf('--join') + 2).filter((f) => !f.startsWith('--'));
  const counts = new Map<string, Map<string, number>>();
  for (const f of files)
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const m = /^ {2}step (\w+) (out|in) (\S+) → (\S+) \[(\w+)\]/.exec(line);
      if (!m) continue;
      const [, step, dir, a, b, kind] = m;
      const label = labels.get([a!, b!].sort().join('|')) ?? `unlabelled ${kind === 'same' ? 'same-group' : 'other'}`;
      const key = `${step} ${dir}`;
      const c = counts.get(key) ?? new Map<string, number>();
      c.set(label, (c.get(label) ?? 0) + 1);
      counts.set(key, c);
      if (argv.includes('--list')) console.log(`${step} ${dir} ${a} → ${b}: ${label}`);
    }
  for (const [k, c] of [...counts].sort())
    console.log(`${k}: ${[...c].sort((x, y) => y[1] - x[1]).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  process.exit(0);
}

const ONLY = new Set((arg('--only') ?? 'ecb,wcl,as,project').split(','));
const ERRORS = argv.includes('--errors');
const zyte = ZYTE_DIR && existsSync(ZYTE_DIR) ? loadZyte() : (console.log('zyte pages absent (ZYTE_HTML_DIR): left out'), []);
const seeds = await loadSet('seeds');
const harbor = await loadSet('harbor');
const distractors = await loadSet('distractors');
const project = [...seeds, ...harbor, ...distractors];

const total: Record<string, StoryTally[]> = {};
async function run(split: string, corpus: Article[], read: Article[], groupOf: Map<string, string>) {
  const index = new MemoryIndex(corpus);
  const ids = new Set(read.map((a) => a.id));
  // An article of no group is its own group (no partner).
  const groups = new Map([...corpus.map((a) => [a.id, `solo:${a.id}`] as const), ...groupOf]);
  const kindOf = (id: string) => (ids.has(id) ? split : zyte.some((z) => z.id === id) ? 'zyte' : 'project');
  const t = await runStoryPath({ index, read, groupOf: groups, kindOf });
  (total[split] ??= []).push(t);
  if (ERRORS) console.log(t.errors.filter((e) => e.startsWith('  step')).join('\n'));
}

if (ONLY.has('ecb')) {
  const ecb = loadEcbPlus();
  if (!ecb) console.log('ECB+ skipped: mirror absent');
  else
    for (let draw = 0; draw < 3; draw++) {
      // fit-story's draws (STORY_SIZE 3, DRAWS 3), odd topics only
      const picked = drawStories(ecb, 3, 1 + draw).filter((d) => d.topic % 2 === 1);
      console.log(`ECB+ dev draw ${draw + 1}: ${picked.length} articles`);
      await run('ECB+ dev (odd topics)', [...picked.map((d) => d.article), ...project, ...zyte], picked.map((d) => d.article), new Map(picked.map((d) => [d.article.id, d.story])));
    }
}
if (ONLY.has('wcl')) {
  const wcl = loadNewsWcl()?.filter((d) => d.event % 2 === 0);
  if (!wcl) console.log('NewsWCL50 skipped: mirror absent');
  else await run('NewsWCL50 dev (even events)', [...wcl.map((d) => d.article), ...project, ...zyte], wcl.map((d) => d.article), new Map(wcl.map((d) => [d.article.id, `wcl-${d.event}`])));
}
if (ONLY.has('as')) {
  const all = loadAllSides();
  if (!all) console.log('AllSides skipped: mirror absent');
  else {
    const events = [...new Set(all.map((d) => d.event))].filter((e) => e % 2 === 0).sort((a, b) => a - b);
    for (let i = 0; i < events.length; i += 100) {
      const chunk = new Set(events.slice(i, i + 100));
      const picked = all.filter((d) => chunk.has(d.event));
      console.log(`AllSides dev events ${i + 1}–${i + chunk.size}: ${picked.length} articles`);
      await run('AllSides dev (even events)', [...picked.map((d) => d.article), ...seeds, ...zyte], picked.map((d) => d.article), new Map(picked.map((d) => [d.article.id, `as-${d.event}`])));
    }
  }
}
if (ONLY.has('project')) {
  // fit-story's three corpora: with the zyte pages; the seeds among 500 synthetic mixes; the project's sets alone.
  const noise = zyte.length ? mixedArticles(distractors.map((a) => a.units.map((u) => u.text)), zyte.flatMap((a) => a.units.map((u) => u.text)), 500) : [];
  const groupOf = new Map([...seeds.map((a) => [a.id, 'seeds'] as const), ...harbor.filter((h) => !h.id.startsWith('h5')).map((a) => [a.id, 'harbor'] as const)]);
  const corpora = [[...project, ...zyte], [...seeds, ...noise, ...zyte], project];
  for (const corpus of corpora) await run('project sets', corpus, corpus === corpora[1] ? seeds : project, groupOf);
}

console.log('\n| dev split | model accepts (same / other) | ' + STEPS.slice(1).map((s) => `${s} −same −other +same +other`).join(' | ') + ' | after: P / R |');
console.log('|---|---|' + STEPS.slice(1).map(() => '---|').join('') + '---|');
for (const [split, ts] of Object.entries(total)) {
  const steps = noSteps();
  let tp = 0;
  let fp = 0;
  let gold = 0;
  for (const t of ts) {
    tp += t.tp;
    fp += t.fp;
    gold += t.gold;
    for (const s of STEPS) for (const k of ['trueOut', 'falseOut', 'trueIn', 'falseIn'] as const) steps[s][k] += t.steps![s][k];
  }
  const m = steps.model;
  console.log(
    `| ${split} | ${m.trueIn} / ${m.falseIn} (of ${gold} same) | ` +
      STEPS.slice(1).map((s) => `${steps[s].trueOut} ${steps[s].falseOut} ${steps[s].trueIn} ${steps[s].falseIn}`).join(' | ') +
      ` | ${(tp / Math.max(1, tp + fp)).toFixed(3)} / ${(tp / Math.max(1, gold)).toFixed(3)} (${tp} of ${gold}, ${fp} false) |`,
  );
  console.log(`steps (${split}): ${stepsLine(steps)}`);
}
