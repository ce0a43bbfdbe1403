/**
 * twin79: twin78's test case (a mill fire, text written for the tests; bench/twin78-margin.patch) read as the report
 * builds it, with its alignment and its matrix printed: which path lists "Nobody was inside the building at the time."
 * under Shared (the alignment's edges) and under Left out (the coverage decision and the second-fact marks).
 *
 *   npx tsx bench/twin79-probe.ts
 */
import { readingAgainst } from '../tests/data/engine/report-against';
import { sentenceArticle } from '../tests/data/engine/sentence-article';
import { align, REPORT_ALIGN, factMatrix, floorsFor } from '../lib/engine/align';
const CHIEF = 'The fire chief said a short circuit in the basement wiring had started the blaze, which then spread to the upper floors.';
const CONFIRMED = 'Investigators later confirmed that faulty wiring below ground had started the blaze.';
const THERE = 'According to the chief, an electrical fault below ground sparked the flames, which climbed through the structure.';
const page = sentenceArticle('gazette', [
  'Firefighters were called to the old mill on Friday night after smoke was seen above the roof.',
  CHIEF, 'Nobody was inside the building at the time.', 'The mill had been empty since the textile company closed it in 2009.',
  CONFIRMED, 'The council plans to turn the site into flats.', 'Neighbours said they had long complained about the state of the building.',
]);
const other = sentenceArticle('tribune', [
  'A disused mill on the edge of town was badly damaged by fire late on Friday.', THERE,
  'Crews worked through the night to stop the flames reaching nearby houses.', 'Later, the street was reopened to traffic.',
  'Local schools will open as usual on Monday.', 'A road next to the mill remains closed.', "The town's football club won at the weekend.",
  'A new bakery opened on the high street.', 'Bus fares will rise in April.',
]);
const { report, related, weighted } = readingAgainst(page, [other]);
const al = align(weighted, related[0]!.weighted, REPORT_ALIGN);
console.log('matches', al.matches);
const m = factMatrix(weighted, related[0]!.weighted, REPORT_ALIGN.wordBonus);
console.log(floorsFor(REPORT_ALIGN, m.S.flat().length));
console.log(m.ai.map(w=>w.f.unit.i).join(' '), '|', m.bi.map(w=>w.f.unit.i).join(' '));
for (const r of m.S) console.log(r.map(x=>x.toFixed(3)).join(' '));
console.log('shared', report.shared.map(s=>[s.i, s.sources]));
console.log('left', report.leftOut.map(s=>[s.i, s.missingFrom, s.partly]));
console.log('added', report.added.map(s=>[s.sources, s.novel]));
console.log(JSON.stringify(report.related[0]!.units));
console.log(JSON.stringify(report.leftOut.find((l) => l.i === 2)), JSON.stringify(report.added.find((a) => a.sources[0]!.i === 6)));
