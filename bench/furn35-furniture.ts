/**
 * furn35: which report units the furniture forms touch on dev data (docs/notes/furn35.md). Prints, per set, every unit
 * the story stage keeps as a fact (`isFactUnit`) that the report drops (`reportFeatures`), and every unit closing with an
 * embedded post's signature (`postSignatureLength`). Texts go to the terminal only (Multi-News, GVC: research use, read
 * at run time; nothing committed). Run on this branch and on main (a `git archive`) and diff the two outputs:
 *
 *   ZYTE_HTML_DIR=/work/shared/data/zyte-article-extraction/html nice npx tsx bench/furn35-furniture.ts [--sets=mn,gvc,facts] > /tmp/x.txt
 */
import { featuresOf, reportFeatures } from '../lib/engine/features.ts';
import { postSignatureLength } from '../lib/nlp/actors.ts';
import { factsDev, gvcDev, mnDev } from './furn31-repeats.ts';

const argv = process.argv.slice(2);
const SETS = (argv.find((a) => a.startsWith('--sets='))?.slice(7) ?? 'mn,gvc,facts').split(',');

for (const set of SETS) {
  const docs = set === 'mn' ? mnDev() : set === 'gvc' ? gvcDev() : set === 'facts' ? await factsDev() : null;
  if (!docs) {
    console.log(`${set}: no data`);
    continue;
  }
  let units = 0;
  let dropped = 0;
  let signed = 0;
  for (const d of docs) {
    const feats = featuresOf(d.article);
    const report = reportFeatures(d.article, feats);
    report.forEach((f, k) => {
      if (feats[k]!.fact) units++;
      if (feats[k]!.fact && !f.fact) (dropped++, console.log(`${set} DROP ${d.article.id}#${f.unit.i} ${f.unit.text.slice(0, 300)}`));
      if (postSignatureLength(f.unit.text) > 0) (signed++, console.log(`${set} SIGN ${d.article.id}#${f.unit.i}${f.fact ? '' : '(nf)'} ${f.unit.text.slice(0, 300)}`));
    });
  }
  console.log(`${set}: ${docs.length} articles, ${units} story-stage fact units, ${dropped} dropped by the report, ${signed} with a post signature`);
}
