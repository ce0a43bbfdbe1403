/**
 * The same-story decision measured the way the acceptance measures it: one corpus holding all 50
 * NewsWCL50 articles (10 events × 5 outlets of April–June 2018, bench/data/newswcl.ts; dates from
 * their addresses), the seeds and the 181 zyte pages; every NewsWCL50 article read in turn with the
 * engine's story (findRelated, closure, coherence — what `relatedStory` does; the variants before it too). Ordered pairs: a related
 * NewsWCL50 article of the same event is a hit, anything else related is a false relation; recall
 * over the 50 × 4 true pairs. Story-level output only (no fact-level evaluation here).
 *
 *   npx tsx bench/story-corpus.ts [--undated | --huffpost-dates] [--triples | --mixed] [--cohere PMAX[,PMAX…]] [--both] [--max-weak N] [--quiet]
 *
 * --undated: the NewsWCL50 articles without their address and date (text and outlet only).
 * --triples: each event with three of its five outlets, all 10 choices in turn (one corpus each; the
 *   acceptance's 3 outlets per event): more readings where another event's article is near.
 * --mixed: per event, its HuffPost, NYT and Fox among all five outlets of the nine other events (the
 *   shape of bench/eval.ts --corpus); only the event's three are read.
 * --cohere: also the coherence rule (closure.ts cohereStory) at each PMAX, on the same readings
 *   (the story questions are asked once per reading and shared by every PMAX).
 * Events: even = development (fit-story fitted on them), odd = held out; both printed apart.
 * --events even|odd: read only that half's articles (the corpora unchanged), so a dev look prints no held number or error.
 * Skips with a printed reason when the NewsWCL50 mirror is absent.
 */
import './story-model.ts';
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { closeStory, storyAsker, type AskStory } from '../lib/engine/closure.ts';
import { withoutFurnitureRelations } from '../lib/engine/repeats.ts';
import { findRelated, MemoryIndex, type StoryCandidate } from '../lib/engine/index.ts';
import { STORY_COHERENCE, STORY_CONSISTENCY } from '../lib/engine/fitted/story.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { loadNewsWcl, NEWSWCL_TEXT_GIT, NEWSWCL_URLS_GIT } from './data/newswcl.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const UNDATED = argv.includes('--undated');
const QUIET = argv.includes('--quiet');
const PMAXES = (arg('--cohere') ?? '').split(',').filter(Boolean).map(Number);
const BOTH = argv.includes('--both');
/** --consist PMAX[,PMAX…] [--max-check N]: consistency (closure.ts consistStory) at each PMAX, on top of closure + coherence. */
const CONSIST = (arg('--consist') ?? '').split(',').filter(Boolean).map(Number);
const MAX_CHECK = Number(arg('--max-check')) || STORY_CONSISTENCY.maxCheck;
const MAX_WEAK = Number(arg('--max-weak')) || Infinity;
const TRIPLES = argv.includes('--triples');
const HALF = arg('--events');
if (HALF && HALF !== 'even' && HALF !== 'odd') throw new Error('--events: even or odd');
const MIXED = argv.includes('--mixed');
/** --dump FILE: every reading's candidates (the model's evidence, run = corpus index) in bench/story-closure.ts's row format. */
const DUMP = arg('--dump');
const dumpRows: object[] = [];
const dumpGold: Record<string, number> = {};

const wcl = loadNewsWcl();
if (!wcl) {
  console.log(`story-corpus: skipped: NewsWCL50 mirrors absent (${NEWSWCL_TEXT_GIT}, ${NEWSWCL_URLS_GIT}; fetch github:Luisgarchi/NewsWCL50 and github:fhamborg/NewsWCL50)`);
  process.exit(0);
}
const eventOf = new Map<string, number>();
/**
 * --huffpost-dates: HuffPost's addresses carry no date, but their id (`_us_5ad68f54e4b0…`) is a 24-hex
 * object id whose first 8 digits are the Unix time of publication: the date a real page's
 * article:published_time gives. Without the flag those articles are undated (as bench/data/newswcl.ts loads them).
 */
const HUFFPOST_DATES = argv.includes('--huffpost-dates');
const objectIdDate = (url: string | null) => {
  const m = url ? /_(?:us|uk)_([0-9a-f]{24})\b/.exec(url) : null;
  return m ? new Date(parseInt(m[1]!.slice(0, 8), 16) * 1000).toISOString().slice(0, 10) : null;
};
const docs: Article[] = wcl.map((d) => {
  eventOf.set(d.article.id, d.event);
  if (UNDATED) return { ...d.article, date: null, url: null };
  return HUFFPOST_DATES && !d.article.date ? { ...d.article, date: objectIdDate(d.article.url) } : d.article;
});
if (HUFFPOST_DATES) console.log(`dated from the HuffPost object id: ${wcl.filter((d) => !d.article.date && objectIdDate(d.article.url)).map((d) => `${d.article.id} ${objectIdDate(d.article.url)}`).join(', ')}`);
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
if (!ZYTE_DIR) console.log('story-corpus: zyte pages absent (../shared/data/zyte-article-extraction or ZYTE_HTML_DIR): left out');
const sideOf = (id: string) => id.slice(id.indexOf('_') + 1);
/** The corpora: all five outlets, or with --triples each of the 10 choices of three outlets per event (the acceptance's shape). */
const SIDES = ['LL', 'L', 'M', 'R', 'RR'];
const EVENTS = [...new Set(eventOf.values())].sort((x, y) => x - y);
/**
 * The corpora and the articles read in each: all five outlets (all read); with --triples each of the
 * 10 choices of three outlets for every event (all read); with --mixed, per event e, e's HuffPost, NYT and
 * Fox beside all five outlets of the nine others, only e's three read (bench/eval.ts --corpus's shape).
 */
const corpora: Array<{ name: string; docs: Article[]; read: Article[] }> = TRIPLES
  ? SIDES.flatMap((x, i) => SIDES.slice(i + 1).flatMap((y, j) => SIDES.slice(i + j + 2).map((z) => [x, y, z]))).map((sides) => {
      const here = docs.filter((d) => sides.includes(sideOf(d.id)));
      return { name: sides.join('+'), docs: here, read: here };
    })
  : MIXED
    ? EVENTS.map((e) => {
        const mine = docs.filter((d) => eventOf.get(d.id) === e && ['LL', 'L', 'R'].includes(sideOf(d.id)));
        return { name: `ev ${e} LL+L+R`, docs: [...mine, ...docs.filter((d) => eventOf.get(d.id) !== e)], read: mine };
      })
    : [{ name: 'all', docs, read: docs }];
const readings = corpora.reduce((s, c) => s + c.read.filter((a) => !HALF || (eventOf.get(a.id)! % 2 ? 'odd' : 'even') === HALF).length, 0);
console.log(
  `${corpora.length} corpora (${corpora.map((c) => c.name).join(' | ')}; NewsWCL50 ${UNDATED ? 'undated' : 'dated'}) + ${seeds.length} seeds + ${zyte.length} zyte each; ${readings} readings`,
);

interface Variant {
  name: string;
  apply: (cs: StoryCandidate[], ask: AskStory, a: Article, index: MemoryIndex) => Promise<StoryCandidate[]>;
}
const variants: Variant[] = [
  { name: 'model alone', apply: async (cs) => cs },
  { name: 'closure alone', apply: (cs, ask) => closeStory(cs, ask, null, null) },
  {
    name: `closure + coherence (STORY_COHERENCE pmax ${STORY_COHERENCE.pmax}${STORY_COHERENCE.both ? ' both ways' : ''}, maxWeak ${STORY_COHERENCE.maxWeak})`,
    apply: (cs: StoryCandidate[], ask: AskStory) => closeStory(cs, ask, STORY_COHERENCE, null),
  },
  {
    name: `closure + coherence + consistency (STORY_CONSISTENCY pmax ${STORY_CONSISTENCY.pmax}, maxCheck ${STORY_CONSISTENCY.maxCheck})`,
    apply: (cs: StoryCandidate[], ask: AskStory) => closeStory(cs, ask),
  },
  {
    // A side that is all site furniture relates to nothing (repeats.ts, docs/notes/furnstory31.md).
    name: 'shipped: closure + coherence + consistency, then all-furniture sides relate to nothing',
    apply: async (cs: StoryCandidate[], ask: AskStory, a: Article, index: MemoryIndex) => withoutFurnitureRelations(a, await closeStory(cs, ask), index),
  },
  ...PMAXES.map((pmax) => ({
    name: `closure + coherence pmax ${pmax}${BOTH ? ' both' : ''}`,
    apply: (cs: StoryCandidate[], ask: AskStory) => closeStory(cs, ask, { pmax, both: BOTH, maxWeak: MAX_WEAK }, null),
  })),
  ...CONSIST.map((pmax) => ({
    name: `closure + coherence + consistency pmax ${pmax}, maxCheck ${MAX_CHECK}`,
    apply: (cs: StoryCandidate[], ask: AskStory) => closeStory(cs, ask, STORY_COHERENCE, { pmax, maxCheck: MAX_CHECK }),
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

for (const [run, corpus] of corpora.entries()) {
 const here = corpus.docs;
 const index = new MemoryIndex([...here, ...seeds, ...zyte]);
 const inner = storyAsker(index);
 for (const a of corpus.read) {
  const ev = eventOf.get(a.id)!;
  if (HALF && (ev % 2 ? 'odd' : 'even') !== HALF) continue;
  const { candidates: base } = await findRelated(a, index);
  const rankOf = new Map(base.map((c, k) => [c.article.id, k + 1]));
  // Questions are counted per reading and variant; their answers depend on the corpus only, so one asker
  // per corpus answers them (inner).
  const gold = here.filter((d) => d.id !== a.id && eventOf.get(d.id) === ev).map((d) => d.id);
  if (DUMP) {
    const split = ev % 2 ? 'wcl3-test' : 'wcl3-dev';
    dumpGold[split] = (dumpGold[split] ?? 0) + gold.length;
    for (const c of base) {
      const { docScore, z, lead, names, figures, title, ratio, back, apart } = c;
      dumpRows.push({ split, run, q: a.id, c: c.article.id, label: gold.includes(c.article.id), docScore, z, lead, names, figures, title, ratio, back, apart });
    }
  }
  for (const [v, variant] of variants.entries()) {
    // The questions this variant asks (distinct), counted apart; answered once per reading.
    const seen = new Set<string>();
    const ask: AskStory = Object.assign(
      (x: Article, targets: string[]) => {
        seen.add(`${x.id}|${targets.join(',')}`);
        return inner(x, targets);
      },
      {
        read: (x: Article) => {
          seen.add(`${x.id}|*`);
          return inner.read!(x);
        },
      },
    );
    const cs = await variant.apply(
      base.map((c) => ({ ...c })),
      ask,
      a,
      index,
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
    for (const [id, c] of related) if (!gold.includes(id)) r.errors.push(`  false  ${a.id} (ev ${ev}${corpora.length > 1 ? `, ${corpus.name}` : ''}) → ${id}${eventOf.has(id) ? ` (ev ${eventOf.get(id)})` : ''}: ${show(c, id)}`);
    for (const id of gold) if (!related.has(id)) r.errors.push(`  missed ${a.id} → ${id}: ${show(byId.get(id), id)}`);
  }
 }
}

if (DUMP) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(DUMP, JSON.stringify({ rows: dumpRows, goldPairs: dumpGold }));
  console.log(`wrote ${dumpRows.length} rows to ${DUMP}`);
}
const pr = (t: Tally) => {
  const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const R = t.gold ? t.tp / t.gold : 1;
  return `${P.toFixed(3)} / ${R.toFixed(3)} (${t.fp} false, ${t.gold - t.tp} missed)`;
};
console.log(`\n| variant | all P / R | even events (dev) P / R | odd events (held out) P / R | story questions per reading |\n|---|---|---|---|---|`);
for (const [v, variant] of variants.entries()) {
  const r = results[v]!;
  console.log(`| ${variant.name} | ${pr(r.all)} | ${pr(r.even)} | ${pr(r.odd)} | ${(r.questions / readings).toFixed(2)} |`);
}
for (const [v, variant] of variants.entries()) {
  const r = results[v]!;
  console.log(`\n${variant.name}: per event ${[...r.ev.entries()].sort((x, y) => x[0] - y[0]).map(([e, t]) => `${e}: ${pr(t)}`).join('; ')}`);
  if (!QUIET) console.log(r.errors.join('\n') || '  no errors');
}
