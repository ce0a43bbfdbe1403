/**
 * audit80: which headlines the caption rule moves (docs/notes/audit80.md §5). A text with no headline takes a short first
 * line with no full stop as its headline, else derives one from its first body line (lib/ingest/article.ts); a picture's
 * label, credit or caption ("Image copyright Getty Images Image caption …") was taken either way. Run once on main's tree
 * and once on the branch's, the second compares: every article whose title, text or warnings differ, listed.
 *
 *   npx tsx bench/audit80-titles.ts --out /tmp/audit80/titles-main.json              # on main's tree
 *   npx tsx bench/audit80-titles.ts --against /tmp/audit80/titles-main.json [--list]  # on the branch's
 *
 * Sources: the 17 dev sets, the card sheets' readings, the panel audits' events (bench/unit-sources.ts), then every
 * Multi-News and GVC dev reading (bench/audit30-cards.ts, audit29-cards.ts), each article once. Never a held set. Texts
 * are not redistributable: the JSON (titles, text hashes) stays in /tmp, titles go to stdout only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { NO_HEADLINE } from '../lib/ingest/warnings.ts';
import { optionValue } from './args.ts';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { sourceArticles, unitSources, type UnitSource } from './unit-sources.ts';

type Row = { source: string; title: string; derived: boolean; hash: string; units: number };
const argv = process.argv.slice(2);
const out = optionValue('--out', argv);
const against = optionValue('--against', argv);
const sources: UnitSource[] = [
  ...unitSources([70, 71, 74, 75, 77, 78, 79, 80]),
  ['Multi-News dev (every reading)', async () => mnReadings(10_000, 'dev').flatMap((r) => r.own)],
  ['GVC dev (every reading)', async () => gvcReadings(10_000).flatMap((r) => r.own)],
];
const rows: Record<string, Row> = {};
for await (const [name, articles] of sourceArticles(sources)) {
  for (const a of articles) {
    const derived = a.warnings?.some((w) => w.startsWith(NO_HEADLINE)) ?? false;
    rows[a.id] = { source: name, title: a.title, derived, hash: a.hash, units: a.units.length };
  }
}
if (out) writeFileSync(out, JSON.stringify(rows));
if (against) {
  const base = JSON.parse(readFileSync(against, 'utf8')) as Record<string, Row>;
  const per: Record<string, { articles: number; derived: number; moved: string[] }> = {};
  for (const [id, r] of Object.entries(rows)) {
    const s = (per[r.source] ??= { articles: 0, derived: 0, moved: [] });
    s.articles++;
    if (r.derived) s.derived++;
    const b = base[id];
    if (!b) s.moved.push(`${id}: not in the base`);
    else if (b.title !== r.title || b.hash !== r.hash || b.derived !== r.derived)
      s.moved.push(`${id}: "${b.title}"${b.derived ? ' (derived)' : ''} → "${r.title}"${r.derived ? ' (derived)' : ''}; units ${b.units} → ${r.units}${b.hash === r.hash ? '' : ', text changed'}`);
  }
  let all = 0;
  for (const [name, s] of Object.entries(per)) {
    console.log(`${name}: ${s.articles} articles, ${s.derived} titles derived on the branch, ${s.moved.length} moved`);
    if (argv.includes('--list')) for (const m of s.moved) console.log(`  ${m}`);
    all += s.moved.length;
  }
  console.log(`all: ${Object.keys(rows).length} articles, ${all} moved`);
}
