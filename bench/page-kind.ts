/**
 * Non-article detection (lib/page-kind.ts), measured on real labelled pages:
 *  - SeniorResearch (github.com/AdamClarkStandke/SeniorResearch, `Articles/` and `not_articles/`:
 *    news articles and section fronts, video, gallery and live pages of 10 news sites, plus reddit
 *    threads and foodnetwork pages; file names are the base64 of the URL). No licence is stated, so
 *    the pages are read from the mirror (`fetch github:AdamClarkStandke/SeniorResearch`), never copied.
 *  - the 181 zyte pages (all articles) from ../shared.
 *  - wceb (bench/extract-eval.ts's loader; pages of 2025–2026), labelled from the set's page type by the
 *    rule of docs/notes/extract31.md written before any output: article/blog = article; product, service,
 *    listing, collection, forum = non-article; documentation not scored (its refusal rate printed alone).
 *    Split by id parity (even = dev, odd = held). Scored on the whole extension path (extractPage, not
 *    lenient: refuses for page kind and for too little text) and on its pageKind refusals alone.
 *   npx tsx bench/page-kind.ts --only wceb [--wceb-split dev|held] [--list]   (wceb alone; --list: dev errors)
 *   npx tsx bench/page-kind.ts --only readability,site [--list]   (pages that must be kept: Readability's
 *                                       test pages and the project's news site — seeds, e2e pages)
 *   npx tsx bench/page-kind.ts          report with the constants in lib/page-kind.ts
 *   PAGE_KIND_CACHE=/tmp/pk.json npx tsx bench/page-kind.ts   (features cached between runs)
 *   npx tsx bench/page-kind.ts --only wceb --wceb-split dev --fit-cta   grid-search CTA_MIN on the wceb dev half
 *   npx tsx bench/page-kind.ts --only senior,zyte,wceb,readability --wceb-split dev --fit-teaser
 *                                       grid-search TEASER_MIN_WORDS: max F0.5 on the wceb dev half among the
 *                                       values that refuse no more articles than the rule off there, on the
 *                                       SeniorResearch + zyte pages and on Readability's news test pages
 *   npx tsx bench/page-kind.ts --only senior,zyte,wceb,readability --wceb-split dev --fit-blurb
 *                                       grid-search BLURB_MIN_SHARE with the same criterion and guards
 *   npx tsx bench/page-kind.ts --fit    grid-search the constants (max F0.5 of refusals) on the fit
 *                                       pages, report on the rest
 * Positive class = "not an article" (what we refuse): precision = refused pages that are non-articles,
 * recall = non-articles refused.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { BLURB_MIN_SHARE, CTA_MIN, pageFeatures, pageKind, PROSE_MIN_CHARS, TEASER_MIN_WORDS, type PageFeatures } from '../lib/page-kind.ts';
import { extractPage, readMetadata } from '../lib/extract.ts';
import { nodeParseHtml } from '../cli/node-env.ts';
import { pagesOf } from './extract-eval.ts';
import { optionValue } from './args.ts';
import { startNewsSite } from '../scripts/news-site.ts';

const MIRROR = '/work/.mirror/AdamClarkStandke+SeniorResearch/repo';
const ZYTE = '/work/shared/data/zyte-article-extraction/';
const FIT_SITES = new Set(['abcnews', 'bbcnews', 'cbsnews', 'cnnews', 'dwnews']);

interface Sample { set: string; site: string; url: string; notArticle: boolean; f: PageFeatures; byWords?: Map<number, PageFeatures> }
/** --fit-teaser: the TEASER_MIN_WORDS grid (Infinity = the teaser rule off), features read once per value. */
const FIT_TEASER = process.argv.includes('--fit-teaser');
/** --fit-blurb: the BLURB_MIN_SHARE grid (Infinity = the blurb rule off), on pageKind's verdict from features read once. */
const FIT_BLURB = process.argv.includes('--fit-blurb');
const BLURB_GRID = [Infinity, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];
const TEASER_GRID = [Infinity, 8, 6, 5, 4, 3, 2, 1];
const samples: Sample[] = [];
/** As extractPage does: Readability on a clone, its article HTML given to pageFeatures. */
const CACHE = process.env.PAGE_KIND_CACHE;
const cache: Record<string, PageFeatures> = CACHE && existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
function features(html: string, url: string): PageFeatures {
  if (FIT_TEASER) return teaserFeatures(html, url).get(TEASER_MIN_WORDS)!;
  if (CACHE && cache[url + html.length]) return cache[url + html.length]!;
  const f = computeFeatures(html, url)();
  if (CACHE) cache[url + html.length] = f;
  return f;
}
/** --fit-teaser: one Readability pass, the features for every value of the grid (memoised for the page last read). */
let lastTeaser: { key: string; byWords: Map<number, PageFeatures> } | null = null;
function teaserFeatures(html: string, url: string): Map<number, PageFeatures> {
  if (lastTeaser?.key === url + html.length) return lastTeaser.byWords;
  const byWords = new Map<number, PageFeatures>();
  const read = computeFeatures(html, url);
  for (const w of new Set([...TEASER_GRID, TEASER_MIN_WORDS])) byWords.set(w, read(w));
  lastTeaser = { key: url + html.length, byWords };
  return byWords;
}
/** One Readability pass; the features for a value of TEASER_MIN_WORDS (lib's when not given). */
function computeFeatures(html: string, url: string): (teaserMinWords?: number) => PageFeatures {
  const doc = parseHTML(html).document as unknown as Document;
  let content: Node | null = null;
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(doc.cloneNode(true) as Document, { serializer: (n) => n }).parse();
    content = parsed?.content ?? doc.createElement('div');
  } catch {
    content = doc.createElement('div');
  }
  // The date and author the page states, read as extractPage reads them.
  const meta = readMetadata(doc, url);
  const stated = { publishedTime: meta.publishedTime ?? parsed?.publishedTime, byline: meta.byline ?? parsed?.byline };
  return (teaserMinWords) => pageFeatures(doc, url, content, stated, { teaserMinWords });
}

const ONLY = optionValue('only', process.argv.slice(2))?.split(',');
if (ONLY && !ONLY.includes('senior')) console.log('SeniorResearch pages skipped: --only');
else if (existsSync(MIRROR)) {
  const git = (...a: string[]) => execFileSync('git', ['--git-dir', MIRROR, ...a], { maxBuffer: 1 << 26 }).toString('utf8');
  for (const line of git('ls-tree', '-r', '--name-only', 'HEAD', 'Articles', 'not_articles').split('\n')) {
    const m = /^(Articles|not_articles)\/([^/]+)\/(.+)\.html$/.exec(line);
    if (!m) continue;
    const url = Buffer.from(m[3]!.replace(/_/g, '/').replace(/-/g, '+'), 'base64').toString('utf8');
    if (!/^https?:\/\//.test(url)) continue;
    const html = git('show', `HEAD:${line}`);
    samples.push({ set: 'senior', site: m[2]!, url, notArticle: m[1] === 'not_articles', f: features(html, url), byWords: FIT_TEASER ? teaserFeatures(html, url) : undefined });
  }
} else console.log(`SeniorResearch pages skipped: ${MIRROR} not found (fetch github:AdamClarkStandke/SeniorResearch)`);

if (ONLY && !ONLY.includes('zyte')) console.log('zyte pages skipped: --only');
else if (existsSync(ZYTE)) {
  const truth = JSON.parse(readFileSync(ZYTE + 'ground-truth.json', 'utf8')) as Record<string, { url: string }>;
  for (const f of readdirSync(ZYTE + 'html')) {
    const url = truth[f.replace(/\.html\.gz$/, '')]?.url ?? '';
    const html = gunzipSync(readFileSync(ZYTE + 'html/' + f)).toString('utf8');
    samples.push({ set: 'zyte', site: 'zyte', url, notArticle: false, f: features(html, url), byWords: FIT_TEASER ? teaserFeatures(html, url) : undefined });
  }
} else console.log(`zyte pages skipped: ${ZYTE} not found`);

/** wceb pages: features as above, and whether the extension's whole path (extractPage) refuses the page. */
interface Modern extends Omit<Sample, 'notArticle'> { notArticle: boolean | null; type: string; split: 'dev' | 'held'; refusedByKind: boolean; kindReason: string; full: boolean; fullReason: string }
const modern: Modern[] = [];
const NON_ARTICLE_TYPES = new Set(['product', 'service', 'listing', 'collection', 'forum']);
const ARTICLE_TYPES = new Set(['article', 'blog']);
// One Readability pass per page (the machine is shared): pageKind's verdict is read off extractPage's
// answer (a refusal that names a `kind` came from pageKind; a page refused before pageKind ran — Readability
// found nothing — counts as refused by neither verdict's pageKind column but by extractPage's).
const WCEB_SPLIT = optionValue('wceb-split', process.argv.slice(2));
const FIT_CTA = process.argv.includes('--fit-cta');
for (const p of ONLY && !ONLY.includes('wceb') ? [] : pagesOf('wceb', (why) => console.log(`wceb pages skipped: ${why}`)) ?? []) {
  if (WCEB_SPLIT && p.split !== WCEB_SPLIT) continue;
  const type = p.kind ?? 'unknown';
  const url = p.url ?? '';
  const x = extractPage(nodeParseHtml(p.html), url);
  const byKind = 'notArticle' in x && x.kind !== undefined;
  // --fit-cta: the page's features too (a second Readability pass), to grid-search CTA_MIN on pageKind's verdict.
  const f: PageFeatures = FIT_CTA || FIT_BLURB ? features(p.html, url) : { url, ogType: null, ldTypes: [], proseChars: 0, proseParagraphs: 0, headlineLinks: 0 };
  modern.push({
    set: 'wceb', site: p.id, url, type, split: p.split ?? 'dev', f, byWords: FIT_TEASER ? teaserFeatures(p.html, url) : undefined, refusedByKind: byKind, kindReason: byKind && 'notArticle' in x ? x.reason : 'kept',
    notArticle: NON_ARTICLE_TYPES.has(type) ? true : ARTICLE_TYPES.has(type) ? false : null,
    full: 'notArticle' in x, fullReason: 'notArticle' in x ? x.reason : '',
  });
}

/**
 * Pages every reader meets that must never be refused: the Readability project's test pages (its news
 * pages are articles; the others are printed, not scored) and the project's own news site (scripts/
 * news-site.ts: the seeds' article pages, their single-page-app variants and the wire stories the e2e
 * suite opens). Counted on the extension's path (extractPage, not lenient).
 */
const kept: Array<{ set: string; id: string; article: boolean; refused: boolean; reason: string }> = [];
/** --fit-teaser: Readability's news test pages, articles the grid must not refuse (pageKind on their features). */
const keepers: Sample[] = [];
const judge = (set: string, id: string, article: boolean, html: string, url: string) => {
  if ((FIT_TEASER || FIT_BLURB) && set === 'readability' && article) keepers.push({ set, site: id, url, notArticle: false, f: features(html, url), byWords: FIT_TEASER ? teaserFeatures(html, url) : undefined });
  const x = extractPage(nodeParseHtml(html), url);
  kept.push({ set, id, article, refused: 'notArticle' in x, reason: 'notArticle' in x ? x.reason : '' });
};
if (!ONLY || ONLY.includes('readability')) {
  // Readability's own tests read every page at this address.
  for (const p of pagesOf('readability', (why) => console.log(`readability pages skipped: ${why}`)) ?? []) judge('readability', p.id, p.news, p.html, 'http://fakehost/test/page.html');
}
if (!ONLY || ONLY.includes('site')) {
  const site = await startNewsSite();
  try {
    const get = async (u: string) => (await fetch(u)).text();
    for (const a of site.articles) {
      judge('site', a.id, true, await get(site.url(a.id)), site.url(a.id));
      judge('site', `spa/${a.id}`, true, await get(site.spaUrl(a.id)), site.spaUrl(a.id));
    }
    for (const a of site.feed.articles) {
      if (a.id !== site.feed.failing) judge('site', `wire/${a.id}`, true, await get(site.feed.storyUrl(a.id)), site.feed.storyUrl(a.id));
    }
    judge('site', 'home', false, await get(site.home), site.home);
  } finally {
    await site.close();
  }
}
for (const set of new Set(kept.map((k) => k.set))) {
  const of = kept.filter((k) => k.set === set);
  const art = of.filter((k) => k.article);
  console.log(`${set}: articles refused ${art.filter((k) => k.refused).length}/${art.length}; other pages refused ${of.filter((k) => !k.article && k.refused).length}/${of.length - art.length}`);
  if (process.argv.includes('--list')) for (const k of of.filter((k) => k.refused)) console.log(`  refused ${k.article ? 'article' : 'other  '} ${k.id}  (${k.reason})`);
}

if (!samples.length && !modern.length) process.exit(0);
if (CACHE) writeFileSync(CACHE, JSON.stringify(cache));

type Params = { proseMinChars: number; ctaMin?: number };
/** Refusal counts; `refusedBy` replaces pageKind's verdict on the features (wceb's extractPage path). */
function score<S extends Sample>(set: S[], p: Params, refusedBy?: (s: S) => { refused: boolean; reason: string }) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const wrong: string[] = [];
  for (const s of set) {
    const pk = refusedBy ? null : pageKind(s.f, p);
    const v = refusedBy ? refusedBy(s) : { refused: !pk!.article, reason: pk!.reason };
    const refused = v.refused;
    if (refused && s.notArticle) tp++;
    else if (refused) { fp++; wrong.push(`  refused article  ${s.url.slice(0, 90)}  (${v.reason})`); }
    else if (s.notArticle) { fn++; wrong.push(`  missed non-article ${s.url.slice(0, 90)}  (${v.reason})`); }
    else tn++;
  }
  const precision = tp / Math.max(1, tp + fp), recall = tp / Math.max(1, tp + fn);
  return { n: set.length, tp, fp, fn, tn, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), wrong };
}
const show = (name: string, r: ReturnType<typeof score>) =>
  console.log(`${name.padEnd(34)} n=${r.n} (non-articles ${r.tp + r.fn})  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  articles refused ${r.fp}/${r.fp + r.tn}`);

// Fit: five SeniorResearch sites + the zyte pages at even positions; report on the rest.
const zyteAll = samples.filter((s) => s.set === 'zyte');
const fit = [...samples.filter((s) => s.set === 'senior' && FIT_SITES.has(s.site)), ...zyteAll.filter((_, i) => i % 2 === 0)];
const held = samples.filter((s) => s.set === 'senior' && !FIT_SITES.has(s.site));
const zyte = zyteAll.filter((_, i) => i % 2 === 1);
let params: Params = { proseMinChars: PROSE_MIN_CHARS };
if (process.argv.includes('--fit')) {
  let best = { f1: -1, p: params };
  for (let c = 200; c <= 4000; c += 100) {
    const r = score(fit, { proseMinChars: c });
    // F0.5: refusing a real article (the reader cannot add it) costs more than letting a list through.
    const f05 = (1.25 * r.precision * r.recall) / Math.max(1e-9, 0.25 * r.precision + r.recall);
    if (f05 > best.f1 + 1e-9) best = { f1: f05, p: { proseMinChars: c } };
  }
  params = best.p;
  console.log(`fitted on ${[...FIT_SITES].join(', ')} + even zyte pages: proseMinChars ${params.proseMinChars}`);
}
show('fit (5 sites + 91 zyte)', score(fit, params));
const h = score(held, params);
show('held-out sites (SeniorResearch)', h);
const z = score(zyte, params);
show('held-out zyte (90 articles)', z);
show('held-out total (sites + zyte)', score([...held, ...zyte], params));
show('all', score(samples, params));
if (process.argv.includes('--list')) for (const w of [...h.wrong, ...z.wrong]) console.log(w);

if (FIT_CTA) {
  // CTA_MIN: max F0.5 of pageKind's refusals on the wceb pages read (run it on the dev half only), among
  // the values that refuse no more articles than the rule off (the project's bar: no article newly refused).
  const pages = modern.filter((m) => m.notArticle !== null) as Array<Modern & { notArticle: boolean }>;
  const grid = [Infinity, 8, 7, 6, 5, 4, 3, 2, 1].map((c) => {
    const r = score(pages, { ...params, ctaMin: c }, (m) => ({ refused: !pageKind(m.f, { ...params, ctaMin: c }).article, reason: '' }));
    const f05 = (1.25 * r.precision * r.recall) / Math.max(1e-9, 0.25 * r.precision + r.recall);
    console.log(`ctaMin ${c}: precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} F0.5 ${f05.toFixed(4)} articles refused ${r.fp}/${r.fp + r.tn}`);
    return { c, f05, fp: r.fp };
  });
  const allowed = grid.filter((g) => g.fp <= grid[0]!.fp);
  const best = allowed.reduce((a, b) => (b.f05 > a.f05 + 1e-9 ? b : a));
  const free = grid.reduce((a, b) => (b.f05 > a.f05 + 1e-9 ? b : a));
  console.log(`fitted on ${pages.length} wceb pages (${WCEB_SPLIT ?? 'both halves'}): ctaMin ${best.c} (max F0.5 with no article newly refused; unconstrained: ${free.c}; lib: ${CTA_MIN})`);
}

/**
 * A page-kind constant fitted on the wceb pages read (run it on the dev half only): max F0.5 of pageKind's refusals
 * among the grid's values that refuse no more articles than the grid's first value (the rule off) there, on the
 * SeniorResearch + zyte pages, or on Readability's news test pages (the project's bar: no article newly refused on
 * any set).
 */
function fitGuarded<V>(name: string, grid: readonly V[], refusedAt: (v: V, s: Sample) => boolean, lib: V): void {
  const dev = modern.filter((m) => m.notArticle !== null) as Array<Modern & { notArticle: boolean }>;
  const guards = { 'senior+zyte': samples.filter((s) => !s.notArticle), readability: keepers };
  const at = (v: V) => (s: Sample) => ({ refused: refusedAt(v, s), reason: '' });
  const rows = grid.map((v) => {
    const r = score(dev, params, at(v));
    const f05 = (1.25 * r.precision * r.recall) / Math.max(1e-9, 0.25 * r.precision + r.recall);
    const guard = Object.entries(guards).map(([n, set]) => [n, set.filter((s) => at(v)(s).refused).length] as const);
    console.log(`${name} ${v}: wceb precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} F0.5 ${f05.toFixed(4)} articles refused ${r.fp}/${r.fp + r.tn}; ${guard.map(([n, k]) => `${n} articles refused ${k}`).join(', ')}`);
    return { v, f05, fp: r.fp, guard };
  });
  const off = rows[0]!;
  const allowed = rows.filter((g) => g.fp <= off.fp && g.guard.every(([, k], i) => k <= off.guard[i]![1]));
  const best = allowed.reduce((x, y) => (y.f05 > x.f05 + 1e-9 ? y : x));
  const free = rows.reduce((x, y) => (y.f05 > x.f05 + 1e-9 ? y : x));
  console.log(`fitted on ${dev.length} wceb pages (${WCEB_SPLIT ?? 'both halves'}; guards: ${samples.filter((s) => !s.notArticle).length} SeniorResearch + zyte articles, ${keepers.length} Readability news pages): ${name} ${best.v} (max F0.5 with no article newly refused; unconstrained: ${free.v}; lib: ${lib})`);
}

if (FIT_TEASER) fitGuarded('teaserMinWords', TEASER_GRID, (w, s) => !pageKind(s.byWords!.get(w)!, params).article, TEASER_MIN_WORDS);
if (FIT_BLURB) fitGuarded('blurbShare', BLURB_GRID, (b, s) => !pageKind(s.f, { ...params, blurbShare: b }).article, BLURB_MIN_SHARE);

if (modern.length) {
  const scored = modern.filter((m) => m.notArticle !== null) as Array<Modern & { notArticle: boolean }>;
  for (const half of ['dev', 'held'] as const) {
    const h = scored.filter((m) => m.split === half);
    if (!h.length) continue;
    show(`wceb ${half}: pageKind`, score(h, params, (m) => ({ refused: m.refusedByKind, reason: m.kindReason })));
    show(`wceb ${half}: extractPage`, score(h, params, (m) => ({ refused: m.full, reason: m.fullReason })));
    const byType = new Map<string, [number, number, number]>();
    for (const m of modern.filter((x) => x.split === half)) {
      const e = byType.get(m.type) ?? [0, 0, 0];
      e[0]++;
      if (m.refusedByKind) e[1]++;
      if (m.full) e[2]++;
      byType.set(m.type, e);
    }
    console.log(`  refused by type (pageKind / extractPage): ${[...byType].sort().map(([t, [n, a, b]]) => `${t} ${a}/${b} of ${n}`).join(', ')}`);
    if (half === 'dev' && process.argv.includes('--list')) {
      for (const m of h) {
        if (m.full !== m.notArticle) console.log(`  ${m.site} ${m.type.padEnd(10)} pageKind ${m.kindReason}; extractPage ${m.full ? `refused (${m.fullReason})` : 'kept'}`);
      }
    }
  }
}
