/**
 * Where Parallax's extraction (Readability + the cleaning) loses on the DEV halves, by kind, with
 * counts and what each kind costs in F1 (issue 11 item 6, docs/notes/extract8.md).
 *
 *   npx tsx bench/extract-losses.ts [--sets l3s,dragnet,cleaneval,readability,zyte] [--split dev]
 *
 * Reads the per-page cache of bench/extract-blocks-cache.ts (Readability's article HTML and the
 * page's own blocks). A block is article text when at least half of its word 4-grams are in the
 * page's truth (the metric's own notion; bench/extract-blocks.ts uses the same labels).
 *
 * Recall losses: truth blocks of the page that the extraction lacks, by where they sit against the
 * extracted span (above its first block: a lead or header outside Readability's container; below
 * its last: a second container or a tail; between: parts Readability's cleaning dropped inside
 * the span) and by tag (list item, heading, paragraph, table cell); "empty" pages where nothing
 * was extracted. Precision losses: extracted blocks that are not truth, by the class/id words
 * around them (comment, related, share, caption, newsletter, byline/date) or else by shape.
 *
 * Each kind's cost is the dev F1 gained by an oracle that repairs only that kind (adds those
 * truth blocks at their place, or removes those non-truth blocks), all else unchanged.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleRawBlocks } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import type { Block } from '../lib/text/html.ts';
import { cachedSets, type CachedPage } from './extract-blocks-cache.ts';
import { covered, metrics, shingleMatch, shingles, tokenize, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';

const key = (s: string) => tokenize(s).join(' ').toLowerCase();

/**
 * Share of a text's word 4-grams found in `grams` (a 4-gram map of the truth or of the extraction);
 * a text of fewer than four words counts as found when its whole word run occurs there.
 */
function inTruth(text: string, grams: Map<string, number>, tokens?: string): number {
  const t = tokenize(text);
  if (!t.length) return 0;
  if (t.length < 4) return tokens !== undefined && ` ${tokens} `.includes(` ${t.join(' ')} `) ? 1 : 0;
  return covered(text, grams);
}

const CLASS_KINDS: Array<[string, RegExp]> = [
  ['comment', /\b(?:comments?|reply|replies|respond|discussion|disqus)\b/i],
  ['related/promo', /\b(?:related|promo|recommend\w*|more|teaser|sponsor\w*|outbrain|taboola|trending|popular|also)\b/i],
  ['share/social', /\b(?:share|sharing|social|follow|twitter|facebook)\b/i],
  ['caption/photo', /\b(?:caption|credit|photo|image|figure|gallery|media|wp-caption)\b/i],
  ['newsletter/subscribe', /\b(?:newsletter|subscribe|subscription|signup|sign-up|paywall|register)\b/i],
  ['byline/date/meta', /\b(?:byline|author|date|time|timestamp|meta|dateline|posted|tags?)\b/i],
  ['nav/footer', /\b(?:nav|menu|footer|breadcrumbs?|sidebar|header)\b/i],
];
const splitWords = (attrs: string) => attrs.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[^A-Za-z]+/g, ' ');
function classKind(b: Block): string | null {
  const a = splitWords(b.attrs ?? '');
  for (const [k, re] of CLASS_KINDS) if (re.test(a)) return k;
  return null;
}
const tagKind = (tag: string) => (tag === 'li' || tag === 'dd' || tag === 'dt' ? 'list item' : /^h\d$/.test(tag) ? 'heading' : tag === 'td' || tag === 'th' ? 'table cell' : tag === 'figcaption' ? 'caption' : tag === 'blockquote' ? 'quote' : 'paragraph');
const wordsIn = (s: string) => tokenize(s).length;

interface Loss {
  pages: Set<string>;
  blocks: number;
  words: number;
  /** Per page: the oracle's repaired text parts (ids of blocks). */
  fix: Map<string, Set<number>>;
}

function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string) => optionValue(name, argv);
  const sets = (arg('sets') ?? 'l3s,dragnet,cleaneval,readability,zyte').split(',');
  const split = arg('split') ?? 'dev';
  const out: string[] = [];
  for (const [set, cache] of cachedSets(sets, (line) => out.push(line))) {
    const pages = cache.filter((p) => split === 'all' || p.split === split);
    const recall = new Map<string, Loss>();
    const precision = new Map<string, Loss>();
    const add = (m: Map<string, Loss>, kind: string, p: CachedPage, id: number, text: string) => {
      const l = m.get(kind) ?? { pages: new Set(), blocks: 0, words: 0, fix: new Map() };
      m.set(kind, l);
      l.pages.add(p.id);
      l.blocks++;
      l.words += wordsIn(text);
      const f = l.fix.get(p.id) ?? new Set<number>();
      f.add(id);
      l.fix.set(p.id, f);
    };
    interface Prepared {
      p: CachedPage;
      ours: Block[];
      page: Block[];
      /** For each page block: index in ours, or -1. */
      at: number[];
    }
    const prepared: Prepared[] = [];
    for (const p of pages) {
      const truth = shingles(p.truth);
      const truthTokens = tokenize(p.truth).join(' ');
      const ours = p.content ? cleanBlocks(articleRawBlocks(p.content, { title: p.title, byline: p.byline })).blocks : [];
      // Page blocks matched to ours by normalised text, in order.
      const oursAt = new Map<string, number[]>();
      ours.forEach((b, k) => {
        const kk = key(b.text);
        oursAt.set(kk, [...(oursAt.get(kk) ?? []), k]);
      });
      const at = p.page.map((b) => {
        const q = oursAt.get(key(b.text));
        return q && q.length ? q.shift()! : -1;
      });
      prepared.push({ p, ours, page: p.page, at });
      const matched = at.map((x, k) => (x >= 0 ? k : -1)).filter((k) => k >= 0);
      const first = matched.length ? matched[0]! : -1;
      const last = matched.length ? matched[matched.length - 1]! : -1;
      // Recall: page truth blocks not in ours. Ours blocks' text also covers page blocks merged or
      // split differently, so a page block counts only when its 4-grams are mostly missing from ours.
      const oursGrams = shingles(ours.map((b) => b.text).join('\n'));
      const oursTokens = tokenize(ours.map((b) => b.text).join('\n')).join(' ');
      p.page.forEach((b, k) => {
        if (at[k]! >= 0 || wordsIn(b.text) < 2) return;
        if (inTruth(b.text, truth, truthTokens) < 0.5) return;
        if (inTruth(b.text, oursGrams, oursTokens) >= 0.5) return;
        const where = !ours.length ? 'empty extraction' : k < first ? 'above the container' : k > last ? 'below the container' : 'inside the span';
        add(recall, `${where} · ${tagKind(b.tag)}`, p, k, b.text);
        add(recall, `${where} (all)`, p, k, b.text);
        add(recall, 'ANY recall loss', p, k, b.text);
      });
      // Precision: ours blocks that are not truth.
      ours.forEach((b, k) => {
        if (inTruth(b.text, truth, truthTokens) >= 0.5) return;
        const ck = classKind(b);
        const edge = k < 2 ? 'top' : k >= ours.length - 3 ? 'bottom' : 'middle';
        const kind = ck ?? (wordsIn(b.text) < 10 ? `short line (${tagKind(b.tag)})` : `prose-length block (${tagKind(b.tag)})`);
        add(precision, `${kind} · ${edge}`, p, k, b.text);
        add(precision, `${ck ?? 'no class word'} (all)`, p, k, b.text);
        add(precision, 'ANY precision loss', p, k, b.text);
      });
    }
    const scoreWith = (fixR: Map<string, Set<number>> | null, fixP: Map<string, Set<number>> | null) => {
      const rows: TpFpFn[] = prepared.map(({ p, ours, page, at }) => {
        let parts: string[] = ours.filter((_, k) => !fixP?.get(p.id)?.has(k)).map((b) => b.text);
        const addR = fixR?.get(p.id);
        if (addR?.size) parts = [...parts, ...page.filter((_, k) => addR.has(k)).map((b) => b.text)];
        void at;
        return shingleMatch(p.truth, parts.join('\n'));
      });
      return metrics(rows);
    };
    const base = scoreWith(null, null);
    const plain = metrics(pages.map((p) => shingleMatch(p.truth, p.base)));
    out.push(`\n== ${set} ${split}: ${pages.length} pages · Readability ${plain.f1.toFixed(4)} · Parallax blocks ${base.f1.toFixed(4)} (P ${base.precision.toFixed(3)} R ${base.recall.toFixed(3)})`);
    for (const [title, m, isR] of [['recall: truth blocks left out', recall, true], ['precision: non-truth blocks kept', precision, false]] as const) {
      out.push(`  ${title}                                   pages blocks  words   F1 if repaired (gain)`);
      const rows = [...m.entries()].map(([k, l]) => {
        const f = isR ? scoreWith(l.fix, null) : scoreWith(null, l.fix);
        return { k, l, gain: f.f1 - base.f1, f1: f.f1 };
      });
      rows.sort((a, b) => b.gain - a.gain);
      for (const r of rows) {
        if (r.gain < 0.0005 && !r.k.endsWith('(all)') && !r.k.startsWith('ANY')) continue;
        out.push(`    ${r.k.padEnd(52)} ${String(r.l.pages.size).padStart(5)} ${String(r.l.blocks).padStart(6)} ${String(r.l.words).padStart(6)}   ${r.f1.toFixed(4)} (+${r.gain.toFixed(4)})`);
      }
    }
    process.stderr.write(`${set} done\n`);
  }
  process.stdout.write(out.join('\n') + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
