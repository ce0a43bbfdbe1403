/**
 * Why each added error of a labelled DEV set happens: for a wrongly added or missed added unit of a
 * related article, its aligned units in the article read (similarity), or its best candidates
 * (similarity, pair-decision probability, actors), and the second facts `novelDetails` finds.
 *   npx tsx bench/facts-debug.ts dnc [reading-prefix]
 * Held-out sets (europa, comey, tariffs, label7's) are refused: their errors are never read (meth is a
 * dev set since facts4, pompeo and caravan since facts6).
 */
import { loadCorpusDir } from '../cli/load.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { addedErrors, labelsOf, readingInputs, weighedByUnit } from './reading-inputs.ts';
import { sameFact, unitSimilarity } from '../lib/engine/align.ts';
import { foldedText, novelDetails } from '../lib/engine/report.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import type { Article } from '../lib/types.ts';

const [name, only] = process.argv.slice(2);
const DEV = ['seeds', 'harbor', 'doobie', 'plague', 'dnc', 'ukvisit', 'meth', 'pompeo', 'caravan'];
if (!name || !DEV.includes(name)) throw new Error(`a dev set: ${DEV.join(', ')} (held-out sets are refused)`);
const articles: Article[] = ['dnc', 'ukvisit', 'pompeo', 'caravan'].includes(name)
  ? loadNewsWclSet(name)!
  : (await loadCorpusDir(name === 'seeds' ? 'seeds' : `tests/data/engine/${name}`)).articles;
const { res: r } = labelsOf(name, articles);
const index = new MemoryIndex(articles);
const sh = (t: string) => t.slice(0, 90);
for (const x of articles) {
  if (only && !x.id.startsWith(only)) continue;
  const rep = await compareArticle(x, index);
  const { rel, fx, fr, idf } = await readingInputs(x, index);
  const { w: wx, a: ax } = weighedByUnit(fx, idf);
  const weighedRel = fr.map((f) => weighedByUnit(f, idf));
  for (const { R, k, u, pred, uu } of addedErrors(x, rep, rel, r)) {
    const { w: wr, a: ar } = weighedRel[k]!;
    console.log(`\n[${x.id.slice(0, 3)}] ${pred ? 'WRONGLY ADDED' : 'MISSED'} ${R.id.slice(0, 3)}#${u.i} fact=${uu.fact} facts=${[...r.factsOf(R.id, u.i)].join(',')} actor=${[...(ar.get(u.i) ?? [])].join(' ')}\n   "${sh(u.text)}"`);
    for (const m of uu.matches) console.log(`   aligned ${m} s=${unitSimilarity(wx.get(m)!, wr.get(u.i)!).toFixed(3)} p=${sameFact(wx.get(m)!, wr.get(u.i)!).probability.toFixed(2)} act=${[...(ax.get(m) ?? [])].join(' ')} "${sh(x.units[m]!.text)}" facts=${[...r.factsOf(x.id, m)].join(',')}`);
    if (uu.reworded) console.log(`   reworded ${uu.reworded}`);
    if (uu.matches.length || uu.reworded) console.log(`   novel: ${JSON.stringify(novelDetails(u.text, foldedText(x)))}`);
    else if (wr.get(u.i)) {
      const best = [...wx.values()].map((w) => ({ i: w.f.unit.i, s: unitSimilarity(w, wr.get(u.i)!) })).sort((p, q) => q.s - p.s).slice(0, 3);
      for (const b of best) console.log(`   cand ${b.i} s=${b.s.toFixed(3)} p=${sameFact(wx.get(b.i)!, wr.get(u.i)!).probability.toFixed(2)} act=${[...(ax.get(b.i) ?? [])].join(' ')} "${sh(x.units[b.i]!.text)}" facts=${[...r.factsOf(x.id, b.i)].join(',')}`);
    }
  }
}
