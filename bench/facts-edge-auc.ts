/**
 * Analysis (facts6): which measures of an aligned pair separate right from wrong edges on the
 * dev sets. Prints rank AUC (P(right edge scores higher than a wrong one)) per measure, overall and per set.
 *   npx tsx bench/facts-edge-auc.ts
 */
import { MemoryIndex } from '../lib/engine/index.ts';
import { weighAll } from '../lib/engine/story.ts';
import { labelsOf, readingInputs } from './reading-inputs.ts';
import { stem, tokens } from '../lib/nlp/index.ts';
import { isParaphrase } from '../lib/nlp/paraphrases.ts';
import { align, REPORT_ALIGN, factMatrix, sameFact } from '../lib/engine/align.ts';
import { loadSet, DEV_SETS } from './facts-causes.ts';

const rows: Array<{ set: string; same: boolean; strong: boolean; m: Record<string, number> }> = [];
/** Crude event words of a sentence: lower-case words in -ed / -ing and common irregular pasts, minus auxiliaries and saying. */
const IRREGULAR = new Set('told wrote made came went got gave took held left kept saw knew found brought thought began ran won lost met sent paid led put set hit cut let spoke stood fell rose grew drew threw broke chose drove ate fought sought bought caught heard felt spent built struck sold shot spread quit shut became'.split(' '));
const SKIP = new Set(['said', 'told', 'according', 'being', 'having', 'including', 'reported', 'added']);
const events = (text: string) =>
  new Set(tokens(text).filter((t) => /^\p{Ll}/u.test(t.raw) && !SKIP.has(t.w) && (IRREGULAR.has(t.w) || (t.w.length >= 5 && /(ed|ing)$/.test(t.w)))).map((t) => stem(t.w)));
const compatible = (a: string, b: string) => {
  const x = events(a);
  const y = events(b);
  if (x.size === 0 || y.size === 0) return 2;
  for (const v of x) for (const w of y) if (v === w || isParaphrase(v, w)) return 1;
  return 0;
};
for (const name of DEV_SETS) {
  const articles = (await loadSet(name))!;
  const { sameByLabels } = labelsOf(name, articles);
  const index = new MemoryIndex(articles);
  for (const x of articles) {
    const { rel, fx, fr, idf } = await readingInputs(x, index);
    const all = [fx, ...fr].flat().filter((f) => f.fact);
    // story presence of a content stem: number of the story's articles using it
    const arts = new Map<string, number>();
    for (const fs of [fx, ...fr]) for (const s of new Set(fs.filter((f) => f.fact).flatMap((f) => f.lex))) arts.set(s, (arts.get(s) ?? 0) + 1);
    const unitsWith = new Map<string, number>();
    for (const f of all) for (const s of new Set(f.lex)) unitsWith.set(s, (unitsWith.get(s) ?? 0) + 1);
    const nA = 1 + fr.length;
    const wx = weighAll(fx, idf);
    rel.forEach((R, k) => {
      const wr = weighAll(fr[k]!, idf);
      const al = align(wx, wr, REPORT_ALIGN);
      const { S } = factMatrix(wx, wr);
      const cells = S.length * (S[0]?.length ?? 0);
      for (const e of al.matches) {
        const same = sameByLabels(x.id, e.a, R.id, e.b);
        if (same === null) continue;
        const A = wx.find((w) => w.f.unit.i === e.a)!;
        const B = wr.find((w) => w.f.unit.i === e.b)!;
        const la = new Set(A.f.lex);
        const lb = new Set(B.f.lex);
        const shared = [...la].filter((s) => lb.has(s));
        const n = all.length;
        const specific = shared.filter((s) => (arts.get(s) ?? 0) < nA || (unitsWith.get(s) ?? 0) / n < 0.05);
        const wsh = (f: (s: string) => number) => shared.reduce((t, s) => t + f(s), 0);
        const icf = (s: string) => Math.log((n + 1) / ((unitsWith.get(s) ?? 0) + 1));
        const totA = [...la].reduce((t, s) => t + icf(s), 0);
        const totB = [...lb].reduce((t, s) => t + icf(s), 0);
        rows.push({
          set: name,
          same,
          strong: e.strong,
          m: {
            s: e.s,
            z: e.z,
            p: sameFact(A, B).probability,
            sharedN: shared.length,
            specificN: specific.length,
            icfShare: totA + totB > 0 ? (2 * wsh(icf)) / (totA + totB) : 0,
            icfMin: Math.min(totA ? wsh(icf) / totA : 0, totB ? wsh(icf) / totB : 0),
            negCells: -cells,
            predicate: compatible(A.f.unit.text, B.f.unit.text),
          },
        });
      }
    });
  }
}
const auc = (rs: typeof rows, k: string) => {
  const pos = rs.filter((r) => r.same).map((r) => r.m[k]!);
  const neg = rs.filter((r) => !r.same).map((r) => r.m[k]!);
  let w = 0;
  for (const a of pos) for (const b of neg) w += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? w / (pos.length * neg.length) : NaN;
};
const keys = Object.keys(rows[0]!.m);
console.log(`edges: ${rows.length} (${rows.filter((r) => r.same).length} right); strong ${rows.filter((r) => r.strong).length}`);
console.log(`| subset | n right/wrong | ${keys.join(' | ')} |`);
for (const sub of ['all', 'strong', 'weak', ...DEV_SETS]) {
  const rs = rows.filter((r) => sub === 'all' || (sub === 'strong' ? r.strong : sub === 'weak' ? !r.strong : r.set === sub));
  console.log(`| ${sub} | ${rs.filter((r) => r.same).length}/${rs.filter((r) => !r.same).length} | ${keys.map((k) => auc(rs, k).toFixed(2)).join(' | ')} |`);
}
// Pairs whose shared content words are all story words (used by every article of the story, in ≥ 5% of its units): right / wrong.
console.log('\nshared content words all story words (specificN = 0): right / wrong, by set');
for (const sub of ['all', ...DEV_SETS]) {
  const rs = rows.filter((r) => (sub === 'all' || r.set === sub) && r.m.specificN === 0);
  console.log(`| ${sub} | ${rs.filter((r) => r.same).length} / ${rs.filter((r) => !r.same).length} | s<0.25: ${rs.filter((r) => r.same && r.m.s! < 0.25).length} / ${rs.filter((r) => !r.same && r.m.s! < 0.25).length} |`);
}

console.log('\nevent words (crude predicate): 1 shared / 0 none shared / 2 one side has none — right / wrong (s < 0.25 in brackets)');
for (const sub of ['all', ...DEV_SETS]) {
  const rs = rows.filter((r) => sub === 'all' || r.set === sub);
  const c = (v: number, same: boolean, lo = 2) => rs.filter((r) => r.m.predicate === v && r.same === same && r.m.s! < lo).length;
  console.log(`| ${sub} | ${[1, 0, 2].map((v) => `${v}: ${c(v, true)} / ${c(v, false)} (${c(v, true, 0.25)} / ${c(v, false, 0.25)})`).join(' | ')} |`);
}
