/**
 * Speaker samples from Utomo & Leu's Big9 news pages (bench/data/big9.ts: 360 pages, nine outlets, 2005–2017, gold
 * texts), a source no earlier speaker sample read (speak11).
 *
 *   npx tsx bench/speakers-big9.ts --draw big9     # judging sheet (the quote in its paragraphs; the engine's answer never shown)
 *
 * The draw: the direct quotes `extractQuotes` finds on every page (the function the trace view and the CLI read),
 * shuffled per outlet with seed 11 (mulberry32), at most one quote a page, 14 per outlet (126). Split by page before
 * anything is judged or scored: within each outlet's draw, the 1st, 3rd, 5th … quote's page goes to big9-dev, the
 * 2nd, 4th … to big9-sealed (one quote a page, so the halves share no page). Both halves are judged from the sheet
 * (tests/data/quotes/speakers-big9-{dev,sealed}.json: page, offset, judged name; no text) before either is scored.
 */
import { writeFileSync } from 'node:fs';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Quote } from '../lib/types.ts';
import { BIG9_GIT, loadBig9, type Big9Doc } from './data/big9.ts';
import { quoteContext } from './speakers-data.ts';
import { prng, shuffleInPlace } from '../tests/hostile/harness.ts'; // mulberry32, seeded

export const BIG9_DRAW = { seed: 11, perOutlet: 14 };

export function drawBig9(docs: Big9Doc[]): Array<{ doc: Big9Doc; q: Quote; half: 'dev' | 'sealed' }> {
  const rnd = prng(BIG9_DRAW.seed);
  const out: Array<{ doc: Big9Doc; q: Quote; half: 'dev' | 'sealed' }> = [];
  for (const outlet of [...new Set(docs.map((d) => d.outlet))].sort()) {
    const pool = docs.filter((d) => d.outlet === outlet).flatMap((doc) => extractQuotes(doc.article).filter((q) => q.kind === 'direct').map((q) => ({ doc, q })));
    shuffleInPlace(pool, rnd);
    const used = new Set<string>();
    let n = 0;
    for (const x of pool) {
      if (n >= BIG9_DRAW.perOutlet) break;
      if (used.has(x.doc.id)) continue;
      used.add(x.doc.id);
      out.push({ ...x, half: n % 2 === 0 ? 'dev' : 'sealed' });
      n++;
    }
  }
  return out;
}

const context = (doc: Big9Doc, q: Quote) => quoteContext(doc.article.text, q, 3, 1800);

const args = process.argv.slice(2);
if (args.includes('--draw')) {
  const docs = loadBig9();
  if (!docs) {
    console.log(`--draw: skipped, the Big9 mirror is absent (${BIG9_GIT}; fetch github:MSVCode/ir-research-data)`);
    process.exit(0);
  }
  const drawn = drawBig9(docs);
  const sk: Record<string, unknown[]> = { dev: [], sealed: [] };
  drawn.forEach(({ doc, q, half }, n) => {
    console.log(`#${n} [${half}] ${doc.id} (${doc.outlet}, ${doc.year}) @${q.start}\n  ${context(doc, q)}\n`);
    sk[half]!.push({ page: doc.id, start: q.start, prefix: '', speaker: '?' });
  });
  for (const half of ['dev', 'sealed']) writeFileSync(`/tmp/speakers-big9-${half}-skeleton.json`, JSON.stringify(sk[half], null, 1));
  console.log(`${drawn.length} quotes (${sk.dev!.length} dev, ${sk.sealed!.length} sealed); skeletons in /tmp/speakers-big9-{dev,sealed}-skeleton.json`);
}
