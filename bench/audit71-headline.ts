/**
 * audit71: how often the report's headline rule (lib/engine/features.ts reportFeatures: the body's line equal to the
 * title, "the rest of its paragraph", and the next paragraph of one or two units as a standfirst) drops facts beyond the
 * repeated title line itself, on pages read as the panel reads them (a title, no "no headline found" warning): the zyte
 * pages (real HTML and headlines), the 8 BASIL and 4 NewsWCL50 dev sets, GVC dev and Multi-News dev (whose titles the
 * loaders derive from the first sentence; served to the panel as headlines: mn46's page, docs/notes/audit71.md §4).
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/audit71-headline.ts [--show]
 */
import { featuresOf, reportFeatures } from '../lib/engine/features';
import { NO_HEADLINE } from '../lib/ingest/warnings';
import { loadZyte } from '../tests/data/engine/fixtures';
import { loadBasilSet } from '../tests/data/engine/basil-sets';
import { loadNewsWclSet } from '../tests/data/engine/newswcl';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import type { Article } from '../lib/types';

const show = process.argv.includes('--show');
const titled = (a: Article): Article => ({ ...a, warnings: a.warnings?.filter((w) => !w.startsWith(NO_HEADLINE)) });
const sources: Record<string, Article[]> = {
  zyte: loadZyte(),
  basil: ['hunter', 'buzzfeed', 'putin', 'wikileaks', 'muellerreport', 'lieberman', 'hr1', 'schiff'].flatMap((s) => loadBasilSet(`basil-${s}`) ?? []),
  newswcl: ['pompeo', 'dnc', 'ukvisit', 'caravan'].flatMap((s) => loadNewsWclSet(s) ?? []),
  gvc: [...new Map(gvcReadings(10_000).flatMap((r) => r.own).map((a) => [a.id, a])).values()],
  mn: [...new Map(mnReadings(10_000, 'dev').flatMap((r) => r.own).map((a) => [a.id, a])).values()],
};
for (const [name, articles] of Object.entries(sources)) {
  let repeated = 0;
  let dropping = 0;
  let dropped = 0;
  for (const raw of articles) {
    const a = titled(raw);
    const feats = featuresOf(a);
    const read = reportFeatures(a, feats);
    // The facts the report drops that lie in the first two paragraphs (the headline's and the next), the title line itself aside.
    const title = (a.title ?? '').trim();
    const lost = feats.filter((f, k) => f.fact && !read[k]!.fact && f.unit.p <= 1 && f.unit.text.trim() !== title && f.unit.text.trim().replace(/[.!?]$/, '') !== title.replace(/[.!?]$/, ''));
    const head = feats.some((f) => f.unit.p <= 1 && f.unit.text.trim().replace(/[.!?]$/, '') === title.replace(/[.!?]$/, ''));
    if (head) repeated++;
    if (head && lost.length) {
      dropping++;
      dropped += lost.length;
      if (show) console.log(`  ${name} ${a.id}: «${title.slice(0, 60)}» drops ${lost.map((f) => `#${f.unit.i} ${f.unit.text.slice(0, 70)}`).join(' | ')}`);
    }
  }
  console.log(`${name}: ${articles.length} articles, ${repeated} repeat the title as a body line, ${dropping} lose ${dropped} more fact units with it`);
}
