/**
 * extract41 (docs/notes/extract41.md): which of Readability's removal steps drop article text. Runs
 * Readability once per page of a set's DEV half as lib/extract.ts runs it (body out of head, a clone),
 * with its instance's removal methods wrapped (node_modules untouched) so that every node it removes
 * is recorded with the step that removed it: hidden / dialog / byline / title header / unlikely class /
 * unlikely role / empty (the page walk of the last grab attempt), and in the chosen container's
 * preparation clean:TAG, share, headers, cond:TAG (conditional cleaning; with the checks that failed),
 * emptyP. Per removed node: its blocks (as lib reads them) and their truth share.
 *
 * Per set and step: words removed, 4-grams removed that are in the truth and not in the output, and
 * two F1s: `oracle` (the step's removed blocks that are truth — at least half their 4-grams — added
 * back) and `all` (every block the step removed added back). Writes the per-page records to
 * /tmp/…/extract41-steps-SET.json (TMPDIR) for bench/extract41-fit.ts.
 *
 *   TMPDIR=/tmp/x nice npx tsx bench/extract41-steps.ts --sets zyte,readability,l3s,cleaneval,wceb [--held] [--max N] [--keep parent|own|class] [--fast]
 *
 * `--fast`: no removal records (the output only: for the held read, bench/extract41-fit.ts --keep --held).
 *
 * `--keep`: with bench/extract41-keep.ts's wrapper (the records then go to …-keep.json; bench/extract41-fit.ts
 * --keep compares the two).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { nodeParseHtml } from '../cli/node-env.ts';
import { articleRawBlocks, bodyOutOfHead, readMetadata } from '../lib/extract.ts';
import { cleanBlocks } from '../lib/text/boilerplate.ts';
import { nodeToBlocks } from '../lib/text/blocks-core.ts';
import { normalizeInline } from '../lib/text/normalize.ts';
import { pagesOf, splitOf } from './extract-eval.ts';
import { covered, f1Of, metrics, shingleMatch, shingles, type TpFpFn } from './extract-metric.ts';
import { optionValue } from './args.ts';
import { keepArticleProse, type KeepRule } from './extract41-keep.ts';

export interface Removed {
  stage: string;
  /** Conditional cleaning: the checks that failed (Readability's words, numbers cut). */
  errs?: string[];
  tag: string;
  linkDensity: number;
  commas: number;
  /** The removed node's blocks (normalised text, tag, link characters). */
  blocks: Array<{ text: string; tag: string; linkChars: number | null }>;
}
export interface StepPage {
  set: string;
  id: string;
  news: boolean;
  truth: string;
  /** The shipped cleaning of Readability's article (cache path). */
  out: string[];
  removed: Removed[];
}

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Readability with its removals recorded (the instance's methods wrapped; the library is not changed). */
export function instrumented(doc: Document, recordOn = true): { r: Readability<string>; removed: () => Removed[] } {
  const r = new Readability(doc, { keepClasses: true });
  const ri = r as unknown as Any;
  let removed: Removed[] = [];
  let stage: string | null = null;
  let lastLog = '';
  let lastErrs: string[] | null = null;
  const record = (node: Element, st: string, errs?: string[]) => {
    if (!recordOn) return;
    const text = (node.textContent ?? '').trim();
    if (!text) return;
    const box = doc.createElement('div');
    box.appendChild(node.cloneNode(true));
    const blocks = nodeToBlocks(box, { attrs: false })
      .map((b) => ({ text: normalizeInline(b.text, { entities: false }).text, tag: b.tag, linkChars: b.linkChars ?? null }))
      .filter((b) => b.text);
    if (!blocks.length) return;
    let ld = 0;
    try {
      ld = ri._getLinkDensity(node);
    } catch {
      ld = 0;
    }
    removed.push({ stage: st, errs, tag: node.tagName.toLowerCase(), linkDensity: ld, commas: (text.match(/,/g) ?? []).length, blocks });
  };
  const log = ri.log;
  ri.log = function (...args: unknown[]) {
    const m = String(args[0] ?? '');
    if (m === 'Starting grabArticle loop') removed = [];
    if (m === 'Checks failed') lastErrs = (args[1] as string[]).map((e) => e.replace(/\s*\(.*$/, '').replace(/\.$/, ''));
    lastLog = m;
    return log.apply(this, args);
  };
  const removeAndGetNext = ri._removeAndGetNext;
  ri._removeAndGetNext = function (node: Element) {
    let st = stage;
    if (!st) {
      if (lastLog.startsWith('Removing hidden node')) st = 'hidden';
      else if (lastLog.startsWith('Removing unlikely candidate')) st = 'unlikely';
      else if (lastLog.startsWith('Removing content with role')) st = 'role';
      else if (lastLog.startsWith('Removing header')) st = 'titleHeader';
      else if (node.getAttribute('aria-modal') === 'true') st = 'dialog';
      else if (ri._articleByline) st = 'byline?';
      else st = 'empty';
    }
    record(node, st);
    lastLog = '';
    return removeAndGetNext.call(this, node);
  };
  const removeNodes = ri._removeNodes;
  ri._removeNodes = function (list: ArrayLike<Element>, fn?: (n: Element, i: number, l: unknown) => boolean) {
    const st = stage ?? 'other';
    return removeNodes.call(this, list, function (this: Any, node: Element, i: number, l: unknown) {
      lastErrs = null;
      const out = fn ? fn.call(this, node, i, l) : true;
      if (out) {
        let errs: string[] | undefined = (lastErrs as string[] | null) ?? undefined;
        if (st.startsWith('cond:') && !errs) errs = [ri._getClassWeight(node) < 0 ? 'negative class weight' : 'ad/loading words'];
        record(node, st, errs);
      }
      return out;
    });
  };
  const wrap = (name: string, label: (args: unknown[]) => string) => {
    const f = ri[name];
    ri[name] = function (...args: unknown[]) {
      const prev = stage;
      stage = label(args);
      try {
        return f.apply(this, args);
      } finally {
        stage = prev;
      }
    };
  };
  wrap('_cleanConditionally', (a) => `cond:${String(a[1])}`);
  wrap('_clean', (a) => `clean:${String(a[1])}`);
  wrap('_cleanHeaders', () => 'headers');
  wrap('_cleanMatchedNodes', () => 'share');
  // The empty-<p> removal in _prepArticle calls _removeNodes outside a wrapped step: 'other'.
  return { r: r as unknown as Readability<string>, removed: () => removed };
}

export function stepPage(html: string, keep: KeepRule | null = null, recordOn = true): { content: string | null; title: string; byline: string | null; removed: Removed[] } {
  const doc = nodeParseHtml(html);
  const clone = doc.cloneNode(true) as Document;
  bodyOutOfHead(clone);
  const { r, removed } = instrumented(clone, recordOn);
  if (keep) keepArticleProse(r, keep);
  const parsed = r.parse();
  const meta = readMetadata(doc, '');
  return {
    content: parsed?.content ?? null,
    title: normalizeInline(parsed?.title || meta.title || '').text,
    byline: parsed?.byline ? normalizeInline(parsed.byline).text : meta.byline,
    removed: removed(),
  };
}

function main() {
  const argv = process.argv.slice(2);
  const sets = (optionValue('sets', argv) ?? 'zyte,readability,l3s,cleaneval,wceb').split(',');
  const half = argv.includes('--held') ? 'held' : 'dev';
  const max = Number(optionValue('max', argv) ?? Infinity);
  const keepStyle = optionValue('keep', argv);
  const keep: KeepRule | null = keepStyle ? { style: keepStyle === 'own' || keepStyle === 'class' ? keepStyle : 'parent' } : null;
  const dir = join(tmpdir(), 'extract41');
  mkdirSync(dir, { recursive: true });
  const f = (x: number) => x.toFixed(4);
  for (const set of sets) {
    const all = pagesOf(set, (why) => console.log(`${set}: skipped (${why})`));
    if (!all) continue;
    const split = splitOf(all);
    const pages = all.filter((p) => split.get(p.id) === half).slice(0, max);
    const rows: StepPage[] = [];
    const t0 = performance.now();
    for (const p of pages) {
      let res: ReturnType<typeof stepPage>;
      try {
        res = stepPage(p.html, keep, !argv.includes('--fast'));
      } catch {
        res = { content: null, title: '', byline: null, removed: [] };
      }
      const out = res.content ? cleanBlocks(articleRawBlocks(res.content, { title: res.title, byline: res.byline })).blocks.map((b) => b.text) : [];
      rows.push({ set, id: p.id, news: p.news, truth: p.truth, out, removed: res.removed });
    }
    writeFileSync(join(dir, `extract41-steps-${set}-${half}${keep ? `-keep-${keep.style}` : ''}.json`), JSON.stringify(rows));
    const groups: Array<[string, StepPage[]]> = [[`${set} ${half}`, rows]];
    if (set === 'wceb') groups.push([`${set}·article ${half}`, rows.filter((r) => r.news)]);
    for (const [g, rs] of groups) report(g, rs, f);
    console.log(`${set}: ${rows.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
}

/** Per step: words removed, truth 4-grams lost, F1 with its truth blocks back (oracle) and with all its blocks back. */
export function report(g: string, rs: StepPage[], f: (x: number) => string) {
  const base = rs.map((r) => shingleMatch(r.truth, r.out.join('\n')));
  const m0 = metrics(base);
  console.log(`${g} (${rs.length}): off ${f(m0.f1)} (P ${f(m0.precision)} R ${f(m0.recall)})`);
  const stages = [...new Set(rs.flatMap((r) => r.removed.map((e) => e.stage)))].sort();
  const lines: Array<[number, string]> = [];
  for (const st of stages) {
    let words = 0, lost = 0, pagesLost = 0;
    const oracle: TpFpFn[] = [];
    const allBack: TpFpFn[] = [];
    for (const r of rs) {
      const truth = shingles(r.truth);
      const have = new Set(r.out);
      const outGrams = shingles(r.out.join('\n'));
      const add: string[] = [];
      const addAll: string[] = [];
      let pageLost = 0;
      for (const e of r.removed) {
        if (e.stage !== st) continue;
        for (const b of e.blocks) {
          if (have.has(b.text)) continue;
          words += b.text.split(/\s+/).length;
          addAll.push(b.text);
          for (const k of shingles(b.text).keys()) if (truth.has(k) && !outGrams.has(k)) pageLost++;
          if (covered(b.text, truth) >= 0.5) add.push(b.text);
        }
      }
      lost += pageLost;
      if (pageLost >= 20) pagesLost++;
      // The oracle restores a page's truth blocks only when that lifts the page.
      const b0 = shingleMatch(r.truth, r.out.join('\n'));
      const b1 = add.length ? shingleMatch(r.truth, [...r.out, ...add].join('\n')) : b0;
      oracle.push(f1Of(b1) > f1Of(b0) ? b1 : b0);
      allBack.push(addAll.length ? shingleMatch(r.truth, [...r.out, ...addAll].join('\n')) : shingleMatch(r.truth, r.out.join('\n')));
    }
    const mo = metrics(oracle).f1 - m0.f1;
    const ma = metrics(allBack).f1 - m0.f1;
    lines.push([mo, `   ${st.padEnd(16)} words ${String(words).padStart(7)}  truth 4-grams lost ${String(lost).padStart(6)} (${pagesLost} pages ≥ 20)  oracle ${mo >= 0 ? '+' : ''}${mo.toFixed(4)}  all back ${ma >= 0 ? '+' : ''}${ma.toFixed(4)}`]);
  }
  for (const [, l] of lines.sort((a, b) => b[0] - a[0])) console.log(l);
  // Conditional cleaning by failed check (a node is counted under each check it failed).
  const byErr = new Map<string, { lost: number; words: number }>();
  for (const r of rs) {
    const truth = shingles(r.truth);
    const outGrams = shingles(r.out.join('\n'));
    for (const e of r.removed) {
      if (!e.stage.startsWith('cond:')) continue;
      let lost = 0, words = 0;
      for (const b of e.blocks) {
        words += b.text.split(/\s+/).length;
        for (const k of shingles(b.text).keys()) if (truth.has(k) && !outGrams.has(k)) lost++;
      }
      for (const er of e.errs ?? ['?']) {
        const k = `${e.stage} ${er}`;
        const v = byErr.get(k) ?? { lost: 0, words: 0 };
        v.lost += lost;
        v.words += words;
        byErr.set(k, v);
      }
    }
  }
  for (const [k, v] of [...byErr].sort((a, b) => b[1].lost - a[1].lost).slice(0, 12)) console.log(`      ${k.padEnd(50)} truth 4-grams lost ${v.lost}, words ${v.words}`);
}

if (process.argv[1]?.endsWith('extract41-steps.ts')) main();
export { f1Of };
