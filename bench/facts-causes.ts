/**
 * The errors of the labelled DEV sets, grouped by cause (docs/notes/facts6.md). Each error is one
 * (reading X, related R, unit u of R) in the added direction (left out mirrors it on these sets: every
 * article is read in turn). The cause is read from the labels of u and of the units the engine placed
 * it with, never from the engine's own reasons:
 *
 *   wrongly added (all of u's facts are in X, the report adds u):
 *     nonfact          u is labelled a non-fact, the report counts it as a fact
 *     second-false     u is aligned / reworded, and a "second fact" was found that X tells
 *     union            u is free; u's facts are in X, but no single unit of X holds them all
 *     paraphrase       u is free; one unit of X holds all its facts (its rank in u's row and similarity printed)
 *   missed added (some fact of u is absent from X, the report does not add u):
 *     engine-nonfact   the report calls u a non-fact
 *     other-fact       u is aligned / reworded only to units none of whose facts u states
 *     second-missed    u shares a fact with its counterpart, and carries another that X lacks
 *
 *   npx tsx bench/facts-causes.ts [--sets=dnc,pompeo] [--list] [--words]
 * --list prints every error with its counterpart(s); --words prints, for other-fact pairs, the stems
 * the two units share with their story weight (share of the story's articles and units that use them).
 * Held-out sets (europa, comey, tariffs, label7's) are refused.
 */
import { loadCorpusDir } from '../cli/load.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { addedErrors, labelsOf, readingInputs, weighedByUnit } from './reading-inputs.ts';
import { differentActors, REPORT_ALIGN, unitSimilarity } from '../lib/engine/align.ts';
import { CLAUSE_TO_CLAUSE_RAISE } from '../lib/engine/fitted/align.ts';
import { foldedText, novelDetails } from '../lib/engine/report.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { loadBasilSet } from '../tests/data/engine/basil-sets.ts';
import type { Article } from '../lib/types.ts';
import { applySynonymArg } from './facts-synonym-arg.ts';
import { applyMeasuresArg } from './facts-figures.ts';
import { STANDFIRST } from '../lib/engine/features.ts';

export const DEV_SETS = ['seeds', 'harbor', 'doobie', 'plague', 'dnc', 'ukvisit', 'meth', 'pompeo', 'caravan'];
/** BASIL dev sets (label53: HuffPost / NYT / Fox on one US political event, the held sets' kind): read only when named
 * (--sets=…), so the default reading stays the nine sets above. */
/** The BASIL dev sets, one labelling per event (basil-release and basil-donjr are second labellings: label53b.md). */
export const BASIL_DEV_SETS = ['basil-hunter', 'basil-buzzfeed', 'basil-putin', 'basil-wikileaks', 'basil-muellerreport', 'basil-lieberman', 'basil-hr1', 'basil-schiff'];
export const BASIL_SECOND_LABELLINGS = ['basil-release', 'basil-donjr'];
const NEWSWCL = ['dnc', 'ukvisit', 'pompeo', 'caravan'];
const arg = (k: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const list = process.argv.includes('--list');
const words = process.argv.includes('--words');
// --clauses=off|MIN,strong|mutual: the report's clause check for this run (as bench/eval.ts --clauses).
const unionArg = arg('union');
if (unionArg === 'off') delete REPORT_ALIGN.union;
else if (unionArg === 'on') REPORT_ALIGN.union = true;
const clauseArg = arg('clauses');
if (clauseArg === 'off') delete REPORT_ALIGN.clauses;
else if (clauseArg) {
  const [minContent, floor, fresh, minCells] = clauseArg.split(',');
  REPORT_ALIGN.clauses = { minContent: Number(minContent), floor: floor === 'strong' ? 'strong' : 'mutual', fresh: Number(fresh ?? 0), ...(minCells ? { minCells: Number(minCells) } : {}) };
}

// --clause-against=units|on|RAISE: the clause check compares a clause with whole units there only (shipped), or with their
// clauses too at the floor + CLAUSE_TO_CLAUSE_RAISE (on) or + RAISE (align.ts ClauseTold.againstClauses, facts16), for this run only.
const againstArg = process.argv.find((a) => a.startsWith('--clause-against='))?.slice(17);
if (againstArg && REPORT_ALIGN.clauses) {
  const { againstClauses: _, ...rest } = REPORT_ALIGN.clauses;
  REPORT_ALIGN.clauses = againstArg === 'units' ? rest : { ...rest, againstClauses: againstArg === 'on' ? CLAUSE_TO_CLAUSE_RAISE : Number(againstArg) };
}

// --synonyms=CUT[,WEIGHT]: WordNet synonyms in the report's unit similarity (bench/facts-synonym-arg.ts).
await applySynonymArg();
applyMeasuresArg();
const standfirstArg = arg('standfirst');
if (standfirstArg !== undefined) STANDFIRST.maxUnits = Number(standfirstArg);

export async function loadSet(name: string): Promise<Article[] | null> {
  if (NEWSWCL.includes(name)) return loadNewsWclSet(name);
  if (BASIL_DEV_SETS.includes(name)) return loadBasilSet(name);
  return (await loadCorpusDir(name === 'seeds' ? 'seeds' : `tests/data/engine/${name}`)).articles;
}

const CAUSES = ['nonfact', 'second-false', 'union', 'paraphrase', 'engine-nonfact', 'other-fact', 'second-missed'] as const;
type Cause = (typeof CAUSES)[number];
const sh = (t: string) => t.replace(/\s+/g, ' ').slice(0, 110);

/** A dev set's articles, resolved labels and index; null, said on stdout, when its texts are absent. */
export async function labelledSet(name: string) {
  const articles = await loadSet(name);
  if (!articles) {
    console.log(`${name}: skipped (texts absent)`);
    return null;
  }
  return { articles, r: labelsOf(name, articles).res, index: new MemoryIndex(articles) };
}

/**
 * Every article of the given labelled sets read against its set: the set (name, labels, index), the article and its
 * report. Sets whose texts are absent are skipped.
 */
export async function* reportsOf(sets: string[]) {
  for (const name of sets) {
    const set = await labelledSet(name);
    if (!set) continue;
    for (const x of set.articles) yield { name, r: set.r, index: set.index, x, rep: await compareArticle(x, set.index) };
  }
}

/** `reportsOf` with what each report read (`readingInputs`). */
export async function* readingsOf(sets: string[]) {
  for await (const one of reportsOf(sets)) yield { ...one, ...(await readingInputs(one.x, one.index)) };
}

async function main(sets: string[]): Promise<void> {
for (const s of sets) if (!DEV_SETS.includes(s) && !BASIL_DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set (held-out errors are never read)`);
const table: Record<string, Record<Cause, number>> = {};
for (const name of sets) {
  const set = await labelledSet(name);
  if (!set) continue;
  const { articles, r, index } = set;
  const row = (table[name] = Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>);
  for (const x of articles) {
    const rep = await compareArticle(x, index);
    const { rel, fx, fr, idf } = await readingInputs(x, index);
    const { w: wx, a: ax } = weighedByUnit(fx, idf);
    // Story weight of a stem: share of the story's articles using it, and of its fact units.
    const story = [fx, ...fr];
    const artUse = new Map<string, number>();
    const unitUse = new Map<string, number>();
    let nUnits = 0;
    for (const fs of story) {
      const seen = new Set<string>();
      for (const f of fs) {
        if (!f.fact) continue;
        nUnits++;
        for (const s of new Set(f.lex)) (unitUse.set(s, (unitUse.get(s) ?? 0) + 1), seen.add(s));
      }
      for (const s of seen) artUse.set(s, (artUse.get(s) ?? 0) + 1);
    }
    const factsX = r.factsIn(x.id);
    const weighedRel = fr.map((f) => weighedByUnit(f, idf));
    for (const { R, k, u, pred, uu } of addedErrors(x, rep, rel, r)) {
      const { w: wr, a: ar } = weighedRel[k]!;
      const placed = [...uu.matches, ...(uu.reworded ?? [])];
      const fu = r.factsOf(R.id, u.i);
      let cause: Cause;
      let detail = '';
      if (pred) {
        if (r.isNonfact(R.id, u.i)) cause = 'nonfact';
        else if (placed.length) {
          cause = 'second-false';
          detail = `novel ${JSON.stringify(novelDetails(u.text, foldedText(x)))}`;
        } else {
          const holders = x.units.filter((v) => [...fu].every((f) => r.factsOf(x.id, v.i).has(f)));
          if (holders.length === 0) {
            cause = 'union';
            detail = [...fu].map((f) => `${f}: ${x.units.filter((v) => r.factsOf(x.id, v.i).has(f)).map((v) => v.i).join('/')}`).join('; ');
          } else {
            cause = 'paraphrase';
            const w = wr.get(u.i);
            if (w) {
              const row = [...wx.values()].map((v) => ({ i: v.f.unit.i, s: unitSimilarity(v, w) })).sort((p, q) => q.s - p.s);
              const best = holders.map((h) => ({ h, rank: row.findIndex((e) => e.i === h.i) + 1, s: row.find((e) => e.i === h.i)?.s ?? 0 })).sort((p, q) => p.rank - q.rank)[0]!;
              const act = wx.get(best.h.i) ? differentActors(w, ar.get(u.i)!, wx.get(best.h.i)!, ax.get(best.h.i)!) : false;
              detail = `gold ${best.h.i} rank ${best.rank} s=${best.s.toFixed(3)} (top s=${row[0]?.s.toFixed(3)})${act ? ' ACTORS-VETO' : ''} | "${sh(best.h.text)}"`;
            }
          }
        }
      } else {
        if (!uu.fact) cause = 'engine-nonfact';
        else {
          const shared = placed.some((m) => [...fu].some((f) => r.factsOf(x.id, m).has(f)));
          cause = shared ? 'second-missed' : 'other-fact';
          const absent = [...fu].filter((f) => !factsX.has(f));
          detail = `absent [${absent.join(',')}] placed ${placed.map((m) => `${m}${uu.reworded?.includes(m) ? 'r' : ''} s=${wx.get(m) && wr.get(u.i) ? unitSimilarity(wx.get(m)!, wr.get(u.i)!).toFixed(3) : '?'} "${sh(x.units[m]!.text)}"`).join(' | ')}`;
          if (words && cause === 'other-fact' && wr.get(u.i)) {
            for (const m of placed) {
              const a = wr.get(u.i)!.f.lex;
              const b = new Set(wx.get(m)?.f.lex ?? []);
              const common = [...new Set(a.filter((s) => b.has(s)))];
              detail += `\n      shared: ${common.map((s) => `${s}(${artUse.get(s)}/${story.length} art, ${(((unitUse.get(s) ?? 0) / nUnits) * 100).toFixed(0)}% units)`).join(' ')}`;
            }
          }
        }
      }
      row[cause]++;
      if (list) console.log(`[${name} ${x.id.slice(0, 3)}<-${R.id.slice(0, 3)}#${u.i}] ${cause} facts=${[...fu].join(',')}\n   "${sh(u.text)}"\n   ${detail}`);
    }
  }
}
console.log(`\n| set | ${CAUSES.join(' | ')} | errors |\n|---|${CAUSES.map(() => '---|').join('')}---|`);
const tot = Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>;
for (const [name, row] of Object.entries(table)) {
  CAUSES.forEach((c) => (tot[c] += row[c]));
  console.log(`| ${name} | ${CAUSES.map((c) => row[c]).join(' | ')} | ${CAUSES.reduce((s, c) => s + row[c], 0)} |`);
}
console.log(`| **all** | ${CAUSES.map((c) => tot[c]).join(' | ')} | ${CAUSES.reduce((s, c) => s + tot[c], 0)} |`);
}

if (process.argv[1]?.endsWith('facts-causes.ts')) await main(arg('sets')?.split(',') ?? DEV_SETS);
