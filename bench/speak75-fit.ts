/**
 * speak75: which words governing a quote make its sentence's subject the speaker, fitted on the dev labels (the F kind of
 * docs/notes/speak74.md §4: a quote inside its speaker's own sentence that no rule reads). For every dev quote (every non-sealed
 * sample of bench/speakers-data.ts, from speak69-devpair's cache of the judged pages) that no rule reads and whose sentence has a
 * person as subject, extractQuotes reports the stem of the word governing it (governingStem); the quote is read twice, with no
 * stem taken (main's reading) and with every stem taken (the subject given). Per stem: a = quotes the subject makes right that
 * were wrong, b = quotes it makes wrong that were right. A stem is taken when (a + α·r) / (a + b + α) > 1/2, r the pooled
 * a / (a + b) of the fit's data, α = 2 (the prior's weight: a stem needs about two more rights than wrongs; set before any score).
 *
 * Leave-one-source-out: every source family (the abp slices are one family, abp to abp11: one corpus, the same outlets) held out
 * in turn, the stems fitted on the others, the held-out family's quotes read with that fold's stems and compared with main's
 * reading per quote; the dev number reported is the sum over folds (out-of-fold). `--write` writes the fit on all dev to
 * lib/quotes/fitted-own-saying.ts.
 *
 *   npx tsx bench/speak75-fit.ts /tmp/x/pages.json [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractQuotes, governingStem } from '../lib/quotes/extract.ts';
import { REPORTING_VERBS } from '../lib/quotes/lexicon.ts';
import type { Article } from '../lib/types.ts';
import { isRight, quoteAt, SAMPLES, type Judged } from './speakers-data.ts';

const ALPHA = 2;
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const args = process.argv.slice(2);
const LOGIT = args.includes('--logit');
const cache = JSON.parse(readFileSync(args[0]!, 'utf8')) as { articles: Record<string, Article>; judged: Record<string, Judged[]> };
const family = (name: string) => SAMPLES[name]!.source.replace(/^abp\d*$/, 'abp');
type Decide = (stem: string, before: string, inner: string) => boolean;
interface Row { fam: string; name: string; j: Judged; a: Article; stem?: string; x?: number[]; main: boolean; all: boolean; mainGiven: boolean }
const rows: Row[] = [];
/** (--logit) The features of a quote no rule read: a verb of saying before it in its sentence, log(1 + its words), its words ending
 * on a stop or comma, a function word right before the opening mark, "that" before it in its sentence. */
const features = (before: string, inner: string): number[] => {
  const ws: string[] = before.toLowerCase().match(/\p{L}+/gu) ?? [];
  return [+ws.some((w) => REPORTING_VERBS.has(w)), Math.log1p(wordCount(inner)), +/[.!?,]\s*$/.test(inner), +(ws.length > 0 && governingStem(ws.at(-1)!) === undefined), +ws.includes('that')];
};
const read = (a: Article, decide: Decide, stems?: Map<number, [string, number[]]>) => {
  let x: number[] = [];
  return extractQuotes(a, { ownSubject: (s, b, i) => ((x = features(b, i)), decide(s, b, i)), onOwnSubject: stems && ((at, s) => stems.set(at, [s, x])) }).filter((q) => q.kind === 'direct');
};
const none: Decide = () => false, every: Decide = () => true;
const memo = new Map<Article, { main: ReturnType<typeof read>; all: ReturnType<typeof read>; stems: Map<number, [string, number[]]> }>();
for (const [name, judged] of Object.entries(cache.judged)) {
  if (!SAMPLES[name] || SAMPLES[name].sealed) continue;
  for (const j of judged) {
    const a = cache.articles[`${SAMPLES[name].source}\u0000${j.page}`]!;
    if (!memo.has(a)) {
      const stems = new Map<number, [string, number[]]>();
      memo.set(a, { main: read(a, none, stems), all: read(a, every), stems });
    }
    const m = memo.get(a)!;
    const qm = quoteAt(m.main, j.start), qa = quoteAt(m.all, j.start);
    const sm = qm?.speaker ?? null;
    rows.push({ fam: family(name), name, j, a, stem: qm ? m.stems.get(qm.start)?.[0] : undefined, x: qm ? m.stems.get(qm.start)?.[1] : undefined, main: isRight(sm, j), all: isRight(qa?.speaker ?? null, j), mainGiven: !isRight(sm, j) && sm !== null && j.speaker === null && !j.also });
  }
}
/** (--logit) Logistic regression on the features (L2 1, gradient descent) over the quotes the subject changes: give when p > 1/2. */
const fitLogit = (data: Row[]): Decide => {
  const d = data.filter((r) => r.stem && r.x && r.main !== r.all);
  const w = new Array(d[0]!.x!.length + 1).fill(0) as number[];
  for (let it = 0; it < 2000; it++) {
    const g = w.map((v, k) => (k ? v : 0)); // the L2 term (not on the bias)
    for (const r of d) {
      const z = w[0]! + r.x!.reduce((t, v, k) => t + v * w[k + 1]!, 0);
      const e = 1 / (1 + Math.exp(-z)) - +r.all;
      g[0]! += e;
      r.x!.forEach((v, k) => (g[k + 1]! += e * v));
    }
    for (let k = 0; k < w.length; k++) w[k]! -= (0.5 / d.length) * g[k]!;
  }
  if (!LOGIT_W.length) LOGIT_W.push(w);
  return (_s, b, i) => w[0]! + features(b, i).reduce((t, v, k) => t + v * w[k + 1]!, 0) > 0;
};
const LOGIT_W: number[][] = [];
const fitStems = (data: Row[]): Decide => {
  const t = fit(data);
  return (s) => t.has(s);
};
const fit = (data: Row[]): Set<string> => {
  const by = new Map<string, [number, number]>();
  let A = 0, B = 0;
  for (const r of data) {
    if (!r.stem || r.main === r.all) continue;
    const c = by.get(r.stem) ?? [0, 0];
    if (r.all) c[0]++, A++; else c[1]++, B++;
    by.set(r.stem, c);
  }
  const prior = A / Math.max(1, A + B);
  return new Set([...by].filter(([, [a, b]]) => (a + ALPHA * prior) / (a + b + ALPHA) > 0.5).map(([s]) => s));
};
const cands = rows.filter((r) => r.stem);
console.log(`dev: ${rows.length} quotes; main right ${rows.filter((r) => r.main).length}, given ${rows.filter((r) => r.mainGiven).length}; ${cands.length} read by no rule with a person as subject, ${cands.filter((r) => r.all && !r.main).length} the subject makes right, ${cands.filter((r) => !r.all && r.main).length} wrong`);
if (args.includes('--stems')) {
  // Per stem: quotes the subject makes right (a), wrong (b), and their quoted words (the length of each quote in words).
  const by = new Map<string, Row[]>();
  for (const r of cands) if (r.main !== r.all) by.set(r.stem!, [...(by.get(r.stem!) ?? []), r]);
  for (const [s, rs] of [...by].sort((x, y) => y[1].length - x[1].length)) {
    const w = (r: Row) => (quoteAt(memo.get(r.a)!.main, r.j.start)!.text.match(/\S+/g) ?? []).length;
    console.log(`${s.padEnd(14)} a=${rs.filter((r) => r.all).length} b=${rs.filter((r) => !r.all).length}  right:[${rs.filter((r) => r.all).map(w).join(',')}] wrong:[${rs.filter((r) => !r.all).map(w).join(',')}]`);
  }
}
const fams = [...new Set(rows.map((r) => r.fam))];
const tot = { better: 0, worse: 0, right: 0, given: 0 };
for (const f of fams) {
  const table = (LOGIT ? fitLogit : fitStems)(rows.filter((r) => r.fam !== f));
  const held = rows.filter((r) => r.fam === f);
  const fold = { better: 0, worse: 0, right: 0, given: 0 };
  const seen = new Map<Article, ReturnType<typeof read>>();
  for (const r of held) {
    if (!seen.has(r.a)) seen.set(r.a, read(r.a, table));
    const got = quoteAt(seen.get(r.a)!, r.j.start)?.speaker ?? null;
    const ok = isRight(got, r.j);
    fold.right += +ok, fold.given += +(!ok && got !== null && r.j.speaker === null && !r.j.also);
    if (ok !== r.main) {
      ok ? fold.better++ : fold.worse++;
      console.log(`  [${f}/${r.name}] ${r.j.page} @${r.j.start} ${ok ? 'BETTER' : 'WORSE'} stem=${r.stem} judged ${r.j.speaker ?? '—'} got ${got ?? '—'} | ${r.a.text.slice(Math.max(0, r.j.start - 140), r.j.start).replace(/\n+/g, ' ¶ ')}⟦${r.a.text.slice(r.j.start, r.j.start + 60)}⟧`);
    }
  }
  console.log(`fold ${f}: ${held.length} quotes; main ${held.filter((r) => r.main).length} -> ${fold.right}; ${fold.better} better, ${fold.worse} worse; given ${held.filter((r) => r.mainGiven).length} -> ${fold.given}`);
  for (const k of Object.keys(tot) as Array<keyof typeof tot>) tot[k] += fold[k];
}
console.log(`out-of-fold: right ${rows.filter((r) => r.main).length} -> ${tot.right} / ${rows.length}; ${tot.better} better, ${tot.worse} worse; given ${rows.filter((r) => r.mainGiven).length} -> ${tot.given}`);
if (LOGIT) {
  LOGIT_W.length = 0;
  fitLogit(rows);
  console.log(`logit on all dev: bias, cue, log words, stop/comma, function word before, that = ${LOGIT_W[0]!.map((v) => v.toFixed(3)).join(', ')}`);
  process.exit(0);
}
const all = fit(rows);
console.log(`fit on all dev: ${all.size} stems: ${[...all].sort().join(' ')}`);
if (args.includes('--write')) {
  const f = new URL('../lib/quotes/fitted-own-saying.ts', import.meta.url);
  const src = readFileSync(f, 'utf8').replace(/new Set\(\[[^\]]*\]\)/, `new Set(${JSON.stringify([...all].sort())})`);
  writeFileSync(f, src);
}
