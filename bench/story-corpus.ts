/**
 * The same-story decision measured the way the acceptance measures it: one corpus holding all 50
 * NewsWCL50 articles (10 events × 5 outlets of April–June 2018, bench/data/newswcl.ts; dates from
 * their addresses), the seeds and the 181 zyte pages; every NewsWCL50 article read in turn with the
 * engine's story (findRelated, then closure — what `relatedStory` does). Ordered pairs: a related
 * NewsWCL50 article of the same event is a hit, anything else related is a false relation; recall
 * over the 50 × 4 true pairs. Story-level output only (no fact-level evaluation here).
 *
 *   npx tsx bench/story-corpus.ts [--undated] [--triples] [--cohere PMAX[,PMAX…]] [--both] [--max-weak N] [--quiet]
 *
 * --undated: the NewsWCL50 articles without their address and date (text and outlet only).
 * --triples: each event with three of its five outlets, all 10 choices in turn (one corpus each; the
 *   acceptance's 3 outlets per event): more readings where another event's article is near.
 * --cohere: also the coherence rule (closure.ts cohereStory) at each PMAX, on the same readings
 *   (the story questions are asked once per reading and shared by every PMAX).
 * Events: even = development (fit-story fitted on them), odd = held out; both printed apart.
 * Skips with a printed reason when the NewsWCL50 mirror is absent.
 */
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { closeStory, cohereStory, storyAsker, type AskStory } from '../lib/engine/closure.ts';
import { findRelated, MemoryIndex, type StoryCandidate } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { loadNewsWcl, NEWSWCL_TEXT_GIT, NEWSWCL_URLS_GIT } from './data/newswcl.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const UNDATED = argv.includes('--undated');
const QUIET = argv.includes('--quiet');
const PMAXES = (arg('--cohere') ?? '').split(',').filter(Boolean).map(Number);
const BOTH = argv.includes('--both');
const MAX_WEAK = Number(arg('--max-weak')) || Infinity;
const TRIPLES = argv.includes('--triples');

const wcl = loadNewsWcl();
if (!wcl) {
  console.log(`story-corpus: skipped: NewsWCL50 mirrors absent (${NEWSWCL_TEXT_GIT}, ${NEWSWCL_URLS_GIT}; fetch github:Luisgarchi/NewsWCL50 and github:fhamborg/NewsWCL50)`);
  process.exit(0);
}
const eventOf = new Map<string, number>();
const docs: Article[] = wcl.map((d) => {
  eventOf.set(d.article.id, d.event);
  return UNDATED ? { ...d.article, date: null, url: null } : d.article;
});
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
if (!ZYTE_DIR) console.log('story-corpus: zyte pages absent (../shared/data/zyte-article-extraction or ZYTE_HTML_DIR): left out');
const sideOf = (id: string) => id.slice(id.indexOf('_') + 1);
/** The corpora: all five outlets, or with --triples each of the 10 choices of three outlets per event (the acceptance's shape). */
const SIDES = ['LL', 'L', 'M', 'R', 'RR'];
const corpora: string[][] = TRIPLES
  ? SIDES.flatMap((x, i) => SIDES.slice(i + 1).flatMap((y, j) => SIDES.slice(i + j + 2).map((z) => [x, y, z])))
  : [SIDES];
console.log(
  `corpus: ${docs.length / (5 / corpora[0]!.length)} NewsWCL50 (${new Set(eventOf.values()).size} events, outlets ${corpora.map((c) => c.join('+')).join(' | ')}${UNDATED ? ', undated' : ', dated'}) + ${seeds.length} seeds + ${zyte.length} zyte`,
);

interface Variant {
  name: string;
  apply: (cs: StoryCandidate[], ask: AskStory) => Promise<StoryCandidate[]>;
}
const variants: Variant[] = [
  { name: 'model alone', apply: async (cs) => cs },
  { name: 'closure (shipped)', apply: (cs, ask) => closeStory(cs, ask) },
  ...PMAXES.map((pmax) => ({
    name: `closure + coherence pmax ${pmax}${BOTH ? ' both' : ''}`,
    apply: async (cs: StoryCandidate[], ask: AskStory) => cohereStory(await closeStory(cs, ask), ask, { pmax, both: BOTH, maxWeak: MAX_WEAK }),
  })),
];

interface Tally {
  tp: number;
  fp: number;
  gold: number;
}
const tally = () => ({ tp: 0, fp: 0, gold: 0 });
const results = variants.map(() => ({ all: tally(), even: tally(), odd: tally(), ev: new Map<number, Tally>(), errors: [] as string[], questions: 0 }));
const cut = (x: number) => x.toFixed(2);

for (const sides of corpora) {
 const here = docs.filter((d) => sides.includes(sideOf(d.id)));
 const index = new MemoryIndex([...here, ...seeds, ...zyte]);
 for (const a of here) {
  const ev = eventOf.get(a.id)!;
  const { candidates: base } = await findRelated(a, index);
  const rankOf = new Map(base.map((c, k) => [c.article.id, k + 1]));
  // One asker per reading, shared by the variants: each question is asked (and counted) once.
  const inner = storyAsker(index);
  const gold = here.filter((d) => d.id !== a.id && eventOf.get(d.id) === ev).map((d) => d.id);
  for (const [v, variant] of variants.entries()) {
    // The questions this variant asks (distinct), counted apart; answered once per reading.
    const seen = new Set<string>();
    const ask: AskStory = (x, targets) => {
      seen.add(`${x.id}|${targets.join(',')}`);
      return inner(x, targets);
    };
    const cs = await variant.apply(
      base.map((c) => ({ ...c })),
      ask,
    );
    const r = results[v]!;
    r.questions += seen.size;
    const related = new Map(cs.filter((c) => c.related).map((c) => [c.article.id, c]));
    for (const t of [r.all, ev % 2 ? r.odd : r.even, r.ev.get(ev) ?? r.ev.set(ev, tally()).get(ev)!]) {
      t.gold += gold.length;
      for (const id of related.keys()) gold.includes(id) ? t.tp++ : t.fp++;
    }
    const show = (c: StoryCandidate | undefined, id: string) =>
      c
        ? `p ${cut(c.score)} cos ${cut(c.docScore)} z ${c.z.toFixed(1)} rank ${rankOf.get(id)}/${base.length} apart ${c.apart === null ? '?' : Math.round(c.apart)}d${c.via ? ` via ${c.via}` : ''}`
        : 'not retrieved';
    const byId = new Map(cs.map((c) => [c.article.id, c]));
    for (const [id, c] of related) if (!gold.includes(id)) r.errors.push(`  false  ${a.id} (ev ${ev}${TRIPLES ? `, ${sides.join('+')}` : ''}) → ${id}${eventOf.has(id) ? ` (ev ${eventOf.get(id)})` : ''}: ${show(c, id)}`);
    for (const id of gold) if (!related.has(id)) r.errors.push(`  missed ${a.id} → ${id}: ${show(byId.get(id), id)}`);
  }
 }
}

const pr = (t: Tally) => {
  const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const R = t.gold ? t.tp / t.gold : 1;
  return `${P.toFixed(3)} / ${R.toFixed(3)} (${t.fp} false, ${t.gold - t.tp} missed)`;
};
console.log(`\n| variant | all P / R | even events (dev) P / R | odd events (held out) P / R | story questions per reading |\n|---|---|---|---|---|`);
for (const [v, variant] of variants.entries()) {
  const r = results[v]!;
  console.log(`| ${variant.name} | ${pr(r.all)} | ${pr(r.even)} | ${pr(r.odd)} | ${(r.questions / (docs.length * (corpora.length * corpora[0]!.length) / 5)).toFixed(2)} |`);
}
for (const [v, variant] of variants.entries()) {
  const r = results[v]!;
  console.log(`\n${variant.name}: per event ${[...r.ev.entries()].sort((x, y) => x[0] - y[0]).map(([e, t]) => `${e}: ${pr(t)}`).join('; ')}`);
  if (!QUIET) console.log(r.errors.join('\n') || '  no errors');
}
