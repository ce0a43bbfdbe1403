/**
 * lead30: a cue that tells a text's headline line from its lead sentence, for the report's "headline repeated
 * as the body's first line" rule (lib/engine/features.ts reportFeatures) when the title was derived from the
 * first sentence (lib/ingest/article.ts "no headline found"). Counts and numbers only.
 *
 *   npx tsx bench/lead30-headline.ts --para     # what ships: fit on the zyte pages (true headline vs first body
 *                                               # paragraph), the cut on two folds of zyte, on CleanPortalEval's and
 *                                               # Big9's gold texts (not fitted on), then on the rule's firings in the
 *                                               # NewsWCL dev sets and Multi-News's dev half
 *   npx tsx bench/lead30-headline.ts            # the same with the first sentence alone (not shipped)
 *
 * zyte: the headline is the page's og:title (else <title>) with a trailing " | Site" / " - Site" segment of at most
 * four words taken off; the first body sentence is the first unit of the ground truth's articleBody ingested as text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ingestFile } from '../lib/ingest/index.ts';
import { featuresOf, reportFeatures } from '../lib/engine/features.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { multiNewsOrder, MN_PER_STORY } from './conflicts-data.ts';
import { isDev } from './audit30-cards.ts';
import { loadCleanPortal } from './data/cleanportal.ts';
import { loadBig9 } from './data/big9.ts';
import type { Article } from '../lib/types.ts';

const DIR = process.env.ZYTE_DIR ?? '../shared/data/zyte-article-extraction';
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const dec = (s: string) => s.replace(/&amp;/g, '&').replace(/&#0?39;|&apos;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n)).replace(/&[a-z]+;/g, ' ').replace(/\s+/g, ' ').trim();

function zyteHeadline(html: string): string | null {
  const og = /<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']+)["']/i.exec(html) ?? /<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:title["']/i.exec(html);
  const t = og?.[1] ?? /<title[^>]*>([^<]+)<\/title>/i.exec(html)?.[1];
  if (!t) return null;
  let h = dec(t);
  const m = /^(.*\S)\s+(?:\||-|–|—|::)\s+([^|]+)$/.exec(h);
  if (m && words(m[2]!) <= 4) h = m[1]!;
  return h;
}

/** What the cue measures: the first sentence, or its whole paragraph (--para). */
const MODE = process.argv.includes('--para') ? 'para' : 'sentence';
type Row = { w: number; head: boolean; k: number };
const zyte: Row[] = [];
const truth = JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
for (const f of readdirSync(join(DIR, 'html'))) {
  const key = f.replace(/\.html\.gz$/, '');
  const g = truth[key];
  if (!g) continue;
  const h = zyteHeadline(gunzipSync(readFileSync(join(DIR, 'html', f))).toString('utf8'));
  const a = ingestFile({ name: `${key.slice(0, 8)}.txt`, content: `${g.articleBody}\n` }).articles[0];
  const first = a?.units.find((u) => u.kind === 'body');
  if (!h || !first || a!.language !== 'en') continue;
  const para = a!.units.filter((u) => u.p === first.p).map((u) => u.text).join(' ');
  zyte.push({ w: words(h), head: true, k: zyte.length / 2 }, { w: words(MODE === 'sentence' ? first.text : para), head: false, k: zyte.length / 2 });
}
const heads = zyte.filter((r) => r.head).map((r) => r.w).sort((x, y) => x - y);
const leads = zyte.filter((r) => !r.head).map((r) => r.w).sort((x, y) => x - y);
const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
console.log(`zyte (English): ${heads.length} headlines, words p10/p50/p90/max ${q(heads, 0.1)}/${q(heads, 0.5)}/${q(heads, 0.9)}/${heads.at(-1)}; first sentences ${q(leads, 0.1)}/${q(leads, 0.5)}/${q(leads, 0.9)}, min ${leads[0]}`);
// The cut: a line of at most W words is a headline. Fit W by the fewest errors (headline taken for a lead + lead taken for a headline).
let best = { W: 0, err: Infinity, fh: 0, fl: 0 };
for (let W = 5; W <= 40; W++) {
  const fh = heads.filter((w) => w > W).length;
  const fl = leads.filter((w) => w <= W).length;
  if (fh + fl < best.err) best = { W, err: fh + fl, fh, fl };
}
console.log(`fitted cut: headline when at most ${best.W} words; zyte errors ${best.err} of ${zyte.length} (${best.fh} headlines over, ${best.fl} first sentences under)`);
for (const W of [best.W - 2, best.W - 1, best.W, best.W + 1, best.W + 2]) console.log(`  W=${W}: headlines over ${heads.filter((w) => w > W).length}, first sentences under ${leads.filter((w) => w <= W).length}`);

/** The cut with the fewest errors on `rows`. */
function fit(rows: Row[]): number {
  let b = { W: 0, err: Infinity };
  for (let W = 5; W <= 40; W++) {
    const err = rows.filter((r) => (r.head ? r.w > W : r.w <= W)).length;
    if (err < b.err) b = { W, err };
  }
  return b.W;
}
const errs = (rows: Row[], W: number) => `${rows.filter((r) => r.head && r.w > W).length} of ${rows.filter((r) => r.head).length} headlines over, ${rows.filter((r) => !r.head && r.w <= W).length} of ${rows.filter((r) => !r.head).length} first ${MODE === 'para' ? 'paragraphs' : 'sentences'} at most`;
for (const fold of [0, 1]) {
  const W = fit(zyte.filter((r) => r.k % 2 === fold));
  console.log(`zyte fold ${fold}: fitted W=${W} on the pages with ${fold ? 'odd' : 'even'} numbers; on the others ${errs(zyte.filter((r) => r.k % 2 !== fold), W)}`);
}
/** Gold texts with their headline: the headline and the first body paragraph (or sentence). */
function goldRows(arts: Article[]): Row[] {
  const out: Row[] = [];
  for (const a of arts) {
    const first = a.units.find((u) => u.kind === 'body');
    if (!first || !a.title || a.language !== 'en') continue;
    const para = a.units.filter((u) => u.p === first.p).map((u) => u.text).join(' ');
    out.push({ w: words(a.title), head: true, k: 0 }, { w: words(MODE === 'sentence' ? first.text : para), head: false, k: 0 });
  }
  return out;
}
/**
 * End to end on gold texts with a headline (not fitted on): each body as a text file with no headline (the rule must
 * not fire: it drops the lead), and as a text file whose first line is the headline written with a full stop (the rule
 * should fire: NewsWCL's layout). "main" is the rule without the cue (the same call with no "no headline found" warning).
 */
function endToEnd(name: string, arts: Article[]) {
  let n = 0;
  const lead = { main: 0, cue: 0 };
  const head = { main: 0, cue: 0 };
  const fires = (a: Article, derived: boolean) => {
    const x = derived ? a : { ...a, warnings: [] };
    // A fresh list: reportFeatures caches its answer per feature list, and featuresOf per text.
    const base = [...featuresOf(x)];
    const rf = reportFeatures(x, base);
    const p0 = a.units.find((u) => u.kind === 'body')?.p;
    return rf.some((f, k) => base[k]!.fact && !f.fact && f.unit.p === p0 && norm(f.unit.text) === norm(a.title));
  };
  for (const g of arts) {
    if (!g.title || g.language !== 'en') continue;
    const paras = [...new Set(g.units.map((u) => u.p))].map((p) => g.units.filter((u) => u.p === p).map((u) => u.text).join(' '));
    const bare = ingestFile({ name: `${g.id}-bare.txt`, content: paras.join('\n\n') + '\n' }).articles[0];
    const headed = ingestFile({ name: `${g.id}-head.txt`, content: [/[.!?]["'”’]?$/.test(g.title) ? g.title : `${g.title}.`, ...paras].join('\n\n') + '\n' }).articles[0];
    if (!bare || !headed) continue;
    n++;
    if (fires(bare, false)) lead.main++;
    if (fires(bare, true)) lead.cue++;
    if (fires(headed, false)) head.main++;
    if (fires(headed, true)) head.cue++;
  }
  console.log(`${name} (not fitted on), ${n} texts: no headline, the rule drops the first sentence on main ${lead.main}, with the cue ${lead.cue}; a headline line with a full stop, the rule finds it on main ${head.main}, with the cue ${head.cue}`);
}
const cp = loadCleanPortal();
if (cp) {
  console.log(`CleanPortalEval (not fitted on), W=${best.W}: ${errs(goldRows(cp.map((d) => d.article)), best.W)}`);
  endToEnd('CleanPortalEval', cp.map((d) => d.article));
}
const b9 = loadBig9();
if (b9) {
  console.log(`Big9 (not fitted on), W=${best.W}: ${errs(goldRows(b9.map((d) => d.article)), best.W)}`);
  endToEnd('Big9', b9.map((d) => d.article));
}

/** The rule's firing on an article: the first unit equal to the title, with its paragraph's unit count and the word count. */
function firing(a: Article) {
  const title = norm(a.title ?? '');
  const h = title ? a.units.find((u) => norm(u.text) === title) : undefined;
  if (!h) return null;
  featuresOf(a);
  const derived = a.warnings.some((w) => w.startsWith('no headline found'));
  const inPara = a.units.filter((u) => u.p === h.p).length;
  const para = a.units.filter((u) => u.p === h.p && u.i >= h.i).map((u) => u.text).join(' ');
  return { id: a.id, w: words(MODE === 'sentence' ? h.text : para), alone: inPara === 1, derived, first: a.units[0] === h };
}
function show(name: string, arts: Article[]) {
  const fs = arts.map(firing).filter((x) => x !== null);
  const kept = fs.filter((f) => f.w <= best.W);
  console.log(`${name}: ${arts.length} articles, ${fs.length} with the title repeated (${fs.filter((f) => f.derived).length} derived, ${fs.filter((f) => f.first).length} as the first unit, ${fs.filter((f) => f.alone).length} alone in their paragraph); at most ${best.W} words: ${kept.length}; words ${fs.map((f) => f.w).sort((x, y) => x - y).join(',')}`);
  return fs;
}
for (const s of ['dnc', 'ukvisit', 'pompeo', 'caravan']) show(s, loadNewsWclSet(s) ?? []);
const mn = multiNewsStories();
if (mn) {
  const fs = show('multinews dev half', multiNewsOrder(mn).filter((s) => isDev(s.id)).flatMap((s) => multiNewsArticles(s, MN_PER_STORY)));
  console.log(`  alone and at most ${best.W} words: ${fs.filter((f) => f.alone && f.w <= best.W).length}; alone: ${fs.filter((f) => f.alone).map((f) => f.w).sort((x, y) => x - y).join(',')}`);
}
