/**
 * conf46: two figures under one head noun are one quantity only when what they count is done or suffered in one
 * event. Measured here as a gate on every judged figure row it can reach: each figure's **predicate** — the verb
 * right before it ("evacuated 20 people") or the participle after its head ("20 people were wounded") — read
 * from its sentence with no word list but the function words; a row is left out when both figures have a
 * predicate and the two share no stem (and `fate`, conf14's shot / dead / hurt, does not unite them).
 * Pools:
 *   --dump FILE            rounds 1–15's figure rows (bench/conf37-owners.ts `earlierFigurePairs`, blind labels)
 *                          written to a scratch file (texts: keep it under /tmp), 5–25 min
 *   --earlier FILE         read that dump
 *   --sheet SHEET:VERDICTS a round's blind sheet and its verdict file (bench/data/…)
 *   npx tsx bench/conf46-gate.ts --earlier /tmp/x/r115.json --sheet /tmp/r22.txt:bench/data/conflicts-round22-verdicts.txt [--list]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isFunctionWord, quantities, stem, type Quantity } from '../lib/nlp/index.ts';
import { cardFigures, earlierFigurePairs, readVerdicts } from './conf37-owners.ts';
import { gateFeatures, gateKeeps, pairOf } from './conf42-gate.ts';
import { wilson } from './conflicts-data.ts';

/** A judged figure row: the two sentences and the figures the card shows. */
export interface Row {
  pool: string;
  key: string;
  verdict: boolean | null;
  ta: string;
  tb: string;
  shown: string;
}

const AUX = /^(?:was|were|is|are|be|been|being|have|has|had|will|would|could|may|might|not|also|all|reportedly|later|then|now)$/;
const word = /[\p{L}][\p{L}'’-]*/gu;

/** The figure's predicate stems: the word right before it, the participle after its head (see the file's doc). */
export function predicate(t: string, q: Quantity): string[] {
  const out: string[] = [];
  const before = [...t.slice(Math.max(0, q.start - 40), q.start).matchAll(word)].map((m) => m[0]);
  const b = before.at(-1);
  // Nothing but spaces between the word and the figure (no comma, no parenthesis).
  const lead = t.slice(0, q.start);
  if (b && /^\p{Ll}/u.test(b) && !isFunctionWord(b.toLowerCase()) && /\s$/.test(lead) && lead.trimEnd().endsWith(b)) out.push(stem(b.toLowerCase()));
  const after = [...t.slice(q.end, q.end + 60).matchAll(word)];
  let k = 0;
  if (q.head) {
    while (k < after.length && k < 3 && stem(after[k]![0].toLowerCase()) !== q.head) k++;
    if (k >= after.length || k >= 3) return out;
    // Only spaces between the figure and its head's word run (not a clause break).
    if (/[,;:.()]/.test(t.slice(q.end, q.end + after[k]!.index!))) return out;
    k++;
  }
  while (k < after.length && AUX.test(after[k]![0].toLowerCase())) k++;
  const w = after[k]?.[0];
  if (w && /^\p{Ll}/u.test(w) && /(?:ed|en)$/.test(w) && !isFunctionWord(w.toLowerCase())) out.push(stem(w.toLowerCase()));
  return out;
}

/** Both figures have a predicate and none is shared, and what befell them (fate) does not unite them. */
export function predicatesApart(x: Quantity, y: Quantity, ta: string, tb: string): { apart: boolean; px: string[]; py: string[] } {
  const px = predicate(ta, x);
  const py = predicate(tb, y);
  const fates = !!x.fate && !!y.fate && x.fate.some((f) => y.fate!.includes(f));
  return { apart: px.length > 0 && py.length > 0 && !px.some((w) => py.includes(w)) && !fates, px, py };
}

export function sheet(file: string, verdictFile: string, pool: string): Row[] {
  const verdicts = readVerdicts(new URL(`../${verdictFile}`, import.meta.url));
  const out: Row[] = [];
  for (const entry of readFileSync(file, 'utf8').split(/\n(?=#\d+ )/)) {
    const m = /^#\d+ ([0-9a-f]{16}) (figure|quote): (.*)\n {2}A [^:]+: (.*)\n {2}B [^:]+: (.*)/.exec(entry);
    if (!m || m[2] !== 'figure') continue;
    out.push({ pool, key: m[1]!, verdict: verdicts.has(m[1]!) ? verdicts.get(m[1]!)! : null, shown: m[3]!, ta: m[4]!, tb: m[5]! });
  }
  return out;
}

/** The figure rows the flags name: `--earlier FILE` (a `--dump` file) and `--sheet SHEET:VERDICTS:POOL`, each repeatable. */
export function sheetRows(argv: readonly string[] = process.argv): Row[] {
  const at = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]!] : []));
  const rows: Row[] = [];
  for (const f of at('--earlier')) rows.push(...(JSON.parse(readFileSync(f, 'utf8')) as Row[]));
  for (const s of at('--sheet')) {
    const [file, verdicts, pool] = s.split(':');
    rows.push(...sheet(file!, verdicts!, pool ?? file!.replace(/^.*\//, '')));
  }
  return rows;
}

/** Per signal and pool: the rows read (true / false / unjudged) and how many true and false rows the signal would drop; `--list` names each row a signal fires on. */
export function signalTable(rows: Row[], read: Array<{ r: Row; on: Record<string, boolean> }>, names: string[]): void {
  console.log(`${rows.length} figure rows, ${read.length} with their card's pair read again`);
  console.log('| signal | pool | rows (true / false / ?) | true dropped | false dropped |');
  console.log('|---|---|---|---|---|');
  for (const k of names) {
    for (const pool of [...new Set(rows.map((r) => r.pool)), 'all']) {
      const rs = read.filter(({ r }) => pool === 'all' || r.pool === pool);
      const t = rs.filter(({ r }) => r.verdict === true).length;
      const f = rs.filter(({ r }) => r.verdict === false).length;
      const o = rs.filter((x) => x.on[k]);
      console.log(`| ${k} | ${pool} | ${rs.length} (${t} / ${f} / ${rs.length - t - f}) | ${o.filter(({ r }) => r.verdict === true).length} | ${o.filter(({ r }) => r.verdict === false).length} |`);
    }
  }
  if (process.argv.includes('--list')) {
    for (const { r, on } of read) {
      const hit = Object.keys(on).filter((k) => on[k]);
      if (hit.length) console.log(`[${r.pool} ${r.verdict === null ? '?' : r.verdict ? 'TRUE' : 'false'}] ${r.key} ${r.shown}: ${hit.join(', ')}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = (flag: string) => process.argv.flatMap((a, i) => (a === flag ? [process.argv[i + 1]!] : []));
  const dump = at('--dump')[0];
  if (dump) {
    const rows: Row[] = [];
    for (const p of await earlierFigurePairs(undefined, () => {})) {
      const d = cardFigures(p.article, p.i, p.other, p.j);
      if (!d) continue;
      rows.push({ pool: 'r1-15', key: p.key, verdict: p.verdict, ta: p.article.units[p.i]!.text, tb: p.other.units[p.j]!.text, shown: `${d.x.text} ≠ ${d.y.text}` });
    }
    writeFileSync(dump, JSON.stringify(rows));
    console.log(`${rows.length} rows → ${dump}`);
    process.exit(0);
  }
  const rows = sheetRows();
  const read = rows.map((r) => {
    const p = pairOf(r.ta, r.tb, r.shown);
    const g = p ? predicatesApart(p.x, p.y, r.ta, r.tb) : { apart: false, px: [], py: [] };
    // The brief's whole rule: one event when the predicates agree, or the clauses share a content word, or a stated
    // owner is named on both sides (conf42's clause ≥ 1 or owner); else two things.
    const agreeing = g.px.some((w) => g.py.includes(w));
    const apart2 = !!p && !agreeing && !gateKeeps(gateFeatures(p.x, p.y, r.ta, r.tb), 1);
    // Years: both sentences give years and none in common (what the month rule already asks of two months).
    const years = (t: string) => quantities(t).filter((q) => q.kind === 'year').map((q) => q.value);
    const ya = years(r.ta);
    const yb = years(r.tb);
    const yearsApart = ya.length > 0 && yb.length > 0 && !ya.some((v) => yb.includes(v));
    return { r, g, apart2, yearsApart };
  });
  const table = (name: string, out: (x: (typeof read)[number]) => boolean) => {
    console.log(`\n${name}`);
    console.log('| pool | rows (true / false / ?) | left out | true lost | false out | precision main → gate [95 %] |');
    console.log('|---|---|---|---|---|---|');
    for (const pool of [...new Set(rows.map((r) => r.pool)), 'all']) {
      const rs = read.filter(({ r }) => pool === 'all' || r.pool === pool);
      const t = rs.filter(({ r }) => r.verdict === true).length;
      const f = rs.filter(({ r }) => r.verdict === false).length;
      const o = rs.filter(out);
      const tl = o.filter(({ r }) => r.verdict === true).length;
      const fo = o.filter(({ r }) => r.verdict === false).length;
      const [lo, hi] = wilson(t - tl, t - tl + f - fo);
      console.log(`| ${pool} | ${rs.length} (${t} / ${f} / ${rs.length - t - f}) | ${o.length} | ${tl} | ${fo} | ${(t / Math.max(1, t + f)).toFixed(2)} → ${((t - tl) / Math.max(1, t - tl + f - fo)).toFixed(2)} [${lo.toFixed(2)}, ${hi.toFixed(2)}] |`);
    }
  };
  table('predicates apart (both read, no stem shared, fates not one)', (x) => x.g.apart);
  table("the brief's rule: predicates agree, or clauses share ≥ 1 content word, or a stated owner — else out", (x) => x.apart2);
  table('years apart (both sentences give years, none shared)', (x) => x.yearsApart);
  if (process.argv.includes('--list')) {
    for (const { r, g, apart2, yearsApart } of read) console.log(`[${r.pool} ${r.verdict === null ? '?' : r.verdict ? 'TRUE' : 'false'}] ${r.key} ${r.shown} pred=${g.px.join(',') || '—'} / ${g.py.join(',') || '—'}${g.apart ? ' APART' : ''}${apart2 ? ' OUT2' : ''}${yearsApart ? ' YEARS' : ''}`);
  }
}

