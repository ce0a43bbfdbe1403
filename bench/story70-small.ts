/**
 * The same-story decision in a new reader's small corpus (docs/notes/story70.md): the seeds plus k events' articles
 * (k = 2…6), nothing else, every event article read in turn through the product's story path (findRelated, closeStory
 * with a storyAsker, withoutFurnitureRelations: what compare.ts `relatedStory` decides); the same events read again
 * inside the big corpus (the same articles plus the zyte pages), as every other story bench reads them.
 *
 * Events, dev halves only, chosen by text-blind rules; neighbours in the rule's order share a topic or people:
 *   - basil: the eight BASIL dev events of bench/eval.ts (tests/data/engine/basil-sets.ts; schumer / reopen are held),
 *     by date — sagas sit together (muellerreport, schiff; buzzfeed, hr1 …); 3 outlets each;
 *   - wcl: NewsWCL50 even events (dev; US politics, Apr–Jun 2018), HuffPost, NYT, Fox News (the --mixed shape);
 *   - ecb: ECB+ odd topics (dev), the first 8, each two same-kind events ("a", "b"), 2–3 articles each
 *     (drawStories, seed 1); k counts events, so a window holds whole topics;
 *   - gvc: GVC dev incidents told by ≥ 2 outlets, the first 10 in FNV order, 2–4 outlets each (pickPerOutlet).
 * Every window of k consecutive events (k = 2…6) is one small corpus. Ordered pairs: a related article of the same
 * event is a hit, anything else a false relation; recall over the event's pairs in the corpus.
 *
 *   npx tsx bench/story70-small.ts [--undated] [--only basil,wcl,ecb,gvc] [--errors] [--story-model=FILE]
 *
 * --undated: no article carries a date or an address. --errors: each false relation of the small corpus with the
 * model's inputs in the small corpus and the same pair's in the big one (which input moves). Prints P / R per source,
 * small and big, and the mean inputs of the false relations and of the hits, small against big.
 */
import './story-model.ts';
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { closeStory, storyAsker } from '../lib/engine/closure.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { findRelated, MemoryIndex, type StoryCandidate } from '../lib/engine/index.ts';
import { withoutFurnitureRelations } from '../lib/engine/repeats.ts';
import { storyInputs } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { BASIL_SETS, loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { drawStories, loadEcbPlus } from './data/ecbplus.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems } from './data/gvc.ts';
import { loadNewsWcl } from './data/newswcl.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const UNDATED = argv.includes('--undated');
const ERRORS = argv.includes('--errors');
const HELD = argv.includes('--held');
const CURVE = argv.includes('--curve');
const ONLY = (arg('--only') ?? (HELD ? 'wcl,ecb,gvc' : 'basil,wcl,ecb,gvc')).split(',');
/** Held halves (--held): NewsWCL50 odd events, ECB+ even topics, GVC held; BASIL's held events are sealed (not read here). */
const PART = HELD ? 1 : 0;
const KS = [2, 3, 4, 5, 6];

interface Event {
  name: string;
  articles: Article[];
}
const undate = (a: Article): Article => (UNDATED ? { ...a, date: null, url: null } : a);
const sources: Array<{ name: string; events: Event[] }> = [];

if (ONLY.includes('basil') && !HELD) {
  const dev = Object.entries(BASIL_SETS).filter(([name]) => !/schumer|reopen|release|donjr/.test(name));
  const events = dev.map(([name]) => ({ name, articles: loadBasilSet(name) ?? [] })).filter((e) => e.articles.length > 0);
  const dateOf = (e: Event) => e.articles.map((a) => a.date ?? '9999').sort()[0]!;
  events.sort((x, y) => (dateOf(x) < dateOf(y) ? -1 : dateOf(x) > dateOf(y) ? 1 : 0));
  if (events.length) sources.push({ name: 'basil', events });
}
if (ONLY.includes('wcl')) {
  const wcl = loadNewsWcl();
  if (wcl) {
    const evs = [...new Set(wcl.map((d) => d.event))].filter((e) => e % 2 === PART).sort((x, y) => x - y);
    sources.push({ name: 'wcl', events: evs.map((e) => ({ name: `wcl${e}`, articles: wcl.filter((d) => d.event === e && ['LL', 'L', 'R'].includes(d.outlet)).map((d) => d.article) })) });
  }
}
if (ONLY.includes('ecb')) {
  const ecb = loadEcbPlus();
  if (ecb) {
    const topics = [...new Set(ecb.map((d) => d.topic))].filter((t) => t % 2 === 1 - PART).sort((x, y) => x - y).slice(0, 8);
    const drawn = drawStories(ecb.filter((d) => topics.includes(d.topic)), 3, 1);
    const stories = [...new Set(drawn.map((d) => d.story))].sort((x, y) => parseInt(x) - parseInt(y) || (x < y ? -1 : 1));
    sources.push({ name: 'ecb', events: stories.map((s) => ({ name: `ecb${s}`, articles: drawn.filter((d) => d.story === s).map((d) => d.article) })) });
  }
}
if (ONLY.includes('gvc')) {
  const items = gvcItems();
  if (items) {
    const incidents = gvcIncidentsInOrder(items, HELD ? 'held' : 'dev').filter((x) => x.picked.length >= 2).slice(0, 10);
    sources.push({ name: 'gvc', events: incidents.map((x) => ({ name: `gvc${x.incident}`, articles: gvcArticles(x.picked.slice(0, 4)).map((d) => d.article) })) });
  }
}

const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
console.log(`${seeds.length} seeds, ${zyte.length} zyte pages (big corpus only); ${UNDATED ? 'undated' : 'dated'}; k = ${KS.join(', ')}`);

/** The shipped path's related set of one reading, and the base candidates (the model's evidence). */
const curves: number[][] = [];
async function readOne(a: Article, index: MemoryIndex, curve = false): Promise<{ related: Set<string>; base: Map<string, StoryCandidate> }> {
  const { candidates } = await findRelated(a, index);
  // --curve: a full pool's cosines, best first (the typical pool of the corpora the model was fitted in).
  if (curve && candidates.length === 40) curves.push(candidates.map((c) => c.docScore).sort((x, y) => y - x));
  const base = new Map(candidates.map((c) => [c.article.id, { ...c }]));
  const closed = await withoutFurnitureRelations(a, await closeStory(candidates.map((c) => ({ ...c })), storyAsker(index)), index);
  return { related: new Set(closed.filter((c) => c.related).map((c) => c.article.id)), base };
}

interface Tally {
  tp: number;
  fp: number;
  gold: number;
}
const pr = (t: Tally) => {
  const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const R = t.gold ? t.tp / t.gold : 1;
  return `${P.toFixed(3)} / ${R.toFixed(3)} (${t.fp} false of ${t.tp + t.fp}, ${t.gold - t.tp} missed of ${t.gold})`;
};
const INPUTS = ['docScore', 'z', 'lead', 'names', 'figures', 'title', 'ratio', 'back'];
const sums = { falseSmall: new Array(9).fill(0), falseBig: new Array(9).fill(0), nFalse: 0, hitSmall: new Array(9).fill(0), hitBig: new Array(9).fill(0), nHit: 0 };
const add = (acc: number[], c: StoryCandidate | undefined) => {
  const x = c ? storyInputs(c) : new Array(8).fill(0);
  x.forEach((v, k) => (acc[k] = acc[k]! + v));
  acc[8] = acc[8]! + (c?.score ?? 0);
};
const fmt = (c: StoryCandidate | undefined) => (c ? `p ${c.score.toFixed(2)} [${storyInputs(c).map((v) => v.toFixed(2)).join(' ')}]` : 'not a candidate');

const total = { small: { tp: 0, fp: 0, gold: 0 }, big: { tp: 0, fp: 0, gold: 0 } };
for (const src of sources) {
  const byK = new Map<number, { small: Tally; big: Tally }>();
  const all = { small: { tp: 0, fp: 0, gold: 0 }, big: { tp: 0, fp: 0, gold: 0 } };
  const errs: string[] = [];
  for (const k of KS) {
    const t = { small: { tp: 0, fp: 0, gold: 0 }, big: { tp: 0, fp: 0, gold: 0 } };
    byK.set(k, t);
    for (let i = 0; i + k <= src.events.length; i++) {
      const events = src.events.slice(i, i + k).map((e) => ({ ...e, articles: e.articles.map(undate) }));
      const eventOf = new Map(events.flatMap((e) => e.articles.map((a) => [a.id, e.name] as const)));
      const docs = events.flatMap((e) => e.articles);
      const small = new MemoryIndex([...docs, ...seeds]);
      const big = new MemoryIndex([...docs, ...seeds, ...zyte]);
      for (const a of docs) {
        const gold = docs.filter((d) => d.id !== a.id && eventOf.get(d.id) === eventOf.get(a.id)).map((d) => d.id);
        const s = await readOne(a, small);
        const b = await readOne(a, big, CURVE);
        for (const [tally, r] of [
          [t.small, s],
          [t.big, b],
          [all.small, s],
          [all.big, b],
          [total.small, s],
          [total.big, b],
        ] as const) {
          tally.gold += gold.length;
          for (const id of r.related) gold.includes(id) ? tally.tp++ : tally.fp++;
        }
        for (const id of s.related) {
          const same = gold.includes(id);
          if (same) {
            sums.nHit++;
            add(sums.hitSmall, s.base.get(id));
            add(sums.hitBig, b.base.get(id));
          } else {
            sums.nFalse++;
            add(sums.falseSmall, s.base.get(id));
            add(sums.falseBig, b.base.get(id));
            if (ERRORS) errs.push(`  false k=${k} ${a.id} → ${id} (${eventOf.get(id) ?? 'seed'})${b.related.has(id) ? ' [also big]' : ''}${s.base.get(id)?.via ? ` via ${s.base.get(id)!.via}` : ''}\n     small ${fmt(s.base.get(id))}\n     big   ${fmt(b.base.get(id))}`);
          }
        }
      }
    }
  }
  console.log(`\n${src.name} (${src.events.length} events: ${src.events.map((e) => `${e.name}:${e.articles.length}`).join(' ')})`);
  console.log(`| k | small P / R | big P / R |\n|---|---|---|`);
  for (const [k, t] of byK) console.log(`| ${k} | ${pr(t.small)} | ${pr(t.big)} |`);
  console.log(`| all | ${pr(all.small)} | ${pr(all.big)} |`);
  if (ERRORS) console.log(errs.join('\n') || '  no false relation');
}
console.log(`\ntotal: small ${pr(total.small)}; big ${pr(total.big)}`);
const mean = (acc: number[], n: number) => acc.map((v) => (n ? v / n : 0).toFixed(3)).join(' ');
console.log(`inputs (${INPUTS.join(' ')} p), mean over the small corpus's relations:`);
console.log(`  false (${sums.nFalse}): small ${mean(sums.falseSmall, sums.nFalse)}\n              big   ${mean(sums.falseBig, sums.nFalse)}`);
console.log(`  hits  (${sums.nHit}): small ${mean(sums.hitSmall, sums.nHit)}\n              big   ${mean(sums.hitBig, sums.nHit)}`);
const w = STORY_MODEL.weights;
const dLogit = (a: number[], b: number[], n: number) => INPUTS.map((name, k) => `${name} ${((w[k]! * (a[k]! - b[k]!)) / Math.max(n, 1)).toFixed(2)}`).join(', ');
console.log(`  logit moved small − big, by input: false: ${dLogit(sums.falseSmall, sums.falseBig, sums.nFalse)}`);
console.log(`                                      hits:  ${dLogit(sums.hitSmall, sums.hitBig, sums.nHit)}`);
if (CURVE) {
  const n = curves.length;
  const at = (r: number, q?: number) => {
    const xs = curves.map((c) => c[r]!).sort((x, y) => x - y);
    return q === undefined ? xs.reduce((s, x) => s + x, 0) / n : xs[Math.floor(q * (n - 1))]!;
  };
  console.log(`\nfull pools (40 fetched) of the big corpora: ${n}; cosine by rank (0 = best), mean / median:`);
  console.log(Array.from({ length: 40 }, (_, r) => `${r}:${at(r).toFixed(3)}/${at(r, 0.5).toFixed(3)}`).join(' '));
}
