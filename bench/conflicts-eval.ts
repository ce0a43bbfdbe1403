/**
 * Precision and recall of "where outlets disagree" on real multi-outlet coverage, per kind (number,
 * date, quote wording), on the labelled candidates of bench/data/conflicts-labels.json (how they were
 * built: bench/conflicts-data.ts; how they were judged: docs/notes/conflicts3.md).
 *   npx tsx bench/conflicts-eval.ts [--list | --list=dev] [--candidates] [--verbatim] [--dev-only | --dev-r7] [--misses] [--blind] [--rounds=11,14]
 * --rounds=…: read only the groups of those rounds (a quick check while writing a rule; the other rows print 0).
 * Rows: dev and held halves of round 1 (labelled before the engine changes of
 * docs/notes/conflicts3.md), "fresh" = round 2 (labelled after them, never read before), all.
 * Precision: of the unit pairs the engine reports as a conflict (either article read against the
 * other), the share judged a true disagreement. Recall: of the pairs judged true, the share the
 * engine reports. Printed for the dev half, the held half (groups split by bench/conflicts-data.ts
 * `half`, fixed before any fix) and both. A reported pair nobody judged is printed as unjudged and
 * counted in neither; --candidates prints the candidates (of the current engine) that have no label.
 * --list prints every reported pair with its verdict. --misses prints, for each true disagreement the
 * engine misses (dev rows only with --dev-only), why: whether the report pairs the two units at all
 * (shared / told / conflict, either reading), each unit's figures as `quantities` reads them, and for
 * the pairs of one kind what `comparable` / `agree` / the article's ambiguous keys say; for quotes, the
 * unit's quotations and `quoteDifference`'s answer. Groups whose texts are absent (the NewsWCL50,
 * ECB+ or AllSides mirrors) are skipped with a printed reason; their labels are then not counted.
 */
import { readFileSync } from 'node:fs';
import { agree, ambiguousFigures, comparable, figureDifference, figureKey, quoteDifference, QUOTE_SIMILARITY, unitQuotes } from '../lib/engine/conflicts.ts';
import { quantities, type Quantity } from '../lib/nlp/index.ts';
import { candidates, half, loadGroups, pairKey, readGroup, labelUnit, type Kind, type UnitRef } from './conflicts-data.ts';

interface Label {
  group: string;
  kind: Kind;
  a: UnitRef;
  b: UnitRef;
  figures: Array<[string, number, string, number]>;
  verdict: 'true' | 'false';
  reason: string;
  /** The verdict under the reader standard (docs/notes/conf6.md), when given; read unless --verbatim. */
  reader?: 'true' | 'false';
  /** 1: judged before the engine changes of docs/notes/conflicts3.md; 2: after them (a fresh reading); 3: conf5's blind reading. */
  round?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;
  /** Judged after the round's score was printed (bench/conflicts-merge.ts --late): not blind. */
  late?: boolean;
}
/** --blind: leave out the labels judged after their round's score (`late`); their pairs count as unjudged. */
const blind = process.argv.includes('--blind');
const labels = (JSON.parse(readFileSync(new URL('./data/conflicts-labels.json', import.meta.url), 'utf8')) as { labels: Label[] }).labels.filter((l) => !(blind && l.late));
const list = process.argv.includes('--list');
/** --verbatim: the labels' verbatim verdicts (any wording change of one utterance is a conflict), not the reader standard. */
const verbatim = process.argv.includes('--verbatim');
const isTrue = (l: Label) => (verbatim ? l.verdict : (l.reader ?? l.verdict)) === 'true';
/** --list=dev: print only the pairs of the dev half's groups, every round (the rows a fix may be chosen on). */
const listDevOnly = process.argv.includes('--list=dev');
const showCandidates = process.argv.includes('--candidates');

const groups = await loadGroups();
/**
 * Round 1 groups by half (fixed before any fix); round 2 groups (judged after the fixes) on their own;
 * rounds 3 and 4 (docs/notes/conf5.md, judged blind before conf5's changes) by the same half split (r3-*);
 * round 7 (docs/notes/conf7.md: cross-slice and cross-event ECB+ pairs, judged blind before conf7's changes) on its own (r7);
 * round 8 (docs/notes/conf9.md: the same kind of pairs from the other articles of each slice, judged blind on the code
 * of conf8's merge, no rule written on it) on its own (r8). Rounds 7 and 8 also count in DEV / HELD by the half split.
 * Rounds 9–11 (ECB+, label16–18) on their own, also counted in DEV / HELD by the half split; round 12 (a new source,
 * SemEval-2018 Task 5's news: docs/notes/src28.md) on its own and in "all" only (`Split` 'out'). The summary rows "dev" and "held" join the halves of rounds 1 and 3.
 */
/** Rounds 12–15 (new sources, the out-of-sample checks of conflicts code; round 13: docs/notes/label19.md; round 14:
 * docs/notes/label20.md; round 15, Multi-News: docs/notes/src31.md) are in neither half: never listed by --list=dev or
 * --dev-only, not counted in DEV / HELD (only in their rows r12 / r13 / r14 / r15 and in "all"). */
type Split = 'dev' | 'held' | 'out';
type Half = 'dev' | 'held' | 'fresh' | 'r3-dev' | 'r3-held' | 'r7' | 'r8' | 'r9' | 'r10' | 'r11' | 'r12' | 'r13' | 'r14' | 'r15';
const reported: Array<{ half: Half; split: Split; kind: Kind; key: string; about: string; verdict: boolean | null; text: string }> = [];
const truths: Array<{ half: Half; split: Split; kind: Kind; key: string; found: boolean; text: string; why?: string }> = [];
const misses = process.argv.includes('--misses');
const unlabelled: string[] = [];
const problems: string[] = [];
const seenGroups = new Set<string>();

/** --rounds=11,14: only these rounds' groups (the other rounds' labels are then reported as not counted). */
const onlyRounds = process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length).split(',').map(Number);
for (const g of groups) {
  if (onlyRounds && !onlyRounds.includes(g.round)) continue;
  seenGroups.add(g.name);
  const h: Half = g.round === 2 ? 'fresh' : g.round === 7 ? 'r7' : g.round === 8 ? 'r8' : g.round === 9 ? 'r9' : g.round === 10 ? 'r10' : g.round === 11 ? 'r11' : g.round === 12 ? 'r12' : g.round === 13 ? 'r13' : g.round === 14 ? 'r14' : g.round === 15 ? 'r15' : g.round >= 3 ? (half(g.name) === 'dev' ? 'r3-dev' : 'r3-held') : half(g.name);
  const split: Split = g.round >= 12 ? 'out' : half(g.name);
  const byId = new Map(g.articles.map((a) => [a.id, a]));
  const unitOf = labelUnit(g.articles);
  const mine = labels.filter((l) => l.group === g.name);
  const verdicts = new Map<string, Label[]>();
  for (const l of mine) {
    const ka = unitOf(l.a);
    const kb = unitOf(l.b);
    if (!ka || !kb) {
      problems.push(`${g.name}: label's unit not found: ${(!ka ? l.a : l.b).has ?? (!ka ? l.a : l.b).hash}`);
      continue;
    }
    const key = [ka, kb].sort().join('|');
    verdicts.set(key, [...(verdicts.get(key) ?? []), l]);
  }
  const readings = await readGroup(g);
  const text = (k: string) => {
    const [id, i] = k.split('#');
    return byId.get(id!)!.units[Number(i)]!.text;
  };
  // One entry per unit pair and kind of conflict (figure or quote wording): a pair can be both.
  const got = new Map<string, string>();
  for (const { article, report } of readings) {
    for (const c of report.conflicts) {
      const kind: Kind = c.kind === 'quote' ? 'quote' : /^date/.test(c.about) ? 'date' : 'number';
      for (const t of c.there) got.set(`${kind} ${[`${article.id}#${c.here.i}`, `${t.id}#${t.i}`].sort().join('|')}`, c.about);
    }
  }
  for (const [kkey, about] of got) {
    const [kind, key] = kkey.split(' ') as [Kind, string];
    const ls = verdicts.get(key);
    const verdict = ls ? ls.some((l) => isTrue(l) && (kind === 'quote') === (l.kind === 'quote')) : null;
    const [ka, kb] = key.split('|');
    reported.push({ half: h, split, kind, key, about, verdict, text: `${g.name} ${about}\n    ${text(ka!)}\n    ${text(kb!)}${ls ? `\n    (${ls.map((l) => l.reason).join('; ')})` : ''}` });
  }
  for (const [key, ls] of verdicts) {
    for (const kind of ['number', 'date', 'quote'] as const) {
      const t = ls.find((l) => l.kind === kind && isTrue(l));
      const [ka, kb] = key.split('|');
      if (!t) continue;
      const found = got.has(`${kind} ${key}`) || (kind !== 'quote' && got.has(`${kind === 'date' ? 'number' : 'date'} ${key}`));
      truths.push({ half: h, split, kind, key, found, text: `${g.name} ${kind}: ${t.reason}${list || listDevOnly || misses ? `\n    ${text(ka!)}\n    ${text(kb!)}` : ''}`, why: misses && !found ? whyMissed(kind, ka!, kb!) : undefined });
    }
  }
  /** Why a true pair is not reported (--misses): how the report pairs it, the figures, the quotes. */
  function whyMissed(kind: Kind, ka: string, kb: string): string {
    const [ia, ja] = ka.split('#');
    const [ib, jb] = kb.split('#');
    const A = byId.get(ia!)!;
    const B = byId.get(ib!)!;
    const i = Number(ja);
    const j = Number(jb);
    const how: string[] = [];
    for (const { article, report } of readings) {
      const [here, there, k] = article.id === A.id ? [i, B.id, j] : article.id === B.id ? [j, A.id, i] : [-1, '', -1];
      if (here < 0) continue;
      for (const s of report.shared) if (s.i === here) for (const t of s.sources) if (t.id === there && t.i === k) how.push(`${article.id === A.id ? 'a' : 'b'}:${t.told ? 'told' : 'shared'}`);
      for (const c of report.conflicts) if (c.here.i === here && c.there.some((t) => t.id === there && t.i === k)) how.push(`${article.id === A.id ? 'a' : 'b'}:conflict(${c.about})`);
    }
    const out = [`paired: ${how.length ? how.join(' ') : 'NO (the report never pairs the two units)'}`];
    if (kind === 'quote') {
      for (const x of unitQuotes(A, i)) for (const y of unitQuotes(B, j)) {
        const d = quoteDifference(x, y);
        out.push(`quote [${x.speaker ?? '-'}] “${x.text}” / [${y.speaker ?? '-'}] “${y.text}”: ${d ? `similarity ${d.similarity.toFixed(3)}${d.similarity >= QUOTE_SIMILARITY ? '' : ' < cut'}` : 'no difference'}`);
      }
      if (out.length === 1) out.push('quote: no quotation in one unit');
      return out.map((s) => `      ${s}`).join('\n');
    }
    const fa = quantities(A.units[i]!.text);
    const fb = quantities(B.units[j]!.text);
    const show = (q: Quantity) => `${q.kind}:${q.text}(${q.value}${q.max !== q.value ? `..${q.max}` : ''}) head=${q.head}${q.qualifier ? ` q=${q.qualifier}` : ''}${q.complement ? ` comp=[${q.complement}]` : ''}${q.scope ? ` scope=[${q.scope}]` : ''}${q.anchor !== undefined ? ` anchor=${q.anchor}` : ''}`;
    out.push(`a figures: ${fa.map(show).join('; ') || '—'}`, `b figures: ${fb.map(show).join('; ') || '—'}`);
    const amb = { a: ambiguousFigures(A.units.map((u) => ({ f: { figures: quantities(u.text) } }))), b: ambiguousFigures(B.units.map((u) => ({ f: { figures: quantities(u.text) } }))) };
    for (const x of fa) for (const y of fb) {
      if (x.kind !== y.kind) continue;
      out.push(`${x.text} / ${y.text}: comparable ${comparable(x, y)}, agree ${agree(x, y)}${amb.a.has(figureKey(x)) || amb.b.has(figureKey(y)) ? ', AMBIGUOUS key' : ''}`);
    }
    const d = figureDifference(fa, fb, amb, false) ?? figureDifference(fa, fb, amb);
    out.push(`figureDifference: ${d ? `${d.x.text} vs ${d.y.text}` : 'null'}`);
    return out.map((s) => `      ${s}`).join('\n');
  }
  if (showCandidates) {
    for (const c of candidates(g, readings)) {
      const key = pairKey(c.a, c.b);
      if (!verdicts.get(key)?.some((l) => l.kind === c.kind)) unlabelled.push(`${g.name} ${c.kind} ${c.x} ≠ ${c.y} [${c.via.join(',')}]\n    ${c.a.id}#${c.a.i}: ${text(`${c.a.id}#${c.a.i}`)}\n    ${c.b.id}#${c.b.i}: ${text(`${c.b.id}#${c.b.i}`)}`);
    }
  }
}
const absent = [...new Set(labels.map((l) => l.group))].filter((g) => !seenGroups.has(g));
if (absent.length) console.log(`labels of ${absent.length} groups not counted (${onlyRounds ? 'other rounds, or texts absent' : 'texts absent'}): ${absent.slice(0, 8).join(', ')}${absent.length > 8 ? ', …' : ''}`);
if (problems.length) console.log(problems.join('\n'));

/** --dev-only: count and print only the dev half's groups (the held half's rows stay unread while a rule is chosen). */
if (process.argv.includes('--dev-only')) {
  for (const xs of [reported, truths] as Array<Array<{ split: Split }>>) xs.splice(0, xs.length, ...xs.filter((x) => x.split === 'dev'));
}
/** --dev-r7: the dev half and all of round 7 (its held half is the check a rule is read against before the final held read). */
if (process.argv.includes('--dev-r7')) {
  for (const xs of [reported, truths] as Array<Array<{ split: Split; half: Half }>>) xs.splice(0, xs.length, ...xs.filter((x) => x.split === 'dev' || x.half === 'r7'));
}
const pct = (n: number, d: number) => (d ? (n / d).toFixed(2) : '–');
console.log('\n| half | kind | reported | true | unjudged | precision | true disagreements | found | recall |\n|---|---|---|---|---|---|---|---|---|');
// DEV / HELD: every round's groups by the half split (round 2's dev half was read to fit the quote cut,
// docs/notes/conflicts4.md; its held half to write two round-2 rules, docs/notes/conflicts3.md).
const inRow = (row: string, x: { half: Half; split: Split }) => row === 'all' || row === x.half || (row === 'DEV' && x.split === 'dev') || (row === 'HELD' && x.split === 'held');
for (const h of ['dev', 'held', 'fresh', 'r3-dev', 'r3-held', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'DEV', 'HELD', 'all'] as const) {
  for (const kind of ['number', 'date', 'quote', 'all'] as const) {
    const r = reported.filter((x) => inRow(h, x) && (kind === 'all' || x.kind === kind));
    const t = truths.filter((x) => inRow(h, x) && (kind === 'all' || x.kind === kind));
    const judged = r.filter((x) => x.verdict !== null);
    const right = judged.filter((x) => x.verdict).length;
    const found = t.filter((x) => x.found).length;
    console.log(`| ${h} | ${kind} | ${r.length} | ${right} | ${r.length - judged.length} | ${pct(right, judged.length)} | ${t.length} | ${found} | ${pct(found, t.length)} |`);
  }
}
const unj = reported.filter((x) => x.verdict === null);
if (unj.length) console.log(`\nunjudged reported conflicts (${unj.length}):\n${unj.map((x) => `  ${x.text}`).join('\n')}`);
if (list || listDevOnly) {
  const shown = (x: { split: Split }) => !listDevOnly || x.split === 'dev';
  console.log(`\nreported:\n${reported.filter((x) => shown(x)).map((x) => `  [${x.half} ${x.verdict === null ? '?' : x.verdict ? 'TRUE' : 'false'}] ${x.text}`).join('\n')}`);
  console.log(`\nmissed true disagreements:\n${truths.filter((x) => !x.found && shown(x)).map((x) => `  [${x.half}] ${x.text}`).join('\n')}`);
}
if (misses) {
  const dev = process.argv.includes('--dev-only');
  console.log(`\nmissed true disagreements, why:\n${truths.filter((x) => !x.found && (!dev || x.split === 'dev')).map((x) => `  [${x.half}] ${x.text}\n${x.why}`).join('\n')}`);
}
if (showCandidates) console.log(`\nunlabelled candidates (${unlabelled.length}):\n${unlabelled.join('\n')}`);
