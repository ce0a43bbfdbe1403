/**
 * perf51: how many term look-ups a cold first compare makes in its unit IDFs (features.ts `Idf`), and of what kind:
 * a term string hashed and probed in a Map, or a 4-unit term probed by its code units (the branch's table, from a
 * string or from a unit's gram text with no string made). Counts, not times: the load does not move them. The browser
 * bench's corpus (bench/probe-corpus.ts), its probes compared once warm, then `--rounds` rounds of first compares (every
 * derived record forgotten, every article read handed over as a new object), as bench/perf49-alloc.ts.
 *
 *   ZYTE_HTML_DIR=… nice npx tsx bench/perf51-counts.ts [--size 20000] [--rounds 1]
 *
 * Wraps the Idf's methods of whichever lib it runs on: main's `id` and `weight` (each a Map look-up), or the branch's
 * `find` (a Map look-up unless the term is four units long) and `addGrams`; `addAll` / `addTerms` / `addGrams` count
 * the units and how many of them were counted into another Idf already.
 */
import { warmedProbes } from './probe-corpus.ts';
import { compareArticle } from '../lib/engine/index.ts';
import { forgetDerived, Idf } from '../lib/engine/features.ts';
import type { Article } from '../lib/types.ts';
import { optionValue } from './args.ts';

const args = process.argv.slice(2);
const size = Number(optionValue('--size', args) ?? 20_000);
const rounds = Number(optionValue('--rounds', args) ?? 1);
process.env.PARALLAX_CACHE ??= 'off';

const { index, byId, probes, fresh } = await warmedProbes(size);

const c = { map: 0, quadString: 0, quadText: 0, units: 0, again: 0 };
const seen = new WeakSet<object>();
const P = Idf.prototype as any;
const wrap = (name: string, f: (self: any, a: any[], orig: Function) => void): boolean => {
  const orig = P[name];
  if (typeof orig !== 'function') return false;
  P[name] = function (this: any, ...a: any[]) {
    f(this, a, orig);
    return orig.apply(this, a);
  };
  return true;
};
const branch = wrap('find', (_, [term]) => (term.length === 4 ? c.quadString++ : c.map++));
if (!branch) for (const name of ['id', 'weight']) wrap(name, () => c.map++);
const unit = (u: object) => {
  c.units++;
  if (seen.has(u)) c.again++;
  else seen.add(u);
};
wrap('addAll', (_, a) => {
  a[0] = [...a[0]];
  for (const v of a[0]) unit(v);
});
wrap('addTerms', (_, [terms]) => unit(terms));
// A unit's gram text is a string (no identity of its own): its windows are counted, the unit by its text.
const texts = new Set<string>();
wrap('addGrams', (_, [text]) => {
  c.units++;
  c.quadText += Math.max(0, text.length - 3);
  if (texts.has(text)) c.again++;
  else texts.add(text);
});

let compares = 0;
for (let r = 0; r < rounds; r++)
  for (const id of probes) {
    forgetDerived();
    texts.clear();
    await compareArticle(structuredClone(byId.get(id)! as Article), fresh);
    compares++;
  }
const per = (x: number) => (x / compares).toFixed(0);
console.log(`${compares} cold compares at ${size} (${branch ? 'lib with the 4-unit table' : 'lib with one Map'}), per compare:`);
console.log(`  term look-ups in a Map (a string hashed and probed): ${per(c.map)}`);
console.log(`  4-unit terms probed by their code units: ${per(c.quadString)} from a string, ${per(c.quadText)} from a unit's gram text (no string)`);
console.log(`  units counted: ${per(c.units)}, of them counted into another Idf already: ${per(c.again)}`);
