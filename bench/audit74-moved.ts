/**
 * audit74: which earlier panel-audit readings the harness's headline artifact moved (docs/notes/audit71.md §4,
 * audit74.md §2). Before audit74 the harness served — and before f116a1e3 also imported — an article whose title the
 * loader derived from its first sentence (Multi-News texts) with that title as a headline, so the report read the
 * page's first sentence as a headline and dropped the rest of its paragraph and the next one. Each audit's readings
 * (the card-sheet protocol's, on the panel's corpus: audit70-shots `panelReadings`) are dumped twice — every article
 * read with its title as a headline (the old harness), and as the loader gives it (the harness now) — and their top-5
 * cards compared, section by section.
 *
 *   ZYTE_HTML_DIR= npx tsx bench/audit74-moved.ts [--compare]    # --compare: the last run's dumps only
 *
 * The card sheets (bench/cards63-cards.ts) read the loaders' articles directly, their warnings kept: none of their
 * readings went through the harness. Texts stay in /tmp.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { featuresOf, reportFeatures } from '../lib/engine/features';
import { NO_HEADLINE, titleDerived } from '../lib/ingest/warnings';
import type { Article } from '../lib/types';
import { LOADERS as A70, panelReadings } from './audit70-shots.ts';
import { LOADERS as A71 } from './audit71-shots.ts';
import { dump, type Dumped } from './cards59-wns.ts';

const titled = (a: Article): Article => ({ ...a, warnings: a.warnings?.filter((w) => !w.startsWith(NO_HEADLINE)) });
const tmp = process.env.TMPDIR ?? '/tmp';
const HALVES = { a70: A70, a71: A71 };
const file = (half: string, arm: string) => `${tmp}/audit74-moved-${half}-${arm}.json`;
const events = (loaders: Record<string, () => Article[] | null>) =>
  Object.entries(loaders).flatMap(([name, load]) => {
    const articles = load();
    return articles ? [{ name, articles }] : [];
  });
/** The report's facts of an event's articles (features.ts keeps an article's derived record by id, title and text, not
 * by its warnings: each arm runs in a process of its own). */
const facts = (as: Article[]) => as.reduce((t, a) => t + reportFeatures(a, featuresOf(a)).filter((f) => f.fact).length, 0);

const arm = process.argv.find((a) => a.startsWith('--arm='))?.slice(6);
if (arm) {
  const counts: Record<string, number> = {};
  for (const [half, loaders] of Object.entries(HALVES)) {
    const evs = events(loaders).map((e) => ({ name: e.name, articles: e.articles.map(arm === 'old' ? titled : (a: Article) => a) }));
    for (const e of evs) counts[`${half} ${e.name}`] = facts(e.articles);
    await dump(file(half, arm), panelReadings(evs, half));
  }
  writeFileSync(file('facts', arm), JSON.stringify(counts));
} else {
  if (!process.argv.includes('--compare')) for (const a of ['old', 'now']) execFileSync('npx', ['tsx', process.argv[1]!, `--arm=${a}`], { stdio: 'inherit' });
  const read = <T>(f: string) => JSON.parse(readFileSync(f, 'utf8')) as T;
  const [fo, fn] = [read<Record<string, number>>(file('facts', 'old')), read<Record<string, number>>(file('facts', 'now'))];
  for (const [half, loaders] of Object.entries(HALVES)) {
    const [olds, nows] = [read<Dumped[]>(file(half, 'old')), read<Dumped[]>(file(half, 'now'))];
    const evs = events(loaders);
    for (const old of olds) {
      const now = nows.find((d) => d.event === old.event)!;
      const derived = evs.find((e) => e.name === old.event)!.articles.filter(titleDerived).length;
      const moved = (['A', 'L', 'S'] as const).map((s) => {
        const texts = (d: Dumped) => d.cards.filter((c) => c.section === s).map((c) => c.text);
        const [o, n] = [texts(old), texts(now)];
        const out = o.filter((t) => !n.includes(t)).length;
        const remarked = old.cards.filter((c) => c.section === s && now.cards.some((x) => x.section === s && x.text === c.text && x.marked.join('|') !== c.marked.join('|'))).length;
        return `${s} ${out} of ${o.length} out${out === 0 && o.join('\n') !== n.join('\n') ? ' (order)' : ''}${remarked ? `, ${remarked} marked otherwise` : ''}`;
      });
      const key = `${half} ${old.event}`;
      console.log(`${key}: ${derived} derived titles; the event's report facts ${fo[key]} → ${fn[key]}; top 5 ${moved.join(', ')}`);
      for (const c of now.cards.filter((c) => !old.cards.some((x) => x.section === c.section && x.text === c.text))) console.log(`    in  ${c.section}:${c.rank} ${c.text.slice(0, 110)}`);
      for (const c of old.cards.filter((c) => !now.cards.some((x) => x.section === c.section && x.text === c.text))) console.log(`    out ${c.section}:${c.rank} ${c.text.slice(0, 110)}`);
      for (const c of now.cards.filter((c) => old.cards.some((x) => x.section === c.section && x.text === c.text && x.marked.join('|') !== c.marked.join('|'))))
        console.log(`    marks ${c.section}:${c.rank} ${c.text.slice(0, 80)}: «${old.cards.find((x) => x.section === c.section && x.text === c.text)!.marked.join(' … ')}» → «${c.marked.join(' … ')}»`);
    }
  }
}
