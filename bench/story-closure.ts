/**
 * What would one step of story closure do? A candidate c the model leaves out of q's story is taken in
 * when some m is related both ways to q AND both ways to c (q ⇄ m ⇄ c), c is within the date window
 * and the model gives q–c at least `pmin`. Measured on the evidence bench/fit-story.ts collected (its
 * cache in the OS temp dir; run `npx tsx bench/fit-story.ts` first if absent), with the shipped
 * STORY_MODEL: nothing is refitted, `pmin` is the one constant and is chosen on the dev splits only.
 *   npx tsx bench/story-closure.ts --one-way --dated     (what lib/engine/closure.ts does)
 * Not in the engine: m's own relations need m's own candidate pool, one more story decision per related
 * article at compare time (docs/notes/story.md, "closure").
 */
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { storyInputs, type StoryEvidence } from '../lib/engine/story.ts';

const CACHE = join(tmpdir(), 'parallax-story-rows-v2.json');
if (!existsSync(CACHE)) {
  console.log(`story-closure: skipped: ${CACHE} absent (run npx tsx bench/fit-story.ts once)`);
  process.exit(0);
}
interface Row extends StoryEvidence {
  split: string;
  apart: number | null;
  q: string;
  c: string;
  label: boolean;
}
const data = JSON.parse(readFileSync(CACHE, 'utf8')) as { rows: Row[]; goldPairs: Record<string, number> };
const STORY_DAYS = 7;
/** --one-way: m need not relate back to q (the page being read is often not in the corpus). */
const ONE_WAY = process.argv.includes('--one-way');
/** --dated: only a candidate whose date is known and within the window (apart ≤ 7 days) can be taken in. */
const DATED = process.argv.includes('--dated');
/** --max-near N: only the N best near misses of a reading are asked about (the engine's bound, STORY_CLOSURE.maxNear). */
const MAX_NEAR = Number(process.argv[process.argv.indexOf('--max-near') + 1]) || Infinity;
/** --max-bridges N: only the N most probable articles of the story are asked (STORY_CLOSURE.maxBridges). */
const MAX_BRIDGES = Number(process.argv[process.argv.indexOf('--max-bridges') + 1]) || Infinity;
const prob = (r: Row) => 1 / (1 + Math.exp(-(STORY_MODEL.bias + storyInputs(r).reduce((s, x, i) => s + x * STORY_MODEL.weights[i]!, 0))));
const inWindow = (r: Row) => r.apart == null || r.apart <= STORY_DAYS;

// A query is read once per corpus (ECB+ is drawn several times, AllSides read in batches): rows of one
// reading are contiguous, so the k-th block of a query's rows belongs to its k-th corpus.
const seen = new Map<string, number>();
let prev = '';
const runOf: number[] = [];
for (const r of data.rows) {
  const key = `${r.split}|${r.q}`;
  if (key !== prev) seen.set(key, (seen.get(key) ?? 0) + 1);
  prev = key;
  runOf.push(seen.get(key)!);
}

function measure(split: string, pmin: number | null) {
  const rel = new Map<string, Set<string>>();
  const pOf = new Map<string, number>();
  const cands: Array<{ r: Row; run: number; p: number }> = [];
  data.rows.forEach((r, i) => {
    if (r.split !== split) return;
    const p = prob(r);
    cands.push({ r, run: runOf[i]!, p });
    pOf.set(`${runOf[i]}|${r.q}|${r.c}`, p);
    if (p >= STORY_MODEL.threshold && inWindow(r)) {
      const k = `${runOf[i]}|${r.q}`;
      if (!rel.has(k)) rel.set(k, new Set());
      rel.get(k)!.add(r.c);
    }
  });
  // The near misses each reading may ask about: the MAX_NEAR best by probability.
  const nearOf = new Map<string, Array<{ c: string; p: number }>>();
  if (pmin !== null)
    for (const { r, run, p } of cands) {
      const k = `${run}|${r.q}`;
      if (rel.get(k)?.has(r.c) || p < pmin || !inWindow(r) || (DATED && r.apart == null)) continue;
      if (!nearOf.has(k)) nearOf.set(k, []);
      nearOf.get(k)!.push({ c: r.c, p });
    }
  const asked = new Set<string>();
  for (const [k, xs] of nearOf) for (const x of xs.sort((a, b) => b.p - a.p).slice(0, MAX_NEAR)) asked.add(`${k}|${x.c}`);
  let tp = 0;
  let n = 0;
  for (const { r, run, p } of cands) {
    const mine = rel.get(`${run}|${r.q}`);
    let taken = mine?.has(r.c) ?? false;
    if (!taken && pmin !== null && asked.has(`${run}|${r.q}|${r.c}`) && p >= pmin && mine) {
      // m ⇄ q and m ⇄ c, in the same corpus (m's and c's readings of that run).
      const bridges = [...mine].sort((x, y) => (pOf.get(`${run}|${r.q}|${y}`) ?? 0) - (pOf.get(`${run}|${r.q}|${x}`) ?? 0)).slice(0, MAX_BRIDGES);
      taken = bridges.some((m) => {
        const ofM = rel.get(`${run}|${m}`);
        return (ONE_WAY || !!ofM?.has(r.q)) && !!ofM?.has(r.c) && !!rel.get(`${run}|${r.c}`)?.has(m);
      });
    }
    if (taken) {
      n++;
      if (r.label) tp++;
    }
  }
  const gold = data.goldPairs[split] ?? 0;
  const P = n ? tp / n : 1;
  const R = gold ? tp / gold : 1;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}

const DEV = ['dev', 'wcl-dev', 'as-dev'];
const HELD = ['test', 'wcl-test', 'as-test'];
const NAME: Record<string, string> = { dev: 'ECB+ dev', test: 'ECB+ held-out', 'wcl-dev': 'NewsWCL50 dev', 'wcl-test': 'NewsWCL50 held-out', 'as-dev': 'AllSides dev', 'as-test': 'AllSides held-out' };
const grid = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
const meanDev = (pmin: number | null) => DEV.reduce((s, sp) => s + measure(sp, pmin).F, 0) / DEV.length;
// Best mean dev F1; between values within 0.0005 of it, the highest pmin (closure opens less often: cheaper).
const scored = grid.map((pmin) => ({ pmin, f: meanDev(pmin) }));
for (const x of scored) console.log(`pmin ${x.pmin}: mean dev F1 ${x.f.toFixed(3)}`);
const top = Math.max(...scored.map((x) => x.f));
const best = scored.filter((x) => x.f >= top - 5e-4).at(-1)!;
console.log(`no closure: mean dev F1 ${meanDev(null).toFixed(3)}; best pmin ${best.pmin} (mean dev F1 ${best.f.toFixed(3)})\n`);
console.log('| split | model alone P / R / F1 | with closure (pmin ' + best.pmin + ') P / R / F1 |\n|---|---|---|');
const f3 = (x: { P: number; R: number; F: number }) => `${x.P.toFixed(3)} / ${x.R.toFixed(3)} / ${x.F.toFixed(3)}`;
for (const sp of [...DEV, ...HELD]) console.log(`| ${NAME[sp]} | ${f3(measure(sp, null))} | ${f3(measure(sp, best.pmin))} |`);
