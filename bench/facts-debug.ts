/**
 * Why each added error of a labelled DEV set happens: for a wrongly added or missed added unit of a
 * related article, its aligned units in the article read (similarity), or its best candidates
 * (similarity, pair-decision probability, actors), and the second facts `novelDetails` finds.
 *   npx tsx bench/facts-debug.ts dnc [reading-prefix]
 * Held-out sets (europa, comey, tariffs, label7's) are refused: their errors are never read (meth is a
 * dev set since facts4, pompeo and caravan since facts6).
 */
import { readFileSync } from 'node:fs';
import { loadCorpusDir } from '../cli/load.ts';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { weighAll } from '../lib/engine/story.ts';
import { readingInputs } from './reading-inputs.ts';
import { actorsOf, sameFact, unitSimilarity } from '../lib/engine/align.ts';
import { foldedText, novelDetails } from '../lib/engine/report.ts';
import { Resolved, type Labels } from '../tests/data/engine/eval.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import type { Article } from '../lib/types.ts';

const [name, only] = process.argv.slice(2);
const DEV = ['seeds', 'harbor', 'doobie', 'plague', 'dnc', 'ukvisit', 'meth', 'pompeo', 'caravan'];
if (!name || !DEV.includes(name)) throw new Error(`a dev set: ${DEV.join(', ')} (held-out sets are refused)`);
const articles: Article[] = ['dnc', 'ukvisit', 'pompeo', 'caravan'].includes(name)
  ? loadNewsWclSet(name)!
  : (await loadCorpusDir(name === 'seeds' ? 'seeds' : `tests/data/engine/${name}`)).articles;
const labels = JSON.parse(readFileSync(`tests/data/engine/${name}-labels.json`, 'utf8')) as Labels;
const r = new Resolved(labels, articles);
const index = new MemoryIndex(articles);
const sh = (t: string) => t.slice(0, 90);
for (const x of articles) {
  if (only && !x.id.startsWith(only)) continue;
  const rep = await compareArticle(x, index);
  const { rel, fx, fr, idf } = await readingInputs(x, index);
  const wxl = weighAll(fx, idf);
  const axl = actorsOf(wxl);
  // weighAll keeps fact units only: index them by unit number.
  const wx: Record<number, (typeof wxl)[number]> = {};
  const ax: Record<number, Set<string> | null> = {};
  wxl.forEach((w, k) => ((wx[w.f.unit.i] = w), (ax[w.f.unit.i] = axl[k]!)));
  const added = new Set(rep.added.flatMap((a) => a.sources.map((s) => `${s.id}#${s.i}`)));
  rel.forEach((R, k) => {
    const wrl = weighAll(fr[k]!, idf);
    const arl = actorsOf(wrl);
    const wr: Record<number, (typeof wrl)[number]> = {};
    const ar: Record<number, Set<string> | null> = {};
    wrl.forEach((w, q) => ((wr[w.f.unit.i] = w), (ar[w.f.unit.i] = arl[q]!)));
    const ru = rep.related.find((q) => q.id === R.id)!;
    for (const u of R.units) {
      const gold = r.missing(R.id, u.i, x.id);
      if (gold === null) continue;
      const pred = added.has(`${R.id}#${u.i}`);
      if (gold === pred) continue;
      const uu = ru.units[u.i]!;
      console.log(`\n[${x.id.slice(0, 3)}] ${pred ? 'WRONGLY ADDED' : 'MISSED'} ${R.id.slice(0, 3)}#${u.i} fact=${uu.fact} facts=${[...r.factsOf(R.id, u.i)].join(',')} actor=${[...(ar[u.i] ?? [])].join(' ')}\n   "${sh(u.text)}"`);
      for (const m of uu.matches) console.log(`   aligned ${m} s=${unitSimilarity(wx[m]!, wr[u.i]!).toFixed(3)} p=${sameFact(wx[m]!, wr[u.i]!).probability.toFixed(2)} act=${[...(ax[m] ?? [])].join(' ')} "${sh(x.units[m]!.text)}" facts=${[...r.factsOf(x.id, m)].join(',')}`);
      if (uu.reworded) console.log(`   reworded ${uu.reworded}`);
      if (uu.matches.length || uu.reworded) console.log(`   novel: ${JSON.stringify(novelDetails(u.text, foldedText(x)))}`);
      else if (wr[u.i]) {
        const best = Object.values(wx).map((w) => ({ i: w.f.unit.i, s: unitSimilarity(w, wr[u.i]!) })).sort((p, q) => q.s - p.s).slice(0, 3);
        for (const b of best) console.log(`   cand ${b.i} s=${b.s.toFixed(3)} p=${sameFact(wx[b.i]!, wr[u.i]!).probability.toFixed(2)} act=${[...(ax[b.i] ?? [])].join(' ')} "${sh(x.units[b.i]!.text)}" facts=${[...r.factsOf(x.id, b.i)].join(',')}`);
      }
    }
  });
}
