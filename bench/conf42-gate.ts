/**
 * conf42: a general "same thing" gate for figure conflicts, read on every judged figure row it can reach. For each
 * reported figure conflict, the two figures the card compares are read again (`quantities` of each unit; the pair the
 * sheet's card names, else `figureDifference`'s) and three things are measured that ask whether the two sentences speak
 * of one thing before any value is compared:
 * - `clause`: content-word stems the figures' clauses share (Quantity.event: names, figures and the head left out);
 * - `unit`: content-word stems the two sentences share beyond the head and the figures (Jaccard, and the count);
 * - `owners`: the owners both sides name as one (`ownersNamed`: name, measurer, place, person, complement).
 * A gate keeps a row when its clauses share at least k stems, or when a stated owner (conf37's STATED_OWNERS) is named
 * on both sides; for k = 0…6 the table says, per pool, true rows kept and false rows left out.
 * Pools (one shell line each; the fit reads only the first):
 *   --sheet FILE:ROUND …   blind sheets of a round (bench/conf41-round.ts, conf37-round.ts, conf42-round.ts --sheet)
 *                          scored with bench/data/conflicts-round<ROUND>-verdicts.txt
 *   --earlier              rounds 1–15 (bench/conflicts-data.ts groups, conflicts-labels.json, blind), as
 *                          bench/conf37-owners.ts reads them (5–25 min)
 *   npx tsx bench/conf42-gate.ts --sheet /tmp/r22.txt:22 [--earlier] [--list]
 */
import { readFileSync } from 'node:fs';
import { figureDifference, ownersNamed, STATED_OWNERS } from '../lib/engine/conflicts.ts';
import { isFunctionWord, quantities, stems, type Quantity } from '../lib/nlp/index.ts';
import { cardFigures, earlierFigurePairs, readVerdicts } from './conf37-owners.ts';
import { wilson } from './conflicts-data.ts';

export interface GateRow {
  pool: string;
  key: string;
  verdict: boolean | null;
  clause: number;
  unitShared: number;
  jaccard: number;
  owners: string[];
  /** Both figures' clauses name someone or somewhere (capitalised words not opening the sentence) and share no name. */
  namesApart: boolean;
  figures: string;
}

/** The gate's reading of one pair of figures in their two sentences. */
export function gateFeatures(x: Quantity, y: Quantity, ta: string, tb: string): Omit<GateRow, 'pool' | 'key' | 'verdict' | 'figures'> {
  const ex = new Set(x.event ?? []);
  const clause = new Set((y.event ?? []).filter((w) => ex.has(w))).size;
  const words = (t: string, q: Quantity) => new Set(stems(t, { keepFunctionWords: false }).filter((w) => !/^\d/.test(w) && w !== q.head && !isFunctionWord(w)));
  const wa = words(ta, x);
  const wb = words(tb, y);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const na = clauseNames(ta, x);
  const nb = clauseNames(tb, y);
  const namesApart = na.size > 0 && nb.size > 0 && ![...na].some((w) => nb.has(w));
  return { clause, unitShared: shared, jaccard: shared / Math.max(1, new Set([...wa, ...wb]).size), owners: ownersNamed(x, y), namesApart };
}

/** The names of a figure's clause (between the punctuation marks around it): capitalised words that do not open it or the sentence. */
export function clauseNames(t: string, q: Quantity): Set<string> {
  const cut = /[,;:()\[\]"“”—–.!?]/;
  let a = q.start;
  while (a > 0 && !cut.test(t[a - 1]!)) a--;
  let b = q.end;
  while (b < t.length && !cut.test(t[b]!)) b++;
  const out = new Set<string>();
  const words = [...t.slice(a, b).matchAll(/\p{L}[\p{L}'’.-]*/gu)];
  words.forEach((m, n) => {
    if (n > 0 && /^\p{Lu}/u.test(m[0]) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(m[0])) out.add(m[0].toLowerCase());
  });
  return out;
}

/** The card's two figures from the units' texts alone: the pair whose texts the sheet shows, else the first that differs. */
export function pairOf(ta: string, tb: string, shown: string): { x: Quantity; y: Quantity } | null {
  const fa = quantities(ta);
  const fb = quantities(tb);
  const [sx, sy] = shown.split(' ≠ ');
  for (const x of fa) for (const y of fb) if (x.text === sx && y.text === sy) return { x, y };
  for (const x of fa) for (const y of fb) if (x.text === sy && y.text === sx) return { x: y, y: x };
  const d = figureDifference(fa, fb, undefined, false) ?? figureDifference(fa, fb);
  return d ? { x: d.x, y: d.y } : null;
}

/** Figure rows of a blind sheet ("#n KEY figure: X ≠ Y\n  A id: text\n  B id: text"), with the round's verdicts. */
export function sheetRows(file: string, round: string): GateRow[] {
  const verdicts = readVerdicts(new URL(`./data/conflicts-round${round}-verdicts.txt`, import.meta.url));
  const out: GateRow[] = [];
  for (const entry of readFileSync(file, 'utf8').split(/\n(?=#\d+ )/)) {
    const m = /^#\d+ ([0-9a-f]{16}) (figure|quote): (.*)\n {2}A [^:]+: (.*)\n {2}B [^:]+: (.*)/.exec(entry);
    if (!m || m[2] !== 'figure') continue;
    const p = pairOf(m[4]!, m[5]!, m[3]!);
    if (!p) continue;
    out.push({ pool: `r${round}`, key: m[1]!, verdict: verdicts.has(m[1]!) ? verdicts.get(m[1]!)! : null, figures: m[3]!, ...gateFeatures(p.x, p.y, m[4]!, m[5]!) });
  }
  return out;
}

/** Rounds 1–15's figure rows, read as bench/conf37-owners.ts reads them (blind labels). */
async function earlierRows(): Promise<GateRow[]> {
  const out: GateRow[] = [];
  for (const p of await earlierFigurePairs(undefined, () => {})) {
    const d = cardFigures(p.article, p.i, p.other, p.j);
    if (!d) continue;
    const f = gateFeatures(d.x, d.y, p.article.units[p.i]!.text, p.other.units[p.j]!.text);
    out.push({ pool: 'r1-15', key: p.key, verdict: p.verdict, figures: `${d.x.text} ≠ ${d.y.text}`, ...f });
  }
  return out;
}

/** Does the gate with k keep the row? Clauses share k stems, or a stated owner is named on both sides. */
export const gateKeeps = (r: Pick<GateRow, 'clause' | 'owners'>, k: number, owners = true) => r.clause >= k || (owners && r.owners.some((o) => STATED_OWNERS.has(o as never)));
/** The names gate: a row is left out when its two clauses each name someone or somewhere and share no name. */
export const namesKeep = (r: Pick<GateRow, 'namesApart'>) => !r.namesApart;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows: GateRow[] = [];
  process.argv.forEach((a, i) => {
    if (a !== '--sheet') return;
    const [file, round] = process.argv[i + 1]!.split(':');
    rows.push(...sheetRows(file!, round!));
  });
  if (process.argv.includes('--earlier')) rows.push(...(await earlierRows()));
  const pools = [...new Set(rows.map((r) => r.pool)), 'all'];
  console.log('| pool | rows (true / false / ?) | gate | kept | true kept | true lost | false out | precision kept [95 %] |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const p of pools) {
    const rs = rows.filter((r) => p === 'all' || r.pool === p);
    const t = rs.filter((r) => r.verdict === true).length;
    const f = rs.filter((r) => r.verdict === false).length;
    for (const owners of [true, false]) {
      for (let k = 0; k <= 6; k++) {
        const kept = rs.filter((r) => gateKeeps(r, k, owners));
        const tk = kept.filter((r) => r.verdict === true).length;
        const fk = kept.filter((r) => r.verdict === false).length;
        const [lo, hi] = wilson(tk, tk + fk);
        console.log(`| ${p} | ${rs.length} (${t} / ${f} / ${rs.length - t - f}) | clause ≥ ${k}${owners ? ' or owner' : ''} | ${kept.length} | ${tk} | ${t - tk} | ${f - fk} | ${tk + fk ? (tk / (tk + fk)).toFixed(2) : '–'} [${lo.toFixed(2)}, ${hi.toFixed(2)}] |`);
      }
    }
  }
  for (const p of pools) {
    const rs = rows.filter((r) => p === 'all' || r.pool === p);
    const t = rs.filter((r) => r.verdict === true).length;
    const f = rs.filter((r) => r.verdict === false).length;
    const kept = rs.filter(namesKeep);
    const tk = kept.filter((r) => r.verdict === true).length;
    const fk = kept.filter((r) => r.verdict === false).length;
    const [lo, hi] = wilson(tk, tk + fk);
    console.log(`| ${p} | ${rs.length} (${t} / ${f} / ${rs.length - t - f}) | names not apart | ${kept.length} | ${tk} | ${t - tk} | ${f - fk} | ${tk + fk ? (tk / (tk + fk)).toFixed(2) : '–'} [${lo.toFixed(2)}, ${hi.toFixed(2)}] |`);
  }
  if (process.argv.includes('--list')) {
    for (const r of rows) console.log(`[${r.pool} ${r.verdict === null ? '?' : r.verdict ? 'TRUE' : 'false'}] ${r.key} ${r.figures} clause=${r.clause} unit=${r.unitShared} j=${r.jaccard.toFixed(2)} owners=${r.owners.join(',') || '—'}${r.namesApart ? ' names-apart' : ''}`);
  }
}
