/**
 * "In N of M outlets": which outlets a Shared card counts, read against the labels. One row per (shared card, related
 * article) with a labelled sentence under the card (as bench/group52-cards.ts counts them): the outlet is counted right
 * when one of its sentences under the card shares a labelled fact with the card's sentence.
 *
 * Each row carries what a count rule could read, from the report's own alignment (align() on the report's inputs,
 * checked against the card's sources): the outlet's sentences under the card, their similarity s, strong or not,
 * whether the card's unit is the outlet sentence's best partner here (its column's maximum over fact units), whether
 * that sentence is the card unit's best partner there (its row's maximum), both (mutual best), and whether the outlet
 * also has the card's unit "left out" (a second fact it lacks).
 *
 *   npx tsx bench/group53-outlets.ts [--sets dnc,pompeo] [--list] [--all] [--json FILE]
 *
 * shared72 added arms (docs/notes/shared72.md): a line explained by a better unit here it is also aligned with (stems,
 * predicate words, unless told twice), the outlet left out whole, the pair's order against the other matches.
 *
 * --list prints every wrong count with its features; --all every row. The table prints, per variant of the count rule,
 * the outlets kept right / wrong, outlet precision, and the right outlets lost. Held-out sets are refused.
 */
import { align, factMatrix, predicateWords, sameFact, REPORT_ALIGN, type Weighted } from '../lib/engine/align.ts';
import { PREDICATE_VETO } from '../lib/engine/fitted/align.ts';
import { weighAll } from '../lib/engine/story.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadCorpusDir } from '../cli/load.ts';
import { loadNewsWclSet, NEWSWCL_SETS } from '../tests/data/engine/newswcl.ts';
import type { Article } from '../lib/types.ts';
import { BASIL_DEV_SETS, DEV_SETS } from './facts-causes.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import { labelsOf, readingInputs } from './reading-inputs.ts';
import { optionValue } from './args.ts';

/** The facts held seven (bench/eval.ts heldOut): read only with --held, once, numbers only. */
const HELD_SETS = ['tariffs', 'mueller', 'europa', 'comey', 'nktests', 'netanyahu', 'macron'];
const args = process.argv.slice(2);
const held = args.includes('--held');
const sets = (optionValue('--sets', args) ?? (held ? HELD_SETS : DEV_SETS).join(',')).split(',');
for (const s of sets) {
  if (HELD_SETS.includes(s) && !held) throw new Error(`${s}: a held-out set, read only with --held (once, numbers only)`);
  if (!HELD_SETS.includes(s) && !DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a labelled set`);
}
const list = args.includes('--list');
const all = args.includes('--all');
if (held && (list || all || args.includes('--json'))) throw new Error('--held prints numbers only: no --list, --all or --json');

async function loadSet(name: string): Promise<Article[] | null> {
  if (name in NEWSWCL_SETS) return loadNewsWclSet(name);
  if (BASIL_DEV_SETS.includes(name)) return loadBasilSet(name);
  return (await loadCorpusDir(name === 'seeds' ? 'seeds' : `tests/data/engine/${name}`)).articles;
}
/** Every article of the sets read against its set: its report and what the report read. */
async function* readingsOf(names: string[]) {
  for (const name of names) {
    const articles = await loadSet(name);
    if (!articles) {
      console.log(`${name}: skipped (texts absent)`);
      continue;
    }
    const labels = labelsOf(name, articles);
    const index = new MemoryIndex(articles);
    for (const x of articles) yield { name, labels, x, rep: await compareArticle(x, index), ...(await readingInputs(x, index)) };
  }
}
const sh = (t: string, n = 100) => t.replace(/\s+/g, ' ').slice(0, n);

export interface OutletRow {
  set: string;
  /** The reading and the card's unit. */
  card: string;
  right: boolean;
  /** Per outlet sentence under the card: its similarity, strong edge, card unit is its best here, it is the card's best there. */
  sents: Array<{ j: number; s: number; z: number; explained: boolean; explainedPred: boolean; explainedTwice: boolean; order: number; bestHere: number; bestHereSame: boolean | null; bestHereAligned: boolean; rowMargin: number; colMargin: number; strong: boolean; colBest: boolean; rowBest: boolean; told: boolean; right: boolean | null }>;
  leftOut: boolean;
  leftWhole: boolean;
  nonfactHere: boolean;
  nonfactThere: boolean;
  /** Other related articles under the card, and whether one of their sentences there aligns with this outlet's. */
  others: number;
  corroborated: boolean;
  /** The outlet tells the card's fact in some sentence (by the labels), aligned under the card or not. */
  tells: boolean;
  elsewhere: string[];
  /** The card's unit aligns with this many units of the outlet / the outlet's best sentence aligns with this many here. */
  text: string;
  there: string[];
}

const rows: OutletRow[] = [];
let mismatch = 0;
for await (const { name, labels, x, rep, rel, fx, fr, idf } of readingsOf(sets)) {
  const { sameByLabels, res } = labels;
  // Related articles aligned with each other (as groupAdded does), for the third-outlet reading.
  const pairAl = new Map<string, ReturnType<typeof align>>();
  const alignedThere = (k1: number, j1: number, k2: number, j2: number) => {
    const [a, b, ja, jb] = k1 < k2 ? [k1, k2, j1, j2] : [k2, k1, j2, j1];
    const key = `${a}:${b}`;
    if (!pairAl.has(key)) pairAl.set(key, align(wr[a]!, wr[b]!, REPORT_ALIGN));
    const al = pairAl.get(key)!;
    return [...al.matches, ...al.conflicts].some((e) => e.a === ja && e.b === jb);
  };
  const wx = weighAll(fx, idf);
  const wr = fr.map((f) => weighAll(f, idf));
  const als = wr.map((w) => align(wx, w, REPORT_ALIGN));
  for (const c of rep.shared) {
    const byArt = new Map<string, typeof c.sources>();
    for (const s of c.sources) byArt.set(s.id, [...(byArt.get(s.id) ?? []), s]);
    for (const [id, ss] of byArt) {
      const v = ss.map((s) => sameByLabels(x.id, c.i, id, s.i));
      if (v.every((y) => y === null)) continue;
      const k = rel.findIndex((a) => a.id === id);
      const { ai, bi, S } = factMatrix(wx, wr[k]!, REPORT_ALIGN.wordBonus);
      const xi = ai.findIndex((w) => w.f.unit.i === c.i);
      const edges = als[k]!.matches.filter((e) => e.a === c.i);
      for (const s of ss) if (!s.told && !edges.some((e) => e.b === s.i)) mismatch++;
      const sents = ss.map((s, n) => {
        const y = bi.findIndex((w) => w.f.unit.i === s.i);
        const col = S.map((r) => r[y]!);
        const colBest = y >= 0 && xi >= 0 && S[xi]![y]! === Math.max(...col);
        const rowBest = y >= 0 && xi >= 0 && S[xi]![y]! === Math.max(...S[xi]!);
        const e = edges.find((e) => e.b === s.i);
        const row = xi >= 0 ? [...S[xi]!].sort((p, q) => q - p) : [];
        const colS = [...col].sort((p, q) => q - p);
        const sv = y >= 0 && xi >= 0 ? S[xi]![y]! : 0;
        // The pair's margins: its similarity over the next best in the card unit's row / in its own column.
        const rowMargin = sv / Math.max(row[sv === row[0] ? 1 : 0] ?? 0, 1e-3);
        const colMargin = sv / Math.max(colS[sv === colS[0] ? 1 : 0] ?? 0, 1e-3);
        // The outlet sentence's best partner here, when not the card's unit: its unit number, and whether the labels make
        // it the card unit's fact.
        const yMax = Math.max(...col);
        const bestHere = y >= 0 ? ai[col.indexOf(yMax)]!.f.unit.i : -1;
        const bestHereSame = bestHere >= 0 && bestHere !== c.i ? sameByLabels(x.id, c.i, x.id, bestHere) : null;
        const bestHereAligned = als[k]!.matches.some((e) => e.a === bestHere && e.b === s.i);
        // shared72: the line is aligned with another unit here that it matches better, and that unit has every word the
        // card's unit shares with the line (content stems / predicate words): the line's link to the card is that unit's.
        const better = als[k]!.matches.filter((e) => e.b === s.i && e.a !== c.i && y >= 0 && S[ai.findIndex((w) => w.f.unit.i === e.a)]![y]! > sv);
        const explainedBy = (words: (w: Weighted) => Set<string>, twice = false) => {
          if (y < 0 || xi < 0) return false;
          const there = words(bi[y]!);
          const own = [...words(ai[xi]!)].filter((t) => there.has(t));
          return better.some((e) => {
            const wo = ai.find((w) => w.f.unit.i === e.a)!;
            const other = words(wo);
            // twice: not when the pair decision calls that unit the card's own fact told again here.
            return own.every((t) => other.has(t)) && !(twice && sameFact(ai[xi]!, wo).same);
          });
        };
        const explained = explainedBy((w) => new Set(w.f.lex));
        const explainedPred = explainedBy((w) => predicateWords(w, PREDICATE_VETO!.share));
        const explainedTwice = explainedBy((w) => new Set(w.f.lex), true);
        // shared72: the pair's order against the article pair's other matches (concordant: both before or both after).
        const others = als[k]!.matches.filter((e) => e.a !== c.i && e.b !== s.i);
        const conc = others.filter((e) => (e.a < c.i) === (e.b < s.i)).length;
        const order = others.length ? conc / others.length : 0.5;
        return { j: s.i, s: s.s ?? 0, z: e?.z ?? 0, explained, explainedPred, explainedTwice, order, bestHere, bestHereSame, bestHereAligned, rowMargin, colMargin, strong: e?.strong ?? false, colBest, rowBest, told: s.told === 'differently', right: v[n]! };
      });
      const lo = rep.leftOut.find((l) => l.i === c.i);
      const left = lo?.missingFrom.includes(id) ?? false;
      // shared72: the report also says the outlet lacks the WHOLE sentence (left out, no part it tells).
      const leftWhole = left && !(lo?.partly ?? []).some((p) => p.id === id);
      rows.push({
        set: name,
        card: `${x.id}#${c.i}`,
        right: v.some((y) => y === true),
        sents,
        leftOut: left,
        leftWhole,
        nonfactHere: res.isNonfact(x.id, c.i),
        nonfactThere: ss.every((s) => res.isNonfact(id, s.i)),
        others: byArt.size - 1,
        corroborated: [...byArt].some(([id2, ss2]) => id2 !== id && ss.some((s) => ss2.some((t) => alignedThere(k, s.i, rel.findIndex((a) => a.id === id2), t.i)))),
        tells: rel[k]!.units.some((u) => sameByLabels(x.id, c.i, id, u.i) === true),
        // The outlet's sentences of the fact that are not under the card: their rank in the card unit's row, and whether
        // they are aligned with some unit here (else free: an "added" card of the outlet's, or a non-fact unit).
        elsewhere: rel[k]!.units
          .filter((u) => !ss.some((s) => s.i === u.i) && sameByLabels(x.id, c.i, id, u.i) === true)
          .map((u) => {
            const y = bi.findIndex((w) => w.f.unit.i === u.i);
            const sv = y >= 0 && xi >= 0 ? S[xi]![y]! : -1;
            const rank = y >= 0 && xi >= 0 ? S[xi]!.filter((v) => v > sv).length + 1 : 0;
            const with_ = als[k]!.matches.filter((e) => e.b === u.i).map((e) => e.a);
            return `#${u.i} rank ${rank} s=${sv.toFixed(3)} ${y < 0 ? 'non-fact unit' : with_.length ? `aligned with here #${with_.join(',')}` : 'free'}: ${sh(u.text, 70)}`;
          }),
        text: c.text,
        there: ss.map((s) => rel[k]!.units[s.i]!.text),
      });
    }
  }
}
if (mismatch) console.log(`!! ${mismatch} sources not found among align()'s edges: the bench does not rebuild the report's alignment`);

/** Count rules: does the card count this outlet? */
export const VARIANTS: Record<string, (r: OutletRow) => boolean> = {
  'all (main)': () => true,
  'strong edge': (r) => r.sents.some((s) => s.strong),
  'card unit is its best here (column)': (r) => r.sents.some((s) => s.colBest),
  'it is the card unit best there (row)': (r) => r.sents.some((s) => s.rowBest),
  'mutual best': (r) => r.sents.some((s) => s.colBest && s.rowBest),
  'strong or mutual best': (r) => r.sents.some((s) => s.strong || (s.colBest && s.rowBest)),
  'strong or column best': (r) => r.sents.some((s) => s.strong || s.colBest),
  'column best or row best': (r) => r.sents.some((s) => s.colBest || s.rowBest),
  'not left out': (r) => !r.leftOut,
  'a line in order with at least half the pair\'s other matches': (r) => r.sents.some((s) => s.order >= 0.5),
  'not left out whole (the report says it lacks the whole sentence)': (r) => !r.leftWhole,
  'a line whose link is not explained by a better unit here (stems)': (r) => r.sents.some((s) => !s.explained),
  'a line whose link is not explained by a better unit here (predicate words)': (r) => r.sents.some((s) => !s.explainedPred),
  '… (stems), unless that unit is the card fact told again (pair decision)': (r) => r.sents.some((s) => !s.explainedTwice),
  'corroborated, or alone under the card': (r) => r.others === 0 || r.corroborated,
  'corroborated, or fewer than 2 others': (r) => r.others < 2 || r.corroborated,
};

const fmt = (x: number) => x.toFixed(3);
console.log(`\n${rows.length} outlet counts under Shared cards, ${rows.filter((r) => r.right).length} right; of the wrong, ${rows.filter((r) => !r.right && r.tells).length} tell the fact in a sentence not under the card.`);
console.log('\n| count rule | kept right / wrong | outlet precision | right lost | wrong dropped |');
console.log('|---|---|---|---|---|');
for (const [name, keep] of Object.entries(VARIANTS)) {
  const kept = rows.filter(keep);
  const r = kept.filter((x) => x.right).length;
  const w = kept.length - r;
  const R = rows.filter((x) => x.right).length;
  console.log(`| ${name} | ${r} / ${w} | ${fmt(r / (r + w))} | ${R - r} | ${rows.length - R - w} |`);
}
/** The wrong counts by cause, first that applies. */
const causes = new Map<string, number>();
for (const r of rows) {
  if (r.right) continue;
  const c = r.nonfactHere
    ? 'the card unit is a non-fact (label)'
    : r.nonfactThere
      ? "the outlet's sentence is a non-fact (label)"
      : r.tells
        ? 'the outlet tells the fact in another sentence (count right, sentence wrong)'
        : r.leftOut
          ? 'another fact, the unit also left out by the outlet (aligned with a second fact)'
          : r.sents.some((s) => s.strong)
            ? 'another fact, strong edge'
            : 'another fact, weak edge (mutual / one-sided best)';
  causes.set(c, (causes.get(c) ?? 0) + 1);
}
console.log('\n| cause of a wrong count | outlets |\n|---|---|');
for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`| ${c} | ${n} |`);
const tellsRows = rows.filter((r) => r.right || r.tells);
console.log(`\nCount truth (the outlet tells the fact anywhere): ${tellsRows.length} / ${rows.length} = ${fmt(tellsRows.length / rows.length)}`);
console.log('| count rule | kept tells / not | count precision | telling outlets lost |\n|---|---|---|---|');
for (const [name, keep] of Object.entries(VARIANTS)) {
  const kept = rows.filter(keep);
  const t = kept.filter((x) => x.right || x.tells).length;
  console.log(`| ${name} | ${t} / ${kept.length - t} | ${fmt(t / kept.length)} | ${tellsRows.length - t} |`);
}
// The objective, written before any variant was scored against it: the share of Shared cards whose count is exact
// (every labelled outlet it counts tells the fact, by the labels, in any of its sentences), pooled over the cards of a
// set, then the mean over sets; a variant that drops an outlet telling the fact makes its card's count one short.
// Here each card's exactness is read over its labelled outlets only (unlabelled ones are neither counted nor judged).
// Leave one set out: each fold picks the variant with the best mean over the other sets, scored on the set left out.
const exact = (rs: OutletRow[], keep: (r: OutletRow) => boolean) => {
  const cards = new Map<string, boolean>();
  for (const r of rs) cards.set(r.card, (cards.get(r.card) ?? true) && keep(r) === (r.right || r.tells));
  return [...cards.values()].filter(Boolean).length / Math.max(cards.size, 1);
};
const setNames = [...new Set(rows.map((r) => r.set))];
const meanExact = (names: string[], keep: (r: OutletRow) => boolean) => names.reduce((t, n) => t + exact(rows.filter((r) => r.set === n), keep), 0) / names.length;
console.log('\n| count rule | cards with an exact count, mean over sets | pooled |\n|---|---|---|');
for (const [name, keep] of Object.entries(VARIANTS)) console.log(`| ${name} | ${fmt(meanExact(setNames, keep))} | ${fmt(exact(rows, keep))} |`);
if (!held) console.log('\n| set left out | fold picks | exact there, picked / main |\n|---|---|---|');
const fold = { picked: 0, main: 0 };
for (const out of held ? [] : setNames) {
  const rest = setNames.filter((n) => n !== out);
  const [pick] = Object.entries(VARIANTS).sort((a, b) => meanExact(rest, b[1]) - meanExact(rest, a[1]));
  const there = rows.filter((r) => r.set === out);
  const [p, m] = [exact(there, pick![1]), exact(there, VARIANTS['all (main)']!)];
  (fold.picked += p / setNames.length), (fold.main += m / setNames.length);
  console.log(`| ${out} | ${pick![0]} | ${fmt(p)} / ${fmt(m)} |`);
}
if (!held) console.log(`Out of fold, mean over sets: picked ${fmt(fold.picked)}, main ${fmt(fold.main)}.`);
const dump = optionValue('--json', args);
if (dump) (await import('node:fs')).writeFileSync(dump, JSON.stringify(rows));
if (list || all) {
  for (const r of rows) {
    if (!all && r.right) continue;
    console.log(`\n${r.set} ${r.right ? 'RIGHT' : 'WRONG'}${r.leftOut ? ' (also left out)' : ''}${!r.right && r.tells ? ' (tells it elsewhere)' : ''}${r.nonfactHere ? ' (card non-fact)' : ''}${r.nonfactThere ? ' (there non-fact)' : ''} others=${r.others}${r.corroborated ? ' corroborated' : ''}: ${sh(r.text)}`);
    r.sents.forEach((s, n) =>
      console.log(`   ${s.right === true ? '=' : s.right === false ? '≠' : '?'} s=${s.s.toFixed(3)}${s.strong ? ' strong' : ''}${s.colBest ? ' col' : ''}${s.rowBest ? ' row' : ''}${s.told ? ' told' : ''}: ${sh(r.there[n]!)}`),
    );
    if (!r.right) for (const e of r.elsewhere) console.log(`   elsewhere ${e}`);
  }
}
