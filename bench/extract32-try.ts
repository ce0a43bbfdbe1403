/**
 * Candidate rules of docs/notes/extract32.md on cached Readability blocks: F1 (zyte word metric) of the
 * DEV half of each cached set (wceb: also its article/blog pages) with the shipped cleaning and with each
 * candidate applied after it, and the number of pages each candidate changes. None of them shipped.
 * Reads the cache of bench/extract-blocks-cache.ts (`--split dev` is enough). `--held` also prints the
 * held halves a cache holds (for a final report only, never for choosing).
 *
 *   npx tsx bench/extract32-try.ts [--sets wceb,zyte,l3s,readability] [--held]
 *
 * Candidates: the article split over sibling containers (prose outside Readability's choice in the
 * container signature that holds most of its prose: exact class/id words, the same without digits, with
 * headings, and walking outward from the chosen blocks); code blocks (`pre`) dropped; the article cut at
 * a sources/references heading; the line rules run again on text without leading symbols or emoji.
 */
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks, endsLikeSentence } from '../lib/text/boilerplate.ts';
import type { Block } from '../lib/text/html.ts';
import { cachedSets } from './extract-blocks-cache.ts';
import { metrics, shingleMatch, tokenize, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';

const LEAD_SYMBOLS = /^[\p{Extended_Pictographic}\p{S}\uFE0F\u200D\s]+/u;
const SOURCES_RE = /^(?:references|sources|bibliography|citations|works cited|footnotes|notes)\s*:?$/i;

const proseWords = (b: Block) => {
  const t = b.text.trim();
  const w = t.split(/\s+/).length;
  return w >= 10 && endsLikeSentence(t) && (b.linkChars ?? 0) / Math.max(1, t.length) < 0.5 ? w : 0;
};
const keyOf = (s: string) => tokenize(s).join(' ').toLowerCase();
/**
 * The article split over sibling containers: page blocks of prose outside Readability's choice whose
 * container signature (class/id words of their ancestors, `sig`) is the one that holds most of the
 * prose Readability chose, added in page order (then the cleaning runs on the whole).
 */
function splitArticle(sig: (attrs: string) => string, withHeadings: boolean, walk = false) {
  return (bs: Block[], page: Block[], raw: Block[]): Block[] => {
    const inRaw = new Map<string, number>();
    for (const b of raw) inRaw.set(keyOf(b.text), (inRaw.get(keyOf(b.text)) ?? 0) + 1);
    const matched = page.map((b) => {
      const k = keyOf(b.text);
      const n = inRaw.get(k) ?? 0;
      if (n > 0) inRaw.set(k, n - 1);
      return n > 0;
    });
    const weight = new Map<string, number>();
    page.forEach((b, k) => {
      if (matched[k]) weight.set(sig(b.attrs ?? ''), (weight.get(sig(b.attrs ?? '')) ?? 0) + proseWords(b));
    });
    let best = '', bw = 0;
    for (const [s, w] of weight) if (w > bw) [best, bw] = [s, w];
    if (!bw) return bs;
    const fits = (b: Block, k: number) => !matched[k] && sig(b.attrs ?? '') === best && (proseWords(b) > 0 || (withHeadings && /^h[1-6]$/.test(b.tag)));
    const added = page.map((b, k) => !walk && fits(b, k));
    if (walk) {
      // Outward from the chosen blocks: stop at a link-only line (a teaser's headline, a menu item)
      // or at prose in another container; other short lines are stepped over.
      const linkOnly = (b: Block) => (b.linkChars ?? 0) / Math.max(1, b.text.trim().length) >= 0.85;
      const go = (from: number, step: number) => {
        for (let k = from; k >= 0 && k < page.length && !matched[k]; k += step) {
          const b = page[k]!;
          if (linkOnly(b)) return;
          if (fits(b, k)) added[k] = true;
          else if (proseWords(b) > 0) return;
        }
      };
      page.forEach((_, k) => {
        if (!matched[k]) return;
        go(k + 1, 1);
        go(k - 1, -1);
      });
    }
    if (!added.some(Boolean)) return bs;
    const merged = page.filter((b, k) => matched[k] || added[k]);
    return cleanBlocks(merged).blocks;
  };
}

const candidates: Record<string, (blocks: Block[], page: Block[], raw: Block[]) => Block[]> = {
  'split article, exact signature': splitArticle((a) => a, false),
  'split article, signature without digits': splitArticle((a) => a.replace(/[\d_-]+/g, ' ').replace(/\s+/g, ' ').trim(), false),
  'split article, no digits, + headings': splitArticle((a) => a.replace(/[\d_-]+/g, ' ').replace(/\s+/g, ' ').trim(), true),
  'split article, no digits, walk outward': splitArticle((a) => a.replace(/[\d_-]+/g, ' ').replace(/\s+/g, ' ').trim(), false, true),
  'drop pre': (bs) => bs.filter((b) => b.tag !== 'pre'),
  'cut at sources heading': (bs) => {
    const k = bs.findIndex((b) => SOURCES_RE.test(b.text.trim()));
    return k >= 0 ? bs.slice(0, k) : bs;
  },
  'clean again without leading symbols': (bs) => {
    const stripped = bs.map((b) => ({ ...b, text: b.text.replace(LEAD_SYMBOLS, '') || b.text }));
    const kept = new Set(cleanBlocks(stripped).blocks.map((b) => b.text));
    return bs.filter((b) => kept.has(b.text.replace(LEAD_SYMBOLS, '') || b.text));
  },
};

const argv = process.argv.slice(2);
const sets = (optionValue('sets', argv) ?? 'wceb,zyte').split(',');
const f = (x: number) => x.toFixed(4);
for (const [set, cache] of cachedSets(sets, (line) => console.log(line))) {
  const kinds = new Map<string, string>();
  if (set === 'wceb') {
    const { pagesOf } = await import('./extract-eval.ts');
    for (const p of pagesOf('wceb', () => {}) ?? []) kinds.set(p.id, p.kind ?? '');
  }
  const cleaned = cache.map((p) => {
    const raw = p.content ? articleRawBlocks(p.content, { title: p.title, byline: p.byline }) : [];
    return { p, raw, blocks: cleanBlocks(raw).blocks };
  });
  const groups: Array<[string, typeof cleaned]> = [];
  for (const half of argv.includes('--held') ? (['dev', 'held'] as const) : (['dev'] as const)) {
    const rs = cleaned.filter((r) => r.p.split === half);
    if (!rs.length) continue;
    groups.push([half, rs]);
    if (set === 'wceb') groups.push([`${half}·article`, rs.filter((r) => ['article', 'blog'].includes(kinds.get(r.p.id) ?? ''))]);
  }
  for (const [g, rs] of groups) {
    const score = (fn?: (b: Block[], page: Block[], raw: Block[]) => Block[]) => {
      let changed = 0;
      const rows: TpFpFn[] = rs.map(({ p, blocks, raw }) => {
        const out = fn ? fn(blocks, p.page, raw) : blocks;
        if (out.length !== blocks.length || out.some((b, k) => b.text !== blocks[k]!.text)) changed++;
        return shingleMatch(p.truth, out.map((b) => b.text).join('\n'));
      });
      return { m: metrics(rows), changed };
    };
    const base = score();
    console.log(`${set} ${g} (${rs.length}): shipped ${f(base.m.f1)} (P ${f(base.m.precision)} R ${f(base.m.recall)})`);
    for (const [name, fn] of Object.entries(candidates)) {
      const s = score(fn);
      console.log(`   + ${name.padEnd(38)} ${f(s.m.f1)} (${s.m.f1 >= base.m.f1 ? '+' : ''}${f(s.m.f1 - base.m.f1)}; P ${f(s.m.precision)} R ${f(s.m.recall)}) pages changed ${s.changed}`);
    }
  }
}
