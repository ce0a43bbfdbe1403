/**
 * twin79: one pair of sentences, one verdict (lib/engine/report.ts `partMarks`). When the alignment pairs a sentence with
 * the other outlet's sentence, the Shared card lists that outlet as telling it; a Left-out or Added card that then marks
 * the whole sentence as "the part missing" says the outlet lacks all of what it tells. Such a card now marks nothing: the
 * outlet tells it in part, no part marked (both72's convention); who leaves it out and what is added are unchanged.
 * twin78's case (a mill fire, text written for the tests) and the doobie dev set's Rolling Stone reading (on main its
 * tour-announcement sentence was Shared with cleveland.com and marked missing from it whole).
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import type { NovelSpan, Report } from '../../lib/types';
import { byPrefix, loadSet } from '../data/engine/fixtures';
import { reportAgainst } from '../data/engine/report-against';
import { sentenceArticle } from '../data/engine/sentence-article';

const NOBODY = 'Nobody was inside the building at the time.';
const page = sentenceArticle('gazette', [
  'Firefighters were called to the old mill on Friday night after smoke was seen above the roof.',
  'The fire chief said a short circuit in the basement wiring had started the blaze, which then spread to the upper floors.',
  NOBODY,
  'The mill had been empty since the textile company closed it in 2009.',
  'Investigators later confirmed that faulty wiring below ground had started the blaze.',
  'The council plans to turn the site into flats.',
  'Neighbours said they had long complained about the state of the building.',
]);
const other = sentenceArticle('tribune', [
  'A disused mill on the edge of town was badly damaged by fire late on Friday.',
  'According to the chief, an electrical fault below ground sparked the flames, which climbed through the structure.',
  'Crews worked through the night to stop the flames reaching nearby houses.',
  'Later, the street was reopened to traffic.',
  'Local schools will open as usual on Monday.',
  'A road next to the mill remains closed.',
  "The town's football club won at the weekend.",
  'A new bakery opened on the high street.',
  'Bus fares will rise in April.',
]);

/** Every letter and digit of the text lies inside the marks. */
const all = (text: string, marks: readonly NovelSpan[]) => marks.length > 0 && [...text].every((c, k) => !/[\p{L}\p{N}]/u.test(c) || marks.some((s) => s.start <= k && k < s.end));

/** The (sentence, outlet) pairs a Shared card lists and a Left-out or Added card marks missing whole. */
function twoVerdicts(r: Report): string[] {
  const out: string[] = [];
  for (const l of r.leftOut) {
    const listed = new Set(r.shared.find((s) => s.i === l.i)?.sources.map((s) => s.id) ?? []);
    for (const p of l.partly ?? []) if (listed.has(p.id) && all(l.text, p.novel)) out.push(`left out ${r.article.id}#${l.i} × ${p.id}`);
  }
  const shown = new Set(r.shared.flatMap((s) => s.sources.map((x) => `${x.id}#${x.i}`)));
  for (const a of r.added) if (shown.has(`${a.sources[0]!.id}#${a.sources[0]!.i}`) && all(a.text, a.novel ?? [])) out.push(`added ${a.sources[0]!.id}#${a.sources[0]!.i}`);
  return out;
}

describe('a sentence the Shared card lists another outlet as telling is never marked missing from it whole', () => {
  it('the mill fire: the page’s sentence and the other’s are paired, and neither card marks the whole', () => {
    const r = reportAgainst(page, [other]);
    expect(r.shared.find((s) => s.text === NOBODY)?.sources.map((s) => s.id)).toEqual(['tribune']);
    const card = r.leftOut.find((l) => l.text === NOBODY)!;
    expect(card.missingFrom).toEqual(['tribune']); // the verdict facts F1 reads is kept
    expect(card.partly).toEqual([{ id: 'tribune', novel: [] }]); // told in part, no part marked
    expect(card.novel).toBeUndefined();
    expect(twoVerdicts(r)).toEqual([]);
  });

  it('doobie (dev): no reading has such a card', async () => {
    const articles = await loadSet('doobie');
    const index = new MemoryIndex(articles);
    const found: string[] = [];
    for (const a of articles) found.push(...twoVerdicts(await compareArticle(a, index)));
    expect(found).toEqual([]);
    // The case this guards: Rolling Stone's tour announcement, Shared with cleveland.com, is still left out by it in part.
    const r = await compareArticle(byPrefix(articles, 'd3_'), index);
    const card = r.leftOut.find((l) => l.i === 2)!;
    expect(card.partly?.find((p) => p.id.startsWith('d1_'))?.novel).toEqual([]);
  });
});
