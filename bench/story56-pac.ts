/**
 * The same-story decision on fresh left/right coverage: PAC (bench/data/pac.ts; AllSides stories, each told by a left
 * and a right outlet, with dates), a source no story fit or story bench has read, in the shape of bench/story-gvc.ts and
 * bench/story-multinews.ts: every PAC article of the split read in turn through the product's story path
 * (bench/story-run.ts: findRelated, then closeStory with a storyAsker, then the furniture step — what compare.ts
 * `relatedStory` decides) over one corpus:
 *   - read: every PAC story of the split with ≥ 2 articles, all its articles (one corpus per split);
 *   - distractors: --gvc N (default 1000) GVC articles (one article, the first pick, of each of the first N incidents of
 *     GVC's dev split in FNV order, as story-multinews adds them), the Multi-News dev half's articles (undated, as
 *     Multi-News keeps no dates), the seeds and the zyte pages.
 * Dated: PAC and GVC articles keep their own dates; --undated: every article without date or address.
 *
 * Splits: `--split dev` (default) reads PAC's train split (2012–2021; the development data of this bench: fit and look
 * here); `--split held` reads PAC's dev + test splits (2022–2023), held out — read once at the end, main against a
 * branch, and no error of it is ever printed.
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html npx tsx bench/story56-pac.ts [--split dev|held] [--undated] [--gvc N] [--errors] [--titles] [--dump FILE]
 *
 * Prints precision / recall over ordered pairs (a related PAC article of the same story is a hit, anything else related is
 * a false relation), retrieval-only recall (the partner among findRelated's candidates before any decision), the steps'
 * counts, and the misses by the step that lost them: not retrieved, declined by the model (retrieved, p below the
 * threshold), the date window, closure / coherence / consistency, the furniture step. With --errors (dev only) every
 * miss with the model's inputs (bench/story-run.ts's evidence line) and every false relation; --titles (dev only) adds
 * both headlines and dates of each miss to the terminal (for judging by eye; nothing of it is committed).
 * Skips with a reason when the PAC mirror is absent.
 */
import './story-model.ts';
import { existsSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { MemoryIndex, type StoryCandidate } from '../lib/engine/index.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems, GVC_GIT } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories, MULTINEWS_GIT } from './data/multinews.ts';
import { loadPac, PAC_GIT } from './data/pac.ts';
import { runStoryPath } from './story-run.ts';

const argv = process.argv.slice(2);
const arg = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const SPLIT = arg('--split') ?? 'dev';
if (SPLIT !== 'dev' && SPLIT !== 'held') throw new Error('--split dev|held');
const UNDATED = argv.includes('--undated');
const GVC_N = arg('--gvc') !== undefined ? Number(arg('--gvc')) : 1000;
const ERRORS = argv.includes('--errors') && SPLIT === 'dev';
const TITLES = argv.includes('--titles') && SPLIT === 'dev';
if ((argv.includes('--errors') || argv.includes('--titles')) && SPLIT !== 'dev') console.log('story56-pac: held errors are never printed (--errors / --titles ignored)');

const pac = loadPac(SPLIT === 'dev' ? ['train'] : ['dev', 'test']);
if (!pac) {
  console.log(`story56-pac: skipped: mirror absent (${PAC_GIT}; fetch github:launchnlp/Partisan-Event-Dataset)`);
  process.exit(0);
}
const undate = (a: Article): Article => (UNDATED ? { ...a, date: null, url: null } : a);

const byStory = new Map<string, Article[]>();
for (const d of pac) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d.article]);
const groupOf = new Map<string, string>();
const read: Article[] = [];
for (const [story, arts] of byStory) {
  if (arts.length < 2) continue;
  for (const a of arts) {
    read.push(undate(a));
    groupOf.set(a.id, story);
  }
}
const titleOf = new Map(pac.map((d) => [d.id, d.title]));
const outletOf = new Map(pac.map((d) => [d.id, d.outlet]));
const dateOf = new Map(pac.map((d) => [d.id, d.article.date ?? null]));

// Distractors, as story-multinews adds them: GVC dev (dated unless --undated), Multi-News dev half (undated), seeds, zyte.
let gvc: Article[] = [];
if (GVC_N > 0) {
  const items = gvcItems();
  if (!items) console.log(`story56-pac: GVC distractors left out: mirror absent (${GVC_GIT})`);
  else gvc = gvcArticles(gvcIncidentsInOrder(items, 'dev').slice(0, GVC_N).map((x) => x.picked[0]!)).map((d) => undate(d.article));
}
const stories = multiNewsStories();
const mn: Article[] = [];
if (!stories) console.log(`story56-pac: Multi-News distractors left out: mirror absent (${MULTINEWS_GIT})`);
else for (const s of stories) if (parseInt(s.id.slice(-1), 16) % 2 === 0) for (const a of multiNewsArticles(s, Infinity)) mn.push({ ...a, date: null, url: null });
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
if (!ZYTE_DIR) console.log('story56-pac: zyte pages absent (../shared/data/zyte-article-extraction or ZYTE_HTML_DIR): left out');

const index = new MemoryIndex([...read, ...gvc, ...mn, ...seeds, ...zyte]);
const arm = `${SPLIT} (PAC ${SPLIT === 'dev' ? 'train' : 'dev + test'}) ${UNDATED ? 'undated' : 'dated'}`;
console.log(`pac ${arm}: ${new Set(groupOf.values()).size} stories read (${read.length} articles), ${gvc.length} GVC, ${mn.length} Multi-News dev, ${seeds.length} seeds, ${zyte.length} zyte`);
const seedIds = new Set(seeds.map((s) => s.id));
const mnIds = new Set(mn.map((a) => a.id));
const kindOf = (id: string) => (groupOf.has(id) ? 'pac' : id.startsWith('gvc-') ? 'gvc' : mnIds.has(id) ? 'multinews' : seedIds.has(id) ? 'seed' : 'zyte');
// --dump FILE (dev only): every reading's candidates with the model's evidence (bench/story-gvc.ts's row format).
const DUMP = SPLIT === 'dev' ? arg('--dump') : undefined;
const dumpRows: object[] = [];
const onCandidates = DUMP
  ? (a: Article, base: StoryCandidate[], gold: string[]) => {
      for (const c of base) {
        const { docScore, z, lead, names, figures, title, ratio, back, apart, score, related } = c;
        dumpRows.push({ split: 'pac-dev', run: 0, q: a.id, c: c.article.id, kind: kindOf(c.article.id), label: gold.includes(c.article.id), docScore, z, lead, names, figures, title, ratio, back, apart, score, related });
      }
    }
  : undefined;
const t = await runStoryPath({ index, read, groupOf, kindOf, dateOf: (id) => dateOf.get(id) ?? null, onCandidates });
if (DUMP) (await import('node:fs')).writeFileSync(DUMP, JSON.stringify({ rows: dumpRows, goldPairs: { 'pac-dev': t.gold } }));

const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
const R = t.gold ? t.tp / t.gold : 1;
console.log(
  `pac ${arm}: P ${P.toFixed(3)} / R ${R.toFixed(3)} (${t.tp} of ${t.gold} ordered pairs, ${t.fp} false: ${[...t.fpKind].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}); ` +
    `retrieval-only recall ${(t.gold ? t.retrieved / t.gold : 1).toFixed(3)} (${t.retrieved} of ${t.gold}); ` +
    `story decisions per reading ${(1 + t.questions / t.readings).toFixed(2)}; CPU ${(t.cpu / t.readings).toFixed(2)} s a reading`,
);
// Each miss by the step that lost it: the last `step NAME out a → b` line for the pair; none → not retrieved or declined.
const lastOut = new Map<string, string>();
for (const e of t.errors) {
  const m = /^ {2}step (\w+) out (\S+) → (\S+)/.exec(e);
  if (m) lastOut.set(`${m[2]}>${m[3]}`, m[1]!);
}
const causes = new Map<string, number>();
const missLines: string[] = [];
for (const e of t.errors) {
  const m = /^ {2}missed (\S+) → (\S+): (.*)$/.exec(e);
  if (!m) continue;
  const [, a, b, ev] = m;
  const step = lastOut.get(`${a}>${b}`);
  const cause = ev === 'not retrieved' ? 'not retrieved' : !step ? 'model declined' : step === 'model' ? 'model then window' : step;
  causes.set(cause, (causes.get(cause) ?? 0) + 1);
  const days = (() => {
    const x = dateOf.get(a!), y = dateOf.get(b!);
    return x && y ? `${Math.round(Math.abs(Date.parse(x) - Date.parse(y)) / 864e5)}d` : '?';
  })();
  missLines.push(`  miss [${cause}] ${a} → ${b} (${days} apart by PAC dates): ${ev}`);
  if (TITLES) missLines.push(`      ${dateOf.get(a!) ?? '?'} ${outletOf.get(a!)}: ${titleOf.get(a!)}\n      ${dateOf.get(b!) ?? '?'} ${outletOf.get(b!)}: ${titleOf.get(b!)}`);
}
console.log(`pac ${arm}: misses ${t.gold - t.tp} by step: ${[...causes].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
if (ERRORS) {
  console.log(missLines.join('\n'));
  console.log(t.errors.filter((e) => e.startsWith('  false') || e.startsWith('  dropped')).join('\n'));
}
