/**
 * The same-story decision on hundreds of real local-news events: the SemEval-2018 Task 5 articles (bench/data/gvc.ts,
 * docs/notes/src28.md; local US reports of Gun Violence Archive incidents, each filed under the incident it reports),
 * in the acceptance's shape (docs/notes/story29.md).
 *
 * Split (fixed before any error was read): an incident is dev when FNV-1a of `gvc-<incident>` is even, held when odd;
 * every article of an incident, read or distractor, is in its incident's split, and each split is its own corpus.
 * Per split, one corpus:
 *   - read: the incidents told by ≥ 2 outlets, in FNV order (gvcOrder's), one article per outlet (the first by md5 id;
 *     empty texts and texts the incident already has dropped), 2–4 outlets, until --articles (default 300) are taken;
 *   - distractors: one article (the first pick) of every other incident of the split, one-outlet incidents included:
 *     same-kind events (shootings), many in the same cities;
 *   - the seeds and the zyte pages.
 * Every read article goes in turn through the product's story path (findRelated, then closeStory with a storyAsker:
 * closure, coherence and consistency, what compare.ts `relatedStory` decides), dated with the article's own date, or
 * with --undated without any GVC date or address. Ordered pairs: a related article of the same incident is a hit,
 * anything else related is a false relation; recall over the read pairs of each incident.
 *
 *   npx tsx bench/story-gvc.ts [--undated] [--articles N] [--split dev|held|both] [--errors dev] [--dump FILE] [--show Q,C] [--idf-rank] [--closure-near N] [--closure-bridges N]
 *
 * Prints P / R per split, story decisions per reading, and with --errors dev each false relation and miss of the dev
 * split by evidence (ids, probabilities, cosines, rank, days apart, shared-name count) — ids and numbers only, no text.
 * Held errors are never printed. --show Q,C prints two dev articles' titles and openings to the terminal (for judging
 * the ground truth by eye; nothing of it is to be committed). Skips with a reason when the mirror is absent.
 */
import './story-model.ts';
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex, type StoryCandidate } from '../lib/engine/index.ts';
import { STORY_CLOSURE } from '../lib/engine/fitted/story.ts';
import { STORY_DAYS } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { gvcItems, gvcSplitOf, gvcStoryCorpus, GVC_GIT, type GvcItem } from './data/gvc.ts';
import { runStoryPath } from './story-run.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const UNDATED = argv.includes('--undated');
const ARTICLES = Number(arg('--articles')) || 300;
const SPLITS = (arg('--split') ?? 'both') === 'both' ? (['dev', 'held'] as const) : ([arg('--split')] as Array<'dev' | 'held'>);
const ERRORS = arg('--errors');
const DUMP = arg('--dump');
const SHOW = arg('--show');
const MAX_OUTLETS = 4;
/**
 * --idf-rank: an experiment, not the product: the corpus ranks a story's candidates by the summed IDF of the query keys
 * they carry (log((n+1)/(df+1)) per key) instead of the count of keys (lib/engine/memory-index.ts and lib/store rank by
 * the count). Same keys asked, same 40 fetched; every story decision of the path (closure's questions too) sees it.
 */
const IDF_RANK = argv.includes('--idf-rank');
/**
 * --closure-near N / --closure-bridges N: an experiment, not the product: closure asks about N near misses / N bridges
 * (STORY_CLOSURE.maxNear / maxBridges, 1 and 1 shipped), set in this process only.
 */
if (arg('--closure-near')) STORY_CLOSURE.maxNear = Number(arg('--closure-near'));
if (arg('--closure-bridges')) STORY_CLOSURE.maxBridges = Number(arg('--closure-bridges'));
if (arg('--closure-near') || arg('--closure-bridges')) console.log(`experiment: STORY_CLOSURE ${JSON.stringify(STORY_CLOSURE)}`);
class IdfRankedIndex extends MemoryIndex {
  override async candidates(keys: string[], limit = 100): Promise<Array<{ id: string; hits: number }>> {
    const uniq = [...new Set(keys)];
    const [ids, n] = await Promise.all([this.keyIds(uniq), this.count()]);
    const score = new Map<string, number>();
    const hits = new Map<string, number>();
    for (const [, list] of ids) {
      const w = Math.log((n + 1) / (list.length + 1));
      for (const id of list) {
        score.set(id, (score.get(id) ?? 0) + w);
        hits.set(id, (hits.get(id) ?? 0) + 1);
      }
    }
    return [...score]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit)
      .map(([id]) => ({ id, hits: hits.get(id)! }));
  }
}

const items = gvcItems();
if (!items) {
  console.log(`story-gvc: skipped: mirror absent (${GVC_GIT}; fetch github:cltl/LongTailQATask)`);
  process.exit(0);
}

const splitOf = gvcSplitOf;
const byIncident = new Map<string, GvcItem[]>();
for (const it of items) byIncident.set(it.incident, [...(byIncident.get(it.incident) ?? []), it]);

if (SHOW) {
  const ids = SHOW.split(',');
  for (const id of ids) {
    const m = /^gvc-(\d+)-([0-9a-f]{8})$/.exec(id);
    const it = m ? byIncident.get(m[1]!)?.find((x) => x.id.startsWith(m[2]!)) : undefined;
    if (!it || splitOf(it.incident) !== 'dev') {
      console.log(`${id}: not a dev article`);
      continue;
    }
    console.log(`=== ${id} ${it.date} ${it.host}\n${it.title}\n${it.content.slice(0, 1500)}\n`);
  }
  process.exit(0);
}

const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
if (!ZYTE_DIR) console.log('story-gvc: zyte pages absent (../shared/data/zyte-article-extraction or ZYTE_HTML_DIR): left out');

const undate = (a: Article): Article => (UNDATED ? { ...a, date: null, url: null } : a);
const dumpRows: object[] = [];
const dumpGold: Record<string, number> = {};

for (const split of SPLITS) {
  const corpus = gvcStoryCorpus(items, split, ARTICLES, MAX_OUTLETS);
  const readDocs = corpus.read.map((d) => ({ ...d, article: undate(d.article) }));
  const distDocs = corpus.distractors.map((d) => ({ ...d, article: undate(d.article) }));
  const readIncidents = corpus.readIncidents;
  const incidentOf = new Map<string, string>();
  // The articles' own dates (also with --undated): a same-incident pair further apart than STORY_DAYS is a follow-up
  // (an arrest, a charge, a trial), counted apart as "in window" / not.
  const dateOf = corpus.dateOf;
  for (const d of [...readDocs, ...distDocs]) incidentOf.set(d.article.id, d.incident);
  const multi = corpus.multi;
  const readArticles = readDocs.map((d) => d.article);
  const index = new (IDF_RANK ? IdfRankedIndex : MemoryIndex)([...readArticles, ...distDocs.map((d) => d.article), ...seeds, ...zyte]);
  console.log(
    `${split}: ${readIncidents} incidents read (${readArticles.length} articles), ${distDocs.length} GVC distractors (${distDocs.filter((d) => multi.has(d.incident)).length} of multi-outlet incidents), ${seeds.length} seeds, ${zyte.length} zyte; ${UNDATED ? 'undated' : 'dated'}`,
  );
  const kindOf = (id: string) =>
    !incidentOf.has(id) ? (id.startsWith('gvc-') ? 'gvc?' : seeds.some((s) => s.id === id) ? 'seed' : 'zyte') : readArticles.some((r) => r.id === id) ? 'read' : multi.has(incidentOf.get(id)!) ? 'dist-multi' : 'dist-single';
  const dump = (a: Article, base: StoryCandidate[], gold: string[]) => {
    if (!DUMP || split !== 'dev') return;
    dumpGold[`gvc-${split}`] = (dumpGold[`gvc-${split}`] ?? 0) + gold.length;
    for (const c of base) {
      const { docScore, z, lead, names, figures, title, ratio, back, apart } = c;
      dumpRows.push({ split: `gvc-${split}`, run: 0, q: a.id, c: c.article.id, label: gold.includes(c.article.id), docScore, z, lead, names, figures, title, ratio, back, apart });
    }
  };
  const t = await runStoryPath({ index, read: readArticles, groupOf: incidentOf, kindOf, dateOf: (id) => dateOf.get(id) ?? null, onCandidates: dump });
  const errors = t.errors;
  const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const R = t.gold ? t.tp / t.gold : 1;
  console.log(
    `${split} ${UNDATED ? 'undated' : 'dated'}: P ${P.toFixed(3)} / R ${R.toFixed(3)} (${t.tp} of ${t.gold} pairs, ${t.fp} false: ${[...t.fpKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}); ` +
      `recall of the pairs ≤ ${STORY_DAYS} days apart by their dates ${(t.goldIn ? t.tpIn / t.goldIn : 1).toFixed(3)} (${t.tpIn} of ${t.goldIn}); ` +
      `story decisions per reading ${(1 + t.questions / t.readings).toFixed(2)} (the page's own + ${(t.questions / t.readings).toFixed(2)} questions); CPU ${(t.cpu / t.readings).toFixed(2)} s a reading`,
  );
  if (ERRORS === split && split === 'dev') console.log(errors.join('\n') || '  no errors');
}
if (DUMP) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(DUMP, JSON.stringify({ rows: dumpRows, goldPairs: dumpGold }));
  console.log(`wrote ${dumpRows.length} rows to ${DUMP}`);
}
