/**
 * disjoint82: the pairs the alignment's disjoint-names check alone refuses on the 17 dev sets (bench/audit62-marked.ts
 * labelledReadings), judged by the facts labels (both units carry gold facts: one shared = right, none = wrong; otherwise
 * unscored). A pair is counted where `align` (lib/engine/align.ts) asks the check: a weak pair (not strong) that is a
 * mutual or one-sided best, past the actor and predicate vetoes, not taken by the same-fact model, with a probability
 * ≥ vetoBelow. Each pair is printed with both units' names and what each lever would say of it:
 *   P: a name of one unit and a name of the other written "X, Y" (a place and its larger place: "Bridgeport, Connecticut",
 *      "Bridgeport, Conn.", an abbreviation read as a prefix) in either article;
 *   N: names of a unit that stand only at a sentence start inside it (after . ? ! and a space: "1:30 a.m. Responding").
 * Every reading is counted (a pair of articles twice, once each way). NewsWCL50 and BASIL texts go to stdout only.
 *
 *   nice npx tsx bench/disjoint82-census.ts
 *   ZYTE_HTML_DIR= nice npx tsx bench/disjoint82-census.ts --audits 70,71,74,75,77,78,79,80,81
 * --audits: the panel audits' readings instead (as bench/audit81-disjoint.ts reads them; no labels: verdict "unscored",
 * read by eye).
 */
import * as alignModule from '../lib/engine/align.ts';
import { differentActors, disjointActors, factMatrix, matrixRules, predicateVetoed, REPORT_ALIGN, sameFact } from '../lib/engine/align.ts';
import type { UnitFeatures } from '../lib/engine/features.ts';
import { SAME_FACT } from '../lib/engine/fitted/align.ts';
import { names, stem, tokens } from '../lib/nlp/index.ts';
import type { Article } from '../lib/types.ts';
import type { weighAll } from '../lib/engine/story.ts';
import { optionValue } from './args.ts';
import { labelledReadings } from './audit62-marked.ts';
import { auditPages, panelUnits } from './audit70-shots.ts';

const P = REPORT_ALIGN;
type Verdict = 'right' | 'wrong' | 'unscored';
const count = { right: 0, wrong: 0, unscored: 0 };
const freed = { P: { right: 0, wrong: 0, unscored: 0 }, N: { right: 0, wrong: 0, unscored: 0 } };

/** "X, Y" ties of an article's text: name stems of two capitalised words joined by a comma (Y may be an abbreviation "Conn."). */
const tieCache = new Map<string, Array<[string, string, boolean]>>();
function ties(a: Article): Array<[string, string, boolean]> {
  let t = tieCache.get(a.id);
  if (t) return t;
  t = [];
  const text = a.units.map((u) => u.text).join(' ');
  for (const m of text.matchAll(/(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}-]*)(\.?)/gu)) {
    const x = names(m[1]!).map(stem)[0];
    const y = names(m[2]!)[0];
    if (x && y) t.push([x, m[3] ? y : stem(y), !!m[3]]);
  }
  tieCache.set(a.id, t);
  return t;
}
function tied(x: string, y: string, arts: Article[]): boolean {
  for (const a of arts) for (const [p, q, abbr] of ties(a)) {
    const qm = (n: string) => (abbr ? n.startsWith(q) : n === q);
    if ((p === x && qm(y)) || (p === y && qm(x))) return true;
  }
  return false;
}
/** Name stems of a unit that are capitalised only right after a sentence end inside the unit. */
function sentenceStartOnly(text: string, ns: Set<string>): string[] {
  const toks = tokens(text);
  const out: string[] = [];
  for (const n of ns) {
    const at = toks.filter((t) => stem(t.w) === n && /^\p{Lu}/u.test(t.raw));
    if (at.length && at.every((t) => /[.?!]["”’)]?\s+$/.test(text.slice(Math.max(0, t.start - 4), t.start)))) out.push(n);
  }
  return out;
}

type Reading = { name: string; read: Article; weighted: ReturnType<typeof weighAll>; related: Array<{ article: Article; weighted: ReturnType<typeof weighAll> }>; verdict: (a: number, relId: string, b: number) => Verdict };
/** `actorNames` exists with bench/disjoint82-sentence-start.patch applied; without it the units are not counted. */
const actorNames = (alignModule as { actorNames?: (f: UnitFeatures) => ReadonlySet<string> }).actorNames;
const seenUnits = new Set<string>();
const dropped: string[] = [];
let unitsRead = 0;
function census({ name, read, weighted, related, verdict }: Reading): void {
  for (const [art, ws] of [[read, weighted] as const, ...related.map((r) => [r.article, r.weighted] as const)]) {
    for (const w of ws) {
      const key = `${name} ${art.id}#${w.f.unit.i}`;
      if (seenUnits.has(key)) continue;
      seenUnits.add(key);
      unitsRead++;
      if (!actorNames) continue;
      const kept = actorNames(w.f);
      if (kept.size < w.f.names.size) dropped.push(`${key} drops ${[...w.f.names].filter((n) => !kept.has(n)).join('/')}: ${w.f.unit.text.slice(0, 160)}`);
    }
  }
  for (const rel of related) {
    const { ix, iy, ai, bi, S, actA, actB } = factMatrix(weighted, rel.weighted, P.wordBonus);
    if (!ai.length || !bi.length) continue;
    const rules = matrixRules(S, bi.length, P);
    const { rowTop, colTop } = rules;
    for (let x = 0; x < ai.length; x++) {
      for (let y = 0; y < bi.length; y++) {
        const { s, z, strong, mutual, oneSided } = rules.rule(x, y);
        const [rm] = rowTop[x]!;
        const [cm] = colTop[y]!;
        if (strong) continue;
        if (!mutual && !oneSided) continue;
        const [a, b] = [ai[x]!, bi[y]!];
        if (differentActors(a, actA[ix[x]!]!, b, actB[iy[y]!]!) || predicateVetoed(a, b, s, rules.cells, P.predicates)) continue;
        const fact = sameFact(a, b, P.model ?? SAME_FACT);
        if (fact.same || fact.probability < P.vetoBelow || !disjointActors(a.f, b.f)) continue;
        const v = verdict(a.f.unit.i, rel.article.id, b.f.unit.i);
        count[v]++;
        const pTie = [...a.f.names].some((n) => [...b.f.names].some((m) => tied(n, m, [read, rel.article])));
        const startA = sentenceStartOnly(a.f.unit.text, a.f.names);
        const startB = sentenceStartOnly(b.f.unit.text, b.f.names);
        const nFree = startA.length === a.f.names.size || startB.length === b.f.names.size;
        if (pTie) freed.P[v]++;
        if (nFree) freed.N[v]++;
        console.log(`${v.toUpperCase()} ${name} ${read.id}#${a.f.unit.i} / ${rel.article.id}#${b.f.unit.i}: s ${s.toFixed(3)} ${mutual ? 'mutual' : 'one-sided'} p ${fact.probability.toFixed(3)}${pTie ? ' P-tie' : ''}${nFree ? ' N-start' : ''}`);
        console.log(`   names ${[...a.f.names].join('/')} | ${[...b.f.names].join('/')}  start-only ${startA.join('/')} | ${startB.join('/')}`);
        console.log(`   A: ${a.f.unit.text.slice(0, 220)}`);
        console.log(`   B: ${b.f.unit.text.slice(0, 220)}`);
      }
    }
  }
}

const auditsArg = optionValue('--audits', process.argv.slice(2));
if (auditsArg) {
  for await (const { event, page, corpus } of auditPages(auditsArg.split(',').map(Number))) {
    const { weighted, related } = await panelUnits(page, corpus);
    census({ name: event, read: page, weighted, related, verdict: () => 'unscored' });
  }
} else {
  for await (const { name, gold, read, related, weighted } of labelledReadings()) {
    census({
      name, read, weighted, related,
      verdict: (a, relId, b) => {
        const fa = gold.factsOf(read.id, a);
        const fb = gold.factsOf(relId, b);
        return fa.size && fb.size ? ([...fa].some((f) => fb.has(f)) ? 'right' : 'wrong') : 'unscored';
      },
    });
  }
}
if (actorNames) console.log(`\nunits whose names lose a sentence-start word (actorNames): ${dropped.length} of ${unitsRead}`);
for (const d of dropped) console.log(`   ${d}`);
const line = (o: Record<Verdict, number>) => `${o.right} right / ${o.wrong} wrong / ${o.unscored} unscored`;
console.log(`\ndisjoint-names check alone refuses: ${line(count)}`);
console.log(`P (an "X, Y" tie in either article) would free: ${line(freed.P)}`);
console.log(`N (a unit's names all at a sentence start inside it) would free: ${line(freed.N)}`);
