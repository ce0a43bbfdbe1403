/**
 * story79: how many same-story pairs the model declines because one side tells the event as a minority of its units
 * (issue 8 item 1; docs/notes/story79.md §3). Multi-News dev (the --only-half dev corpus of bench/story-multinews.ts:
 * undated, 1,000 GVC distractors, seeds, zyte) and GVC dev (bench/story-gvc.ts's dev corpus, dated), each read article
 * through findRelated only (the model's decision: closure, coherence and consistency are not run here). For every
 * ordered gold pair retrieved and declined by the model (score < threshold), and for every other candidate: each side's
 * fact units the decision reads (the page's all, the candidate's first STORY_UNITS), the units the alignment matched
 * on each side (strong edges), so the share aligned of each side; the pair is of "the kind" when the side with the
 * lower share aligned is the one the lead reads as its minimum — reported as the distribution, not a cut.
 * A what-if with no refit: the lead read as the larger side's … is not computed (the prominence-weighted shares are not
 * exposed); the unweighted shares are printed instead.
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html npx tsx bench/story79-kind.ts [--set mn|gvc] [--out FILE]
 */
import './story-model.ts';
import { existsSync, writeFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { findRelated, MemoryIndex } from '../lib/engine/index.ts';
import { STORY_MODEL } from '../lib/engine/fitted/story.ts';
import { featuresOf } from '../lib/engine/features.ts';
import { STORY_UNITS } from '../lib/engine/story.ts';
import type { Article } from '../lib/types.ts';
import { loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcArticles, gvcIncidentsInOrder, gvcItems, gvcStoryCorpus } from './data/gvc.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';

const argv = process.argv.slice(2);
const arg = (n: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
const SET = arg('--set') ?? 'mn';
const OUT = arg('--out');
const seeds = existsSync('seeds') ? (await loadCorpusDir('seeds', { cacheDir: null })).articles : [];
const zyte = loadZyte();
const undate = (a: Article): Article => ({ ...a, date: null, url: null });
const groupOf = new Map<string, string>();
let read: Article[] = [];
let corpus: Article[] = [];
const items = gvcItems();
if (!items) throw new Error('GVC mirror absent');
if (SET === 'mn') {
  const stories = multiNewsStories();
  if (!stories) throw new Error('Multi-News mirror absent');
  for (const s of stories) {
    if (parseInt(s.id.slice(-1), 16) % 2 !== 0) continue;
    const arts = multiNewsArticles(s, Infinity);
    if (arts.length < 2) continue;
    for (const a of arts) {
      read.push(undate(a));
      groupOf.set(a.id, `mn-${s.id}`);
    }
  }
  const gvc = gvcArticles(gvcIncidentsInOrder(items, 'dev').slice(0, 1000).map((x) => x.picked[0]!)).map((d) => undate(d.article));
  corpus = [...read, ...gvc, ...seeds, ...zyte];
} else {
  const c = gvcStoryCorpus(items, 'dev', 300, 4);
  for (const d of [...c.read, ...c.distractors]) groupOf.set(d.article.id, d.incident);
  read = c.read.map((d) => d.article);
  corpus = [...read, ...c.distractors.map((d) => d.article), ...seeds, ...zyte];
}
const index = new MemoryIndex(corpus);
const readIds = new Set(read.map((a) => a.id));
const facts = (a: Article, cap: number) => Math.min(featuresOf(a).filter((f) => f.fact).length, cap);
const rows: string[] = [];
let gold = 0;
let hit = 0;
for (const a of read) {
  const partners = read.filter((b) => b.id !== a.id && groupOf.get(b.id) === groupOf.get(a.id));
  gold += partners.length;
  const { candidates } = await findRelated(a, index);
  const hereFacts = facts(a, Infinity);
  for (const c of candidates) {
    const same = groupOf.has(c.article.id) && groupOf.get(c.article.id) === groupOf.get(a.id) && readIds.has(c.article.id);
    if (same && c.related) hit++;
    if (c.matchedHere + c.matchedThere === 0 && !same) continue;
    const thereFacts = facts(c.article, STORY_UNITS);
    rows.push(
      JSON.stringify({
        a: a.id,
        b: c.article.id,
        same,
        related: c.related,
        score: +c.score.toFixed(4),
        lead: +c.lead.toFixed(4),
        z: +c.z.toFixed(3),
        docScore: +c.docScore.toFixed(4),
        hereFacts,
        thereFacts,
        matchedHere: c.matchedHere,
        matchedThere: c.matchedThere,
      }),
    );
  }
}
if (OUT) writeFileSync(OUT, rows.join('\n') + '\n');
const rs = rows.map((r) => JSON.parse(r) as { same: boolean; related: boolean; score: number; hereFacts: number; thereFacts: number; matchedHere: number; matchedThere: number; lead: number });
const declined = rs.filter((r) => r.same && !r.related);
const share = (m: number, n: number) => (n > 0 ? m / n : 0);
// Per declined true pair: the longer side (more fact units) and its share aligned, the shorter side's share aligned.
const q = (xs: number[], p: number) => (xs.length ? [...xs].sort((x, y) => x - y)[Math.floor(p * (xs.length - 1))]! : NaN);
const lengthRatio = declined.map((r) => Math.max(r.hereFacts, r.thereFacts) / Math.max(1, Math.min(r.hereFacts, r.thereFacts)));
const lowShare = declined.map((r) => Math.min(share(r.matchedHere, r.hereFacts), share(r.matchedThere, r.thereFacts)));
const highShare = declined.map((r) => Math.max(share(r.matchedHere, r.hereFacts), share(r.matchedThere, r.thereFacts)));
const longerIsLow = declined.filter((r) => {
  const h = share(r.matchedHere, r.hereFacts);
  const t = share(r.matchedThere, r.thereFacts);
  return (r.hereFacts >= r.thereFacts) === (h <= t);
}).length;
const unaligned = declined.filter((r) => r.matchedHere + r.matchedThere === 0).length;
console.log(`${SET} dev: ${read.length} read, gold ${gold} ordered pairs, model accepts ${hit}; retrieved and declined ${declined.length} (no unit aligned: ${unaligned})`);
console.log(`declined, quartiles (25/50/75%): longer/shorter fact units ${[0.25, 0.5, 0.75].map((p) => q(lengthRatio, p).toFixed(2)).join(' / ')}; lower side's share aligned ${[0.25, 0.5, 0.75].map((p) => q(lowShare, p).toFixed(2)).join(' / ')}; higher side's ${[0.25, 0.5, 0.75].map((p) => q(highShare, p).toFixed(2)).join(' / ')}`);
console.log(`declined with some unit aligned: the longer side is the less aligned one in ${longerIsLow - unaligned} of ${declined.length - unaligned}`);
for (const [lo, hi] of [[0, 0.1], [0.1, 0.2], [0.2, 0.3], [0.3, 0.38]] as const) console.log(`  declined at p ${lo}-${hi}: ${declined.filter((r) => r.score >= lo && r.score < hi).length}`);
console.log(`  declined at p ≥ ${STORY_MODEL.threshold} (the date window, not the model): ${declined.filter((r) => r.score >= STORY_MODEL.threshold).length}`);
