/**
 * The same-story decision measured on Multi-News (bench/data/multinews.ts, docs/notes/src31.md: LongBench's 200 test
 * stories, each several outlets' full articles of one national or world news story), a source no story fit has read,
 * in the acceptance's shape (issue 8: same-story recall ≥ 0.95 at precision ≥ 0.97), through the product's story path
 * as bench/story-gvc.ts runs it (bench/story-run.ts: findRelated, then closeStory with a storyAsker).
 *
 * One corpus, every article undated (Multi-News keeps no dates, addresses or headlines: the product's undated path):
 *   - read: every story with ≥ 2 source articles, all its sources (empty texts and exact copies dropped, as the loader
 *     does; a source the ingester finds no unit in is dropped);
 *   - distractors: the seeds, the zyte pages, and --gvc N (default 1000) GVC articles: one article (the first pick) of
 *     each of the first N incidents of GVC's dev split in FNV order (bench/story-gvc.ts's split and order) — local
 *     US shooting reports, news of another kind, dates and addresses removed.
 * Ordered pairs: a related article of the same story is a hit, anything else related is a false relation.
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html npx tsx bench/story-multinews.ts [--half dev|held | --only-half dev|held] [--gvc N] [--errors] [--shard K/N] [--retrieval]
 *   npx tsx bench/story-multinews.ts --sum OUT1 OUT2 …   # the shards' outputs summed (same lines as one run)
 *   … --dump FILE                                         # also every candidate's evidence, one JSON line each
 *
 * --half held|dev reads only the stories of one half of Multi-News (stop 30's split: held when the last hex digit of
 * the story's id is odd, dev when even); the corpus is unchanged, so each reading is the whole run's reading.
 *
 * --shard K/N reads only the read articles whose position is K modulo N (same corpus, same pairs counted for those
 * readings; every reading is its own decision, so the N shards' sum is the whole run's) and ends with a `tally:` line;
 * run the N shards as separate processes to spread the wall time, then --sum their outputs.
 *
 * --half dev|held (default all): the stories of one half only, read and indexed (the other half's articles are not in
 * the corpus, so a dev run never shows a held article, not even as a false relation): a story is dev when the last hex
 * digit of its id is even, held when odd (the lead's split for stop 30). `all` is the whole run, as before.
 * --retrieval: the candidates only (storyPool: the keys asked, the 40 candidates), no decision: retrieval-only recall
 * and, per pair not retrieved, why (counts: the partner's keys the query asks, its rank, the shared keys' document
 * frequencies), keys asked and candidates read per reading, stored keys per article.
 *
 * Prints P / R, retrieval-only recall (the partner among findRelated's candidates, before any decision), story
 * decisions per reading, CPU a reading, false relations by kind and misses by evidence; with --errors each false
 * relation and miss (ids and numbers only, no text). Skips with a reason when the Multi-News mirror is absent.
 */
import './story-model.ts';
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex, type StoryCandidate } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems, GVC_GIT } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories, MULTINEWS_GIT } from './data/multinews.ts';
import { runStoryPath } from './story-run.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const GVC_N = arg('--gvc') !== undefined ? Number(arg('--gvc')) : 1000;
const ERRORS = argv.includes('--errors');
const SHARD = arg('--shard')?.split('/').map(Number) as [number, number] | undefined;
const HALF = arg('--half') as 'held' | 'dev' | undefined;
if (HALF && HALF !== 'held' && HALF !== 'dev') throw new Error('--half held|dev');
// --dump FILE: one JSON line per (reading, candidate) with the candidate's evidence (ids and numbers only), for
// bench/story-multinews-features.ts.
const DUMP = arg('--dump');
// --only-half dev|held (story33): only that half's stories are read *and indexed* (the other half is not in the
// corpus at all, so a dev run never shows a held article); --half keeps the corpus whole and reads one half.
const ONLY_HALF = arg('--only-half') ?? 'all';
if (!['dev', 'held', 'all'].includes(ONLY_HALF)) throw new Error(`--only-half dev|held|all, not ${ONLY_HALF}`);
if (HALF && ONLY_HALF !== 'all') throw new Error('--half and --only-half do not go together');
const RETRIEVAL = argv.includes('--retrieval');
const SUM = argv.includes('--sum') ? argv.slice(argv.indexOf('--sum') + 1) : null;
type Tally = Awaited<ReturnType<typeof runStoryPath>>;

function report(t: Tally) {
  const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const R = t.gold ? t.tp / t.gold : 1;
  console.log(
    `multinews${ONLY_HALF === 'all' ? '' : ` ${ONLY_HALF}`} undated: P ${P.toFixed(3)} / R ${R.toFixed(3)} (${t.tp} of ${t.gold} ordered pairs, ${t.fp} false: ${[...t.fpKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}); ` +
      `retrieval-only recall ${(t.gold ? t.retrieved / t.gold : 1).toFixed(3)} (${t.retrieved} of ${t.gold} partners among the candidates); ` +
      `story decisions per reading ${(1 + t.questions / t.readings).toFixed(2)} (the page's own + ${(t.questions / t.readings).toFixed(2)} questions); CPU ${(t.cpu / t.readings).toFixed(2)} s a reading (${t.readings} readings)`,
  );
  // Errors by evidence (counts): misses not retrieved / retrieved and declined (by p band), false relations by kind and via.
  const missed = t.errors.filter((e) => e.startsWith('  missed'));
  const fals = t.errors.filter((e) => e.startsWith('  false'));
  const pOf = (e: string) => Number(/: p ([\d.]+)/.exec(e)?.[1] ?? NaN);
  const band = (p: number) => (p < 0.1 ? 'p<0.1' : p < 0.3 ? 'p 0.1-0.3' : p < 0.5 ? 'p 0.3-0.5' : 'p≥0.5');
  const count = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].map(([k, n]) => `${k} ${n}`).join(', ');
  const notRetrieved = missed.filter((e) => e.endsWith('not retrieved')).length;
  console.log(
    `misses ${missed.length}: not retrieved ${notRetrieved}, retrieved and declined ${missed.length - notRetrieved} (${count(missed.filter((e) => !e.endsWith('not retrieved')).map((e) => band(pOf(e))))})`,
  );
  console.log(`false relations ${fals.length}: ${count(fals.map((e) => `${/\[(\w+)\]/.exec(e)?.[1]} ${/ via (\S+)/.exec(e)?.[1] ?? 'direct'}`)) || 'none'}`);
  if (ERRORS) console.log(t.errors.join('\n') || '  no errors');
}

if (SUM) {
  const { readFileSync } = await import('node:fs');
  const t: Tally = { tp: 0, fp: 0, gold: 0, retrieved: 0, goldIn: 0, tpIn: 0, questions: 0, readings: 0, fpKind: new Map(), errors: [], cpu: 0 };
  for (const f of SUM) {
    const line = readFileSync(f, 'utf8').split('\n').find((l) => l.startsWith('tally: '));
    if (!line) throw new Error(`${f}: no tally line`);
    const x = JSON.parse(line.slice(7)) as Omit<Tally, 'fpKind'> & { fpKind: Array<[string, number]> };
    for (const k of ['tp', 'fp', 'gold', 'retrieved', 'goldIn', 'tpIn', 'questions', 'readings', 'cpu'] as const) t[k] += x[k];
    for (const [k, n] of x.fpKind) t.fpKind.set(k, (t.fpKind.get(k) ?? 0) + n);
    t.errors.push(...x.errors);
  }
  console.log(`multinews: ${SUM.length} shards summed`);
  report(t);
  process.exit(0);
}

const stories = multiNewsStories();
if (!stories) {
  console.log(`story-multinews: skipped: mirror absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
  process.exit(0);
}
const undate = (a: Article): Article => ({ ...a, date: null, url: null });

// Read: every story with ≥ 2 articles, all of its sources.
const groupOf = new Map<string, string>();
const read: Article[] = [];
let storiesRead = 0;
const inOnlyHalf = (id: string) => ONLY_HALF === 'all' || (parseInt(id.slice(-1), 16) % 2 === 0) === (ONLY_HALF === 'dev');
for (const s of stories) {
  if (!inOnlyHalf(s.id)) continue;
  const arts = multiNewsArticles(s, Infinity);
  if (arts.length < 2) continue;
  storiesRead++;
  for (const a of arts) {
    read.push(undate(a));
    groupOf.set(a.id, `mn-${s.id}`);
  }
}

// GVC distractors: the first GVC_N dev incidents in FNV order, one article each (story-gvc's split and order).
let gvc: Article[] = [];
if (GVC_N > 0) {
  const items = gvcItems();
  if (!items) console.log(`story-multinews: GVC distractors left out: mirror absent (${GVC_GIT})`);
  else {
    const dev = gvcIncidentsInOrder(items, 'dev');
    gvc = gvcArticles(dev.slice(0, GVC_N).map((x) => x.picked[0]!)).map((d) => undate(d.article));
  }
}
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
if (!ZYTE_DIR) console.log('story-multinews: zyte pages absent (../shared/data/zyte-article-extraction or ZYTE_HTML_DIR): left out');

const index = new MemoryIndex([...read, ...gvc, ...seeds, ...zyte]);
console.log(
  `multinews${ONLY_HALF === 'all' ? '' : ` (${ONLY_HALF} half only)`}: ${storiesRead} stories read (${read.length} articles), ${gvc.length} GVC distractors, ${seeds.length} seeds, ${zyte.length} zyte; undated`,
);
const seedIds = new Set(seeds.map((s) => s.id));
const kindOf = (id: string) => (groupOf.has(id) ? 'multinews' : id.startsWith('gvc-') ? 'gvc' : seedIds.has(id) ? 'seed' : 'zyte');
// --half: read only the stories of one half (the lead's split for stop 30: held when the last hex digit of the story's
// id is odd, dev when even); the corpus and every other article stay as they are.
const inHalf = (a: Article) => !HALF || (parseInt(groupOf.get(a.id)!.slice(-1), 16) % 2 === 1) === (HALF === 'held');
const halfRead = read.filter(inHalf);
if (HALF) console.log(`multinews: --half ${HALF}: ${halfRead.length} of ${read.length} read articles read`);
const mineRead = SHARD ? halfRead.filter((_, i) => i % SHARD[1] === SHARD[0]) : halfRead;
const dumped: string[] = [];
const onCandidates = DUMP
  ? (a: Article, base: StoryCandidate[]) => {
      for (const c of base) {
        const { docScore, z, lead, names, figures, title, ratio, back, score, related } = c;
        dumped.push(JSON.stringify({ a: a.id, b: c.article.id, docScore, z, lead, names, figures, title, ratio, back, score, related }));
      }
    }
  : undefined;
if (RETRIEVAL) {
  const { retrievalOnly } = await import('./story-retrieval.ts');
  // --alt 48w,96,96w…: simulated pools beside the product's (N keys asked; w: ranked by summed IDF).
  const alternatives = (arg('--alt') ?? '').split(',').filter(Boolean).map((x) => ({ ask: parseInt(x, 10), weighted: x.endsWith('w'), tie: x.endsWith('t') }));
  await retrievalOnly({ index, read: mineRead, groupOf, allRead: read, errors: ERRORS, alternatives });
  process.exit(0);
}
const t = await runStoryPath({ index, read: mineRead, groupOf, kindOf, allRead: read, onCandidates });
if (DUMP) (await import('node:fs')).writeFileSync(DUMP, `${dumped.join('\n')}\n`);
report(t);
if (SHARD) console.log(`tally: ${JSON.stringify({ ...t, fpKind: [...t.fpKind] })}`);
