/**
 * conf54: every judged quote-wording row of the blind rounds, read again by the quote rule of this checkout
 * (docs/notes/conf54.md). A row is the card's best wording pair as the round's sheet printed it ("quote: X ≠ Y"; rounds
 * 1–15: every "“X” vs “Y”" pair of a line of `bench/conflicts-eval.ts --blind --list`); it stays shown when
 * `quoteDifference` of its two wordings (one speaker) is still a difference at least QUOTE_SIMILARITY alike. Sheets hold
 * the sources' text and are not committed: draw them with each round's script (`--sheet S`) and pass them here.
 *   npx tsx bench/conf54-quotes.ts --sheet S.txt:bench/data/V.tsv:r33 … [--earlier LIST.txt] [--list] [--only=gone|kept]
 * Prints per round: quote rows judged / true, and shown / true by this checkout's rule; with --list each row's verdict,
 * whether it is shown, its diff and the judge's reason.
 */
import { judgedQuoteRows, type QuoteRow as Row } from './quote-rows.ts';
import { QUOTE_SIMILARITY, quoteDifference } from '../lib/engine/conflicts.ts';

const argv = process.argv.slice(2);
const rows: Row[] = judgedQuoteRows(argv);

/** Is one wording pair still a card: a difference at least QUOTE_SIMILARITY alike? */
const shown = ([x, y]: [string, string]) => {
  const d = quoteDifference({ text: x, speaker: 'S' }, { text: y, speaker: 'S' });
  return d && d.similarity >= QUOTE_SIMILARITY ? d : null;
};

const only = argv.find((a) => a.startsWith('--only='))?.slice(7);
const rounds = [...new Set(rows.map((r) => r.round))];
const total = { n: 0, t: 0, s: 0, st: 0 };
console.log('| round | quote rows judged / true | precision | shown / true now | precision now | false rows gone | true rows gone |');
console.log('|---|---|---|---|---|---|---|');
for (const round of [...rounds, 'all']) {
  const rs = round === 'all' ? rows.filter((r) => r.verdict !== undefined) : rows.filter((r) => r.round === round && r.verdict !== undefined);
  const n = rs.length;
  const t = rs.filter((r) => r.verdict).length;
  const s = rs.filter((r) => r.pairs.some(shown));
  const st = s.filter((r) => r.verdict).length;
  if (round !== 'all') Object.assign(total, { n: total.n + n, t: total.t + t, s: total.s + s.length, st: total.st + st });
  const p = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
  console.log(`| ${round} | ${n} / ${t} | ${p(t, n)} | ${s.length} / ${st} | ${p(st, s.length)} | ${n - t - (s.length - st)} | ${t - st} |`);
}
const f05 = (tp: number, shownN: number, allTrue: number) => {
  const p = tp / shownN;
  const r = tp / allTrue;
  return (1.25 * p * r) / (0.25 * p + r);
};
console.log(`F0.5 (recall against the true rows main shows): ${f05(total.st, total.s, total.t).toFixed(3)} (every row shown: ${f05(total.t, total.n, total.t).toFixed(3)})`);
console.log(`unjudged rows: ${rows.filter((r) => r.verdict === undefined).length}`);

if (argv.includes('--list')) {
  for (const r of rows) {
    const ds = r.pairs.map(shown);
    const on = ds.some(Boolean);
    if ((only === 'gone' && on) || (only === 'kept' && !on)) continue;
    const v = r.verdict === undefined ? '?' : r.verdict ? 'TRUE' : 'false';
    const d = ds.find(Boolean) ?? quoteDifference({ text: r.pairs[0]![0], speaker: 'S' }, { text: r.pairs[0]![1], speaker: 'S' });
    const diff = d ? d.diff.filter((p) => p.op !== 'equal').map((p) => `${p.op === 'delete' ? '-' : '+'}[${p.text.trim()}]`).join(' ') : '(no difference)';
    console.log(`[${v}] ${r.round} ${r.key} ${on ? 'shown' : 'GONE '} ${diff}  (${r.reason})`);
  }
}
