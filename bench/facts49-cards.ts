/**
 * facts49: every "left out" decision and marked part that one switch changes — the clause check's actor test (lib/engine/report.ts
 * CLAUSE_ACTORS, --rule=actors, the default) or a clause splitter rule (lib/nlp/clauses.ts CLAUSE_RULES, --rule=NAME) — on the nine DEV sets, to read by eye: for each reading X, each unit of X reported left out by a related R with the
 * test on and not off (or the reverse), or whose marked parts differ; with the labels' verdict (the unit's facts that R's
 * labels do not hold: empty means R tells them all, so "left out" is wrong; a decision is scored as bench/eval.ts scores it, not
 * at all when an absent fact has a "loose" partner in R, facts51). Left out mirrors added on these sets (every
 * article is read in turn), so this reads both directions.   npx tsx bench/facts49-cards.ts [--rule=actors|group|union|dualParticiple] [--without=embedded,subjectComma] [--sets=dnc,pompeo]
 */
import { compareArticle } from '../lib/engine/index.ts';
import { CLAUSE_ACTORS } from '../lib/engine/report.ts';
import { GROUP_SUBJECT, REPORT_ALIGN } from '../lib/engine/align.ts';
import { CLAUSE_RULES } from '../lib/nlp/clauses.ts';
import type { Report } from '../lib/types.ts';
import { DEV_SETS, labelledSet } from './facts-causes.ts';

// --rule=actors (report.ts CLAUSE_ACTORS) or a switch of lib/nlp/clauses.ts CLAUSE_RULES.
const rule = process.argv.find((a) => a.startsWith('--rule='))?.slice(7) ?? 'actors';
// --rule=group: align.ts GROUP_SUBJECT (facts50: a name joined to an unnamed party is no one actor).
// --rule=union: align.ts REPORT_ALIGN.union (facts7's check of a fact told over two neighbouring units, off in the report).
const sw: Record<string, boolean> =
  rule === 'actors' ? (CLAUSE_ACTORS as Record<string, boolean>)
  : rule === 'group' ? (GROUP_SUBJECT as Record<string, boolean>)
  : rule === 'union' ? (REPORT_ALIGN as unknown as Record<string, boolean>)
  : (CLAUSE_RULES as Record<string, boolean>);
const key = rule === 'actors' || rule === 'group' ? 'on' : rule;
if (rule === 'union') REPORT_ALIGN.union ??= false;
if (!(key in sw)) throw new Error(`no rule ${rule}`);
// --without=embedded,subjectComma: these CLAUSE_RULES switches off in both arms (to read one rule on main's behaviour of the others).
for (const w of process.argv.find((a) => a.startsWith('--without='))?.slice(10).split(',') ?? []) {
  if (w in CLAUSE_RULES) (CLAUSE_RULES as Record<string, boolean>)[w] = false;
  else throw new Error(`no switch ${w}`);
}
const sets = process.argv.find((a) => a.startsWith('--sets='))?.slice(7).split(',') ?? DEV_SETS;
for (const s of sets) if (!DEV_SETS.includes(s)) throw new Error(`${s}: not a dev set`);
const sh = (t: string) => t.replace(/\s+/g, ' ');
/** unit i → missing-from id → marked text ('' = whole sentence). */
function leftOut(rep: Report): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of rep.leftOut) {
    for (const id of l.missingFrom) {
      const part = l.partly?.find((p) => p.id === id);
      out.set(`${l.i}|${id}`, part ? part.novel.map((s) => l.text.slice(s.start, s.end)).join(' … ') : '');
    }
  }
  return out;
}
let fixed = 0;
let broken = 0;
let unscored = 0;
let moved = 0;
for (const name of sets) {
  const set = await labelledSet(name);
  if (!set) continue;
  const { articles, r, index } = set;
  for (const x of articles) {
    const was = sw[key]!;
    sw[key] = false;
    const off = leftOut(await compareArticle(x, index));
    sw[key] = true;
    const on = leftOut(await compareArticle(x, index));
    sw[key] = was;
    for (const key of new Set([...off.keys(), ...on.keys()])) {
      if (off.get(key) === on.get(key)) continue;
      const [i, id] = key.split('|');
      const u = x.units[Number(i)]!;
      const there = r.factsIn(id!);
      const absent = [...r.factsOf(x.id, u.i)].filter((f) => !there.has(f));
      const nowOut = on.has(key);
      // The labels' answer as bench/eval.ts scores it: null when the absent facts have a loose partner there (not scored).
      const gold = r.missing(x.id, u.i, id!);
      if (off.has(key) !== nowOut) gold === null ? unscored++ : nowOut === gold ? fixed++ : broken++;
      else moved++;
      console.log(`[${name} ${x.id.slice(0, 4)}#${i} missing from ${id!.slice(0, 4)}] ${off.has(key) ? 'left out' : 'told'} → ${nowOut ? 'left out' : 'told'}; labels: absent [${absent.join(',')}]${gold === null ? ' (loose partner there: not scored)' : ''}${r.isNonfact(x.id, u.i) ? ' NONFACT' : ''}`);
      console.log(`   "${sh(u.text)}"`);
      console.log(`   marked off: ${JSON.stringify(off.get(key) ?? null)}\n   marked on:  ${JSON.stringify(on.get(key) ?? null)}`);
    }
  }
}
console.log(`decisions fixed ${fixed}, made wrong ${broken}, changed but not scored (loose labels) ${unscored}; marked parts changed on the same decision ${moved}`);
