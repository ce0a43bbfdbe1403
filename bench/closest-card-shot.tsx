/**
 * A screenshot of the cards' closest-sentence lines (ui14), as the side panel draws them, in real
 * Chromium: the plague story (tests/data/engine/plague, real coverage by four outlets), each article
 * read in turn against the others; the reading whose top 5 added and left-out cards show the most
 * closest lines (lib/sidebar/view.ts CLOSEST_RULE). Drawn: the first 3 cards of Left out and of
 * Others added, with the closest lines opened (collapsed in the panel until the reader opens them).
 *   npx tsx bench/closest-card-shot.tsx [OUT.png]   (default docs/screenshots/closest-card.png)
 * Skips with a printed reason when Chromium is absent.
 */
import { AddedSection, LeftOutSection } from '../components/sidebar/Sections';
import { compareArticle, MemoryIndex } from '../lib/engine/index';
import { buildView } from '../lib/sidebar/view';
import { loadSet } from '../tests/data/engine/fixtures';
import { inertCallbacks, needChromium, shootSection } from './section-shot';

const out = process.argv[2] ?? 'docs/screenshots/closest-card.png';
const SHOWN = 3;
needChromium();
const articles = await loadSet('plague');
let best: { view: ReturnType<typeof buildView>; lines: number } | null = null;
for (const a of articles) {
  const view = buildView(await compareArticle(a, new MemoryIndex(articles.filter((b) => b !== a))));
  const lines = view.leftOut.slice(0, 5).reduce((n, c) => n + (c.closest?.length ?? 0), 0) + view.added.slice(0, 5).filter((c) => c.closest).length;
  if (!best || lines > best.lines) best = { view, lines };
}
const { view, lines } = best!;
await shootSection(
  <>
    <LeftOutSection items={view.leftOut.slice(0, SHOWN)} cb={inertCallbacks} />
    <AddedSection items={view.added.slice(0, SHOWN)} cb={inertCallbacks} />
  </>,
  out,
  200,
  'details.px-closest',
);
console.log(`${view.outlet}: ${lines} closest lines in the top 5 cards; drawn the first ${SHOWN} of each section → ${out}`);
for (const c of view.leftOut.slice(0, SHOWN)) console.log(`  left out: ${c.text.slice(0, 80)}\n    ${(c.closest ?? []).map((s) => `closest in ${s.source.name}: ${s.text.slice(0, 80)}`).join('\n    ') || '(no line)'}`);
for (const c of view.added.slice(0, SHOWN)) console.log(`  added: ${c.text.slice(0, 80)}\n    ${c.closest ? `closest here: ${c.closest.text.slice(0, 80)}` : '(no line)'}`);
