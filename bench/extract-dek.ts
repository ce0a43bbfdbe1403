/**
 * How much of the extraction's recall loss is a dek / standfirst / description that the page shows
 * outside Readability's container (docs/notes/extract11.md §1). Dev halves only unless --split says
 * otherwise. For every page, the candidates are:
 * - meta:  og:description / description / twitter:description, and JSON-LD `description` of
 *          article-like nodes;
 * - class: elements whose class/id words (split on space, - and _) name a dek (dek, deck,
 *          standfirst, subtitle, subhead, strapline, summary, intro, lede, teaser, excerpt,
 *          description, abstract, sapo, chapo) or itemprop="description"/"alternativeHeadline",
 *          with ≤ 3 child elements and 8–80 words.
 * A candidate is "in" a text when ≥ half its word 4-grams (zyte tokens) are there. Per set and source:
 * pages with a candidate shown in the page body; of those, in the truth and missed by Parallax (what
 * adding it would gain), in neither (what adding it would cost), in Parallax's output already. The
 * recall loss line: truth 4-grams Parallax misses on the half, and how many of them a missed
 * in-truth candidate holds.
 *
 *   npx tsx bench/extract-dek.ts [--sets zyte,readability,l3s,cleaneval,dragnet,big9,chaos] [--split dev]
 */
import { nodeParseHtml } from '../cli/node-env.ts';
import { jsonLdNodes, typesOf } from '../lib/jsonld.ts';
import { normalizeInline } from '../lib/text/normalize.ts';
import { optionValue } from './args.ts';
import { pagesOf, parallax, splitOf } from './extract-eval.ts';
import { covered, shingles, tokenize } from './extract-metric.ts';

const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'zyte,readability,l3s,cleaneval,dragnet,big9,chaos').split(',');
const split = optionValue('split', argv) ?? 'dev';
const show = argv.includes('--show');

const DEK_WORDS = /^(dek|deck|standfirst|subtitle|subhead|subheadline|strapline|summary|intro|lede|teaser|excerpt|description|abstract|sapo|chapo)$/i;

function metaCands(doc: Document): string[] {
  const out: string[] = [];
  for (const k of ['og:description', 'description', 'twitter:description']) {
    const el = doc.querySelector(`meta[property="${k}"]`) ?? doc.querySelector(`meta[name="${k}"]`);
    const v = el?.getAttribute('content');
    if (v) out.push(v);
  }
  for (const o of jsonLdNodes(doc)) if (typesOf(o).some((t) => /Article|Posting|Report/i.test(t)) && typeof o.description === 'string') out.push(o.description);
  return out;
}

function classCands(doc: Document): string[] {
  const out: string[] = [];
  const els = Array.from(doc.body?.querySelectorAll('*') ?? []).slice(0, 20000);
  for (const el of els) {
    const words = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.split(/[\s_-]+/).filter(Boolean);
    const ip = el.getAttribute('itemprop') ?? '';
    if (!words.some((w) => DEK_WORDS.test(w)) && !/\b(description|alternativeHeadline)\b/.test(ip)) continue;
    if (el.children.length > 3) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const n = t.split(' ').length;
    if (n >= 8 && n <= 80) out.push(t);
  }
  return out;
}

/** Share of `c`'s 4-grams present in `text`'s. */
const share = covered;

const f = (x: number) => x.toFixed(3);
console.log('set          source  pages  shown  gain(truth,!ours)  cost(!truth,!ours)  ours-already  | fn-shingles  fn-in-gain');
for (const name of sets) {
  const pages = pagesOf(name, (why) => console.log(`${name} skipped: ${why}`));
  if (!pages) continue;
  const sp = splitOf(pages);
  const rows = pages.filter((p) => split === 'all' || sp.get(p.id) === split);
  const stat: Record<string, { shown: number; gain: number; cost: number; already: number; gainIds: string[]; costIds: string[] }> = {};
  let fnAll = 0;
  let fnGain = 0;
  const where = { head: 0, middle: 0, tail: 0, whole: 0 };
  const wholePages: string[] = [];
  for (const p of rows) {
    const ours = parallax(p);
    const doc = nodeParseHtml(p.html);
    const T = shingles(p.truth);
    const O = shingles(ours);
    const B = shingles(normalizeInline(doc.body?.textContent ?? '').text);
    const missed = new Map<string, number>();
    for (const [k, v] of T) {
      const m = v - (O.get(k) ?? 0);
      if (m > 0) missed.set(k, m);
    }
    for (const v of missed.values()) fnAll += v;
    // Where in the truth the missed 4-grams are: before the first one Parallax has (head: the
    // lead, dek or headline outside the container), after the last one (tail), between (middle),
    // or Parallax has none (whole).
    const tok = tokenize(p.truth);
    const hit = [] as boolean[];
    for (let i = 0; i + 4 <= tok.length; i++) hit.push(O.has(tok.slice(i, i + 4).join('\u0001')));
    const firstHit = hit.indexOf(true);
    const lastHit = hit.lastIndexOf(true);
    if (firstHit < 0 && hit.length) wholePages.push(`${p.id}${ours.trim() ? '' : ' (empty)'}`);
    hit.forEach((h, i) => {
      if (h) return;
      if (firstHit < 0) where.whole++;
      else if (i < firstHit) where.head++;
      else if (i > lastHit) where.tail++;
      else where.middle++;
    });
    const gained = new Set<string>();
    for (const [src, cands] of [
      ['meta', metaCands(doc)],
      ['class', classCands(doc)],
    ] as const) {
      const s = (stat[src] ??= { shown: 0, gain: 0, cost: 0, already: 0, gainIds: [], costIds: [] });
      let verdict = '';
      for (const c of cands) {
        const text = normalizeInline(c).text;
        if (share(text, B) < 0.5) continue;
        const inT = share(text, T) >= 0.5;
        const inO = share(text, O) >= 0.5;
        const v = inO ? 'already' : inT ? 'gain' : 'cost';
        if (v === 'gain') for (const k of shingles(text).keys()) if (missed.has(k)) gained.add(k);
        if (!verdict || v === 'gain') verdict = v;
        if (show && v !== 'already') console.log(`  ${name}/${p.id} ${src} ${v}: ${text.slice(0, 140)}`);
      }
      if (!verdict) continue;
      s.shown++;
      s[verdict as 'gain' | 'cost' | 'already']++;
      if (verdict === 'gain') s.gainIds.push(p.id);
    }
    for (const k of gained) fnGain += missed.get(k)!;
  }
  for (const [src, s] of Object.entries(stat)) {
    console.log(`${name.padEnd(12)} ${src.padEnd(6)} ${String(rows.length).padStart(5)}  ${String(s.shown).padStart(5)}  ${String(s.gain).padStart(17)}  ${String(s.cost).padStart(18)}  ${String(s.already).padStart(12)}`);
  }
  const miss = where.head + where.middle + where.tail + where.whole;
  console.log(`${name.padEnd(12)} missed truth 4-gram positions: head ${where.head} (${f(where.head / miss)}), middle ${where.middle}, tail ${where.tail}, whole page ${where.whole} on ${wholePages.length} pages (${wholePages.filter((x) => x.endsWith('(empty)')).length} with an empty output)`);
  if (show) console.log(`  whole-page misses: ${wholePages.join(', ')}`);
  console.log(`${name.padEnd(12)} recall loss: ${fnAll} truth 4-grams missed; ${fnGain} (${f(fnGain / Math.max(1, fnAll))}) in a missed in-truth candidate`);
}
