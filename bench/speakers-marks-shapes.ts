/**
 * (marks47) How often the multi-sentence / multi-paragraph quotation convention occurs: per corpus, quoted spans whose opening
 * mark was never closed and was joined to a later closed pair in the same paragraph (`said: "A. "B."`), paragraphs left open,
 * and of those how many are followed by a paragraph opening with a mark (the print convention).
 *   ZYTE_HTML_DIR=… npx tsx bench/speakers-marks-shapes.ts
 */
import { pagesOf, type Source } from './speakers-data.ts';
import { markedSpans } from '../lib/quotes/marks.ts';
for (const src of ['bbc', 'zyte', 'multinews', 'gvc', 'l3s', 'polnear'] as Source[]) {
  const pages = pagesOf(src) ?? [];
  let paras = 0, inPara = 0, openEnd = 0, contNext = 0, spans = 0;
  for (const p of pages) {
    const t = p.article.text;
    const ps: Array<[number, number]> = [];
    let at = 0;
    for (const m of t.matchAll(/\n\s*\n/g)) { ps.push([at, m.index!]); at = m.index! + m[0].length; }
    ps.push([at, t.length]);
    let prevOpen = false;
    for (const [a, b] of ps) {
      paras++;
      const ss = markedSpans(t, a, b);
      spans += ss.length;
      // the convention inside a paragraph: a no-close repair merged into a later closed pair
      for (const s of ss) if (s.repaired === 'no-close' && s.close < b - 1) inPara++;
      const endsOpen = ss.some((s) => s.repaired === 'no-close' && s.close >= b - 1);
      if (endsOpen) openEnd++;
      if (prevOpen && /^\s*[“"]/.test(t.slice(a, a + 3))) contNext++;
      prevOpen = endsOpen;
    }
  }
  console.log(`${src}: ${pages.length} pages, ${spans} marked spans; open-each-sentence inside a paragraph ${inPara}; paragraph left open ${openEnd}, of which the next paragraph opens with a mark ${contNext}`);
}
