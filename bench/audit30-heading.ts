/**
 * audit30 §5: how often the report's "headline repeated as the body's first line" rule (lib/engine/features.ts
 * reportFeatures: that line, the rest of its paragraph and a standfirst under it are not facts) fires on texts that
 * have no headline. Multi-News's sources as LongBench keeps them lost their headlines (bench/data/multinews.ts), so
 * the ingest derives each title from the first sentence, and the rule then finds that sentence "repeated". Counts
 * and ids only (research-use text: nothing printed but ids and numbers).
 *
 *   npx tsx bench/audit30-heading.ts          # the dev sets (where the rule was written) and Multi-News's dev half
 */
import { featuresOf, reportFeatures } from '../lib/engine/features.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { loadNewsWclSet } from '../tests/data/engine/newswcl.ts';
import { multiNewsArticles, multiNewsStories } from './data/multinews.ts';
import { multiNewsOrder, MN_PER_STORY } from './conflicts-data.ts';
import { isDev } from './audit30-cards.ts';
import type { Article } from '../lib/types.ts';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Units the rule takes out of the report's facts: the headline's paragraph from the headline on, and the next paragraph when it lost units too. */
function dropped(a: Article): { head: number; next: number } | null {
  const title = norm(a.title ?? '');
  const h = title ? a.units.find((u) => norm(u.text) === title) : undefined;
  if (!h) return null;
  const base = featuresOf(a);
  const rf = reportFeatures(a, base);
  let head = 0;
  let next = 0;
  rf.forEach((f, k) => {
    if (!base[k]!.fact || f.fact) return;
    if (f.unit.p === h.p && f.unit.i >= h.i) head++;
    else if (f.unit.p === h.p + 1) next++;
  });
  return { head, next };
}

function report(name: string, arts: Article[], ids = false) {
  let fired = 0;
  let units = 0;
  const list: string[] = [];
  for (const a of arts) {
    const d = dropped(a);
    if (!d || d.head + d.next === 0) continue;
    fired++;
    units += d.head + d.next;
    list.push(`${a.id}:${d.head}+${d.next}`);
  }
  console.log(`${name}: ${arts.length} articles, the rule fires on ${fired}, ${units} fact units dropped${ids ? ` (${list.join(' ')})` : ''}`);
}

for (const s of ['seeds', 'harbor', 'doobie', 'plague', 'meth'] as const) report(s, await loadSet(s));
for (const s of ['dnc', 'ukvisit', 'pompeo', 'caravan']) report(s, loadNewsWclSet(s) ?? [], true);
const mn = multiNewsStories();
if (mn) report('multinews dev half', multiNewsOrder(mn).filter((s) => isDev(s.id)).flatMap((s) => multiNewsArticles(s, MN_PER_STORY)), true);
