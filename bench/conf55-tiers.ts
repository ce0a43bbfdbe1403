/**
 * conf55: what the reader is told of each judged figure row — "differs" (an owner both sides name, `STATED_OWNERS`) or
 * "check" (no such owner, or a date) — read again from the row's two sentences (`pairOf`: the card's figures as the sheet
 * prints them; `ownersNamed` of the pair, as `describeConflicts` decides a side), and each tier's precision per round and
 * pooled. A card of several sides is "check" when any side is; a sheet row is one side, so this reads the side's tier.
 * Rounds 16–34 from their blind sheets (`--sheet SHEET:VERDICTS:POOL`, the lists of docs/notes/conf53.md and conf54.md),
 * rounds 1–15 from a `bench/conflicts-eval.ts --blind --list` listing (`--earlier FILE`). `--list` prints every row.
 * `--aligner`: the aligner's pair probability and STS score, read from the two sentences, inside each tier (AUC).
 * `--main`: the table of main's tiers (else this checkout's); the rows whose tier moves are listed either way.
 *   npx tsx bench/conf55-tiers.ts --sheet S:V:POOL … [--earlier LISTING] [--main] [--list]
 */
import { readFileSync } from 'node:fs';
import { decidePairs } from '../lib/engine/align.ts';
import { ownersNamed, STATED_OWNERS, statedOwner } from '../lib/engine/conflicts.ts';
import { readVerdicts } from './conf37-owners.ts';
import { pairOf } from './conf42-gate.ts';
import { wilson } from './conflicts-data.ts';

export type Tier = 'differs' | 'check';
export interface TierRow {
  pool: string;
  key: string;
  verdict: boolean | null;
  /** The tier main e40c9086 shows (an owner of STATED_OWNERS on both sides) and the checkout's (`statedOwner`). */
  main: Tier;
  tier: Tier;
  shown: string;
  ta: string;
  tb: string;
}
const DATE = /^(?:weekday|month|day|year)$/;

/** The tier a figure row shows, on main and on this checkout: a date, or a pair no stated owner of which both sides name, is "check". */
export function tierOf(ta: string, tb: string, shown: string): { main: Tier; tier: Tier } | null {
  const p = pairOf(ta, tb, shown);
  if (!p) return null;
  if (DATE.test(p.x.kind)) return { main: 'check', tier: 'check' };
  return { main: ownersNamed(p.x, p.y).some((o) => STATED_OWNERS.has(o)) ? 'differs' : 'check', tier: statedOwner(p.x, p.y) ? 'differs' : 'check' };
}

/** The figure rows of blind sheets (`SHEET:VERDICTS:POOL`), judged or not. */
export function sheetFigureRows(specs: string[]): { rows: TierRow[]; unread: number } {
  const rows: TierRow[] = [];
  let unread = 0;
  for (const spec of specs) {
    const [file, vf, pool] = spec.split(':') as [string, string, string];
    const verdicts = readVerdicts(new URL(`../${vf}`, import.meta.url));
    for (const entry of readFileSync(file, 'utf8').split(/\n(?=#\d+ )/)) {
      const m = /^#\d+ ([0-9a-f]{16}) figure: (.*)\n {2}A [^:]+: (.*)\n {2}B [^:]+: (.*)/.exec(entry);
      if (!m) continue;
      const [, key, shown, ta, tb] = m as unknown as [string, string, string, string, string];
      const tier = tierOf(ta, tb, shown);
      if (!tier) {
        unread++;
        continue;
      }
      rows.push({ pool, key, verdict: verdicts.has(key) ? verdicts.get(key)! : null, ...tier, shown, ta, tb });
    }
  }
  return { rows, unread };
}

/** Rounds 1–15's number, money and date rows from a `conflicts-eval.ts --blind --list` listing (pool "r1-15"). */
export function earlierFigureRows(file: string): { rows: TierRow[]; unread: number } {
  const text = readFileSync(file, 'utf8');
  const listed = text.slice(text.indexOf('\nreported:\n'), text.indexOf('\nmissed true disagreements:'));
  const rows: TierRow[] = [];
  let unread = 0;
  for (const m of listed.matchAll(/\n {2}\[(\S+) (TRUE|false|\?)\] (\S+) (number|money|date): (.*)\n {4}(.*)\n {4}(.*)/g)) {
    const [, , v, group, kind, about, ta, tb] = m as unknown as string[];
    const first = about!.split('; ')[0]!;
    const tier = kind === 'date' ? ({ main: 'check', tier: 'check' } as const) : tierOf(ta!, tb!, first.replace(' vs ', ' ≠ '));
    if (!tier) {
      unread++;
      continue;
    }
    rows.push({ pool: 'r1-15', key: group!, verdict: v === '?' ? null : v === 'TRUE', ...tier, shown: first, ta: ta!, tb: tb! });
  }
  return { rows, unread };
}

const f05 = (tp: number, shown: number, pos: number) => {
  const p = tp / Math.max(1, shown);
  const r = tp / Math.max(1, pos);
  return p + r === 0 ? 0 : (1.25 * p * r) / (0.25 * p + r);
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv;
  const at = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]!] : []));
  const s = sheetFigureRows(at('--sheet'));
  const e = at('--earlier')[0] ? earlierFigureRows(at('--earlier')[0]!) : { rows: [], unread: 0 };
  const rows = [...e.rows, ...s.rows];
  console.log(`${rows.length} figure rows (${rows.filter((r) => r.verdict === null).length} unjudged); ${s.unread + e.unread} not read again`);
  const cell = (rs: TierRow[]) => {
    const j = rs.filter((r) => r.verdict !== null);
    const t = j.filter((r) => r.verdict).length;
    const [lo, hi] = wilson(t, j.length);
    return j.length ? `${j.length} / ${t} = ${(t / j.length).toFixed(2)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]` : '–';
  };
  const which = argv.includes('--main') ? 'main' : 'tier';
  console.log(`tiers as ${which === 'main' ? 'main e40c9086 decides them (STATED_OWNERS)' : 'this checkout decides them (statedOwner)'}`);
  console.log('| round | all judged / true | "differs" judged / true | "check" judged / true | F0.5 all shown | F0.5 "differs" only (check hidden) | true rows hidden with "check" |');
  console.log('|---|---|---|---|---|---|---|');
  const pools = [...new Set(rows.map((r) => r.pool))];
  const groups: Array<[string, TierRow[]]> = [...pools.map((p) => [p, rows.filter((r) => r.pool === p)] as [string, TierRow[]]),
    ['rounds 16–32', rows.filter((r) => r.pool !== 'r1-15' && r.pool !== 'r33' && r.pool !== 'r34' && r.pool !== 'r35')],
    ['rounds 16–34', rows.filter((r) => r.pool !== 'r1-15' && r.pool !== 'r35')], ['all', rows]];
  for (const [name, rs] of groups) {
    const j = rs.filter((r) => r.verdict !== null);
    const pos = j.filter((r) => r.verdict).length;
    const d = j.filter((r) => r[which] === 'differs');
    const dt = d.filter((r) => r.verdict).length;
    console.log(`| ${name} | ${cell(rs)} | ${cell(rs.filter((r) => r[which] === 'differs'))} | ${cell(rs.filter((r) => r[which] === 'check'))} | ${f05(pos, j.length, pos).toFixed(3)} | ${f05(dt, d.length, pos).toFixed(3)} | ${pos - dt} of ${pos} |`);
  }
  const moved = rows.filter((r) => r.main !== r.tier);
  console.log(`rows whose tier this checkout moves from main's: ${moved.length} (${moved.filter((r) => r.verdict).length} true, ${moved.filter((r) => r.verdict === false).length} false)`);
  for (const r of moved) console.log(`  [${r.pool} ${r.verdict === null ? '?' : r.verdict ? 'TRUE' : 'false'}] ${r.main} → ${r.tier} ${r.key} ${r.shown.slice(0, 100)}`);
  // --aligner: does the aligner's view of the two sentences (`decidePairs`: the pair decision's probability and the STS
  // score, one IDF over every row's sentences, as bench/conf54-figures.ts reads it) part true from false inside a tier?
  if (argv.includes('--aligner')) {
    const seen = decidePairs(rows.map((r) => [r.ta, r.tb] as const));
    const auc = (rs: Array<{ v: boolean; p: number }>) => {
      const pos = rs.filter((r) => r.v);
      const neg = rs.filter((r) => !r.v);
      let w = 0;
      for (const a of pos) for (const b of neg) w += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0;
      return pos.length && neg.length ? w / (pos.length * neg.length) : NaN;
    };
    for (const tier of ['differs', 'check'] as const) {
      for (const [name, keep] of [['all', () => true], ['rounds 16–35', (r: TierRow) => r.pool !== 'r1-15']] as const) {
        const rs = rows.flatMap((r, n) => (r.tier === tier && r.verdict !== null && keep(r) ? [{ v: r.verdict, p: seen[n]!.probability, s: seen[n]!.score, same: seen[n]!.same }] : []));
        const same = rs.filter((r) => r.same);
        console.log(`aligner, "${tier}" rows (${name}, ${rs.length} judged, ${rs.filter((r) => r.v).length} true): AUC pair probability ${auc(rs).toFixed(2)}, STS ${auc(rs.map((r) => ({ v: r.v, p: r.s }))).toFixed(2)}; made one fact by the pair decision ${same.length} (${same.filter((r) => r.v).length} true), not ${rs.length - same.length} (${rs.filter((r) => !r.same && r.v).length} true)`);
      }
    }
  }
  if (argv.includes('--list')) for (const r of rows) console.log(`[${r.pool} ${r.verdict === null ? '?' : r.verdict ? 'TRUE' : 'false'}] ${r.main}/${r.tier} ${r.key} ${r.shown.slice(0, 100)}`);
}
