/**
 * lead30: a cue that tells a text's headline line from its lead sentence, for the report's "headline repeated
 * as the body's first line" rule (lib/engine/features.ts reportFeatures) when the title was derived from the
 * first sentence (lib/ingest/article.ts "no headline found"). Counts and numbers only.
 *
 *   npx tsx bench/lead30-headline.ts            # fit on the zyte pages (true headline vs first body sentence), then
 *                                               # the cue on the rule's firings in NewsWCL dev sets and Multi-News dev
 *
 * zyte: the headline is the page's og:title (else <title>) with a trailing " | Site" / " - Site" segment of at most
 * four words taken off; the first body sentence is the first unit of the ground truth's articleBody ingested as text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ingestFile } from '../lib/ingest/index.ts';
import { featuresOf } from '../lib/engine/features.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { multiNewsOrder, MN_PER_STORY } from './conflicts-data.ts';
import { isDev } from './audit30-cards.ts';
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
type Row = { w: number; head: boolean };
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
  zyte.push({ w: words(h), head: true }, { w: words(MODE === 'sentence' ? first.text : para), head: false });
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
