/**
 * A screenshot of the Conflicts section as the side panel draws it, on the seeds (real coverage of
 * one story: Bukele's offer, its translations and the figures outlets gave), in real Chromium.
 *   npx tsx bench/conflicts-card-shot.tsx [OUT.png]   (default docs/screenshots/conflicts-card.png)
 * One card of each kind (the first quote wording, the first figure). The section is rendered with the side panel's own component and style sheets (theme, sidebar,
 * trace) into a page 400 px wide. Skips with a printed reason when Chromium is absent.
 */
import { ConflictsSection } from '../components/sidebar/Sections';
import { buildView } from '../lib/sidebar/view';
import { loadGroups, readGroup } from './conflicts-data.ts';
import { inertCallbacks, needChromium, shootSection } from './section-shot';

const out = process.argv[2] ?? 'docs/screenshots/conflicts-card.png';
needChromium();
const seeds = (await loadGroups(() => undefined)).find((g) => g.name === 'seeds');
if (!seeds) {
  console.log('skipped: the seeds are absent');
  process.exit(0);
}
// The seed article whose report has the most conflicts, quote wording among them.
const readings = await readGroup(seeds);
const best = readings.filter((r) => r.report.conflicts.some((c) => c.kind === 'quote')).sort((x, y) => y.report.conflicts.length - x.report.conflicts.length)[0]!;
const view = buildView(best.report);

// One card of each kind: the first quote wording and the first figure.
const shown = [view.conflicts.find((c) => c.kind === 'quote'), view.conflicts.find((c) => c.kind !== 'quote')].filter((c) => c !== undefined);
await shootSection(<ConflictsSection items={shown} cb={inertCallbacks} />, out, 800);
console.log(`${best.article.outlet}: ${view.conflicts.length} conflicts (${view.conflicts.map((c) => c.kind ?? '?').join(', ')}) → ${out}`);
