/**
 * twin79: in card-sheet dumps (bench/cards63-cards.ts --dump, top 5 of each section per reading), the cards whose marks
 * cover the whole sentence: Left-out cards ("(only «…»)" over every letter) and Added cards. Marks are only ever given to
 * a sentence aligned with the marked outlet's (report.ts: the second-fact spans), so such a card's sentence is also
 * listed under a Shared card, whether or not that card is in the dump's top 5. Also how many Left-out top-5 cards are
 * also Shared top-5 cards (both sections, any reason).
 *
 *   npx tsx bench/twin79-sheets.ts DUMP.json [DUMP2.json…]
 */
import { readFileSync } from 'node:fs';
import type { Dumped } from './cards59-wns.ts';

const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '');
for (const file of process.argv.slice(2)) {
  const dumps = JSON.parse(readFileSync(file, 'utf8')) as Dumped[];
  let both = 0;
  const whole: string[] = [];
  for (const d of dumps) {
    const shared = d.cards.filter((c) => c.section === 'S');
    for (const c of d.cards) {
      if (c.section === 'L') {
        if (shared.some((x) => x.text === c.text)) both++;
        for (const n of c.notTold) {
          const m = /^(\S+) \(only «(.*)»\)$/s.exec(n);
          if (m && letters(m[2]!) === letters(c.text)) whole.push(`${d.half} ${d.event} L ${c.hash} × ${m[1]}: ${c.text.slice(0, 80)}`);
        }
      } else if (c.section === 'A' && c.marked.length && letters(c.marked.join('')) === letters(c.text)) {
        whole.push(`${d.half} ${d.event} A ${c.hash} ${c.told[0]}: ${c.text.slice(0, 80)}`);
      }
    }
  }
  console.log(`${file}: ${dumps.length} readings; Left-out top-5 cards also Shared top-5: ${both}; marked whole: ${whole.length}`);
  for (const w of whole) console.log(`  ${w}`);
}
