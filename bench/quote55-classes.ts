/**
 * quote55: every judged quote-wording row of the blind rounds (the rows bench/conf54-quotes.ts reads, as this
 * checkout's rule still shows them), classed by what its diff changes (docs/notes/quote55.md):
 *   function — every word the diff adds or drops is a closed-class word of the project's list (FUNCTION_WORDS,
 *              lib/nlp) other than a negation or a modal (closed-class, but they change what is said);
 *   polarity — as function, but a negation or a modal among them;
 *   form     — the content words removed and added pair one for one (at most two pairs), each pair at most one
 *              letter in three apart (Levenshtein / longer length ≤ 1/3) or one the other's start (an abbreviation);
 *   content  — anything else.
 * Prints true / false per class, per round group (1–15, 16–35), per round, and the leave-one-round-out check of
 * "a class is mostly false": with --tier, what the checkout flags `slight` (the card's tier) per class.
 *   npx tsx bench/quote55-classes.ts --sheet S.txt:bench/data/V.tsv:r33 … [--earlier LIST.txt] [--list]
 * Sheets hold the sources' text and are not committed: draw them with each round's script and pass them here.
 */
import { judgedQuoteRows, type QuoteRow as Row } from './quote-rows.ts';
import { QUOTE_SIMILARITY, quoteDifference } from '../lib/engine/conflicts.ts';
import { FUNCTION_WORDS, tokens } from '../lib/nlp/index.ts';

const argv = process.argv.slice(2);
const rows: Row[] = judgedQuoteRows(argv);

/**
 * Closed-class words that change what is said, as lib/engine/conflicts.ts's FILLER comment lists them before this
 * stop: negations, modals, "do" (a tense), "only", "or".
 */
const POLARITY = new Set("not no nor never only or can will should would could might must shall may do does did don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't".split(' '));
/** A tense changed: one side's auxiliaries of one tense, the other's of another (rounds 1–15 and 20 judge "is" / "was" a change). */
const TENSE: Record<string, string> = { is: 'present', are: 'present', am: 'present', was: 'past', were: 'past', has: 'present', have: 'present', had: 'past', "it's": 'present', "he's": 'present', "she's": 'present', "that's": 'present', "there's": 'present' };
const tenses = (ws: string[]) => new Set(ws.map((w) => TENSE[w]).filter(Boolean));
const lev = (x: string, y: string) => {
  const d = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cur = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (x[i - 1] === y[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[y.length]!;
};
const near = (x: string, y: string) => lev(x, y) / Math.max(x.length, y.length) <= 1 / 3 || (Math.min(x.length, y.length) >= 2 && (x.startsWith(y) || y.startsWith(x)));

type Klass = 'function' | 'polarity' | 'form' | 'content';
function classOf(d: NonNullable<ReturnType<typeof quoteDifference>>): Klass {
  const del = d.diff.filter((p) => p.op === 'delete').flatMap((p) => tokens(p.text).map((t) => t.w));
  const ins = d.diff.filter((p) => p.op === 'insert').flatMap((p) => tokens(p.text).map((t) => t.w));
  const all = [...del, ...ins];
  const td = tenses(del);
  const ti = tenses(ins);
  const tense = td.size > 0 && ti.size > 0 && ![...td].some((t) => ti.has(t));
  if (all.every((w) => FUNCTION_WORDS.has(w))) return all.some((w) => POLARITY.has(w)) || tense ? 'polarity' : 'function';
  const cd = del.filter((w) => !FUNCTION_WORDS.has(w));
  const ci = ins.filter((w) => !FUNCTION_WORDS.has(w));
  if (cd.length === ci.length && cd.length <= 2 && cd.every((w, k) => near(w, ci[k]!)) && !all.some((w) => POLARITY.has(w))) return 'form';
  return 'content';
}

const best = (r: Row) => {
  let out: NonNullable<ReturnType<typeof quoteDifference>> | null = null;
  for (const [x, y] of r.pairs) {
    const d = quoteDifference({ text: x, speaker: 'S' }, { text: y, speaker: 'S' });
    if (d && d.similarity >= QUOTE_SIMILARITY && (!out || d.similarity > out.similarity)) out = d;
  }
  return out;
};

const shown = rows
  .filter((r) => r.verdict !== undefined)
  .map((r) => ({ r, d: best(r) }))
  .filter((x): x is { r: Row; d: NonNullable<typeof x.d> } => x.d !== null)
  .map((x) => ({ ...x, k: classOf(x.d), slight: (x.d as { slight?: true }).slight === true }));
const group = (round: string) => (round === 'r1-15' ? '1–15' : '16–35');
const classes: Klass[] = ['function', 'polarity', 'form', 'content'];
const cell = (xs: typeof shown) => `${xs.filter((x) => x.r.verdict).length} / ${xs.filter((x) => !x.r.verdict).length}`;
console.log(`judged quote rows this checkout shows: ${shown.length}, true ${shown.filter((x) => x.r.verdict).length}`);
console.log('| class | all true / false | rounds 1–15 | rounds 16–35 |');
console.log('|---|---|---|---|');
for (const k of classes) {
  const xs = shown.filter((x) => x.k === k);
  console.log(`| ${k} | ${cell(xs)} | ${cell(xs.filter((x) => group(x.r.round) === '1–15'))} | ${cell(xs.filter((x) => group(x.r.round) === '16–35'))} |`);
}
const rounds = [...new Set(shown.map((x) => x.r.round))];
console.log('\nper round, true / false:');
console.log(`| round | ${classes.join(' | ')} |`);
console.log(`|---|${classes.map(() => '---').join('|')}|`);
for (const round of rounds) console.log(`| ${round} | ${classes.map((k) => cell(shown.filter((x) => x.r.round === round && x.k === k))).join(' | ')} |`);

// Leave one round out: is the class mostly false (≥ 3 false per true) on the other rounds? Then "hide" it on the
// round left out; F0.5 pooled over the rounds left out (recall against every true row shown now).
const f05 = (tp: number, n: number, allTrue: number) => {
  if (!n || !tp) return 0;
  const p = tp / n;
  const r = tp / allTrue;
  return (1.25 * p * r) / (0.25 * p + r);
};
const T = shown.filter((x) => x.r.verdict).length;
for (const k of ['function', 'form', 'function+form', ...(argv.includes('--tier') ? (['slight'] as const) : [])] as const) {
  const inK = (x: (typeof shown)[number]) => (k === 'slight' ? x.slight : k === 'function+form' ? x.k === 'function' || x.k === 'form' : x.k === k);
  let tp = 0;
  let n = 0;
  const flagged: string[] = [];
  for (const round of rounds) {
    const rest = shown.filter((x) => x.r.round !== round && inK(x));
    const f = rest.filter((x) => !x.r.verdict).length;
    const t = rest.filter((x) => x.r.verdict).length;
    const hide = f >= 3 * t;
    if (hide) flagged.push(round);
    const kept = shown.filter((x) => x.r.round === round && !(hide && inK(x)));
    tp += kept.filter((x) => x.r.verdict).length;
    n += kept.length;
  }
  console.log(`LORO ${k}: class hidden in ${flagged.length} of ${rounds.length} rounds; kept ${n} / ${tp} true (${(tp / n).toFixed(3)}), F0.5 ${f05(tp, n, T).toFixed(3)} vs all shown ${f05(T, shown.length, T).toFixed(3)}`);
}
if (argv.includes('--tier')) {
  console.log('\nthe checkout\'s `slight` flag, true / false:');
  console.log('| flag | all true / false | rounds 1–15 | rounds 16–35 |');
  console.log('|---|---|---|---|');
  for (const s of [true, false]) {
    const xs = shown.filter((x) => x.slight === s);
    console.log(`| slight=${s} | ${cell(xs)} | ${cell(xs.filter((x) => group(x.r.round) === '1–15'))} | ${cell(xs.filter((x) => group(x.r.round) === '16–35'))} |`);
  }
  console.log(`slight per round (true / false): ${rounds.map((r) => `${r} ${cell(shown.filter((x) => x.slight && x.r.round === r))}`).join(', ')}`);
}
if (argv.includes('--list'))
  for (const x of shown) {
    const diff = x.d.diff.map((p) => (p.op === 'equal' ? p.text.trim() : `${p.op === 'delete' ? '-' : '+'}[${p.text.trim()}]`)).join(' ');
    console.log(`[${x.r.verdict ? 'TRUE' : 'false'}] ${x.k.padEnd(8)} ${x.slight ? 'slight ' : ''}${x.r.round} ${diff}  (${x.r.reason})`);
  }
