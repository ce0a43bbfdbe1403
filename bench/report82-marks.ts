/**
 * report82: what a change of the marks moves on every panel audit's readings (audits 70–81, their `LOADERS`, each page
 * against the corpus the panel relates it from) — every card (Added, Left out) whose marks differ between two readings of
 * the engine, with both sets of marked words. The two readings are two values of the bench switch REPORT82 (read by
 * lib/engine/report.ts at call time; bench/report82-switch.patch puts it back on the shipped tree).
 *
 *   ZYTE_HTML_DIR= npx tsx bench/report82-marks.ts --from '' --to B [--audits 70,71,74,75,77,78,79,80,81]
 *
 * Multi-News and GVC texts are not redistributable: everything goes to stdout, nothing is written.
 */
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import type { Report } from '../lib/types.ts';
import { optionValue } from './args.ts';
import { auditPages } from './audit70-shots.ts';

const argv = process.argv.slice(2);
const audits = (optionValue('--audits', argv) ?? '70,71,74,75,77,78,79,80,81').split(',').map(Number);
const from = optionValue('--from', argv) ?? '';
const to = optionValue('--to', argv) ?? 'B';

const marksOf = (r: Report) => {
  const out = new Map<string, string[]>();
  for (const [s, list] of [['A', r.added], ['L', r.leftOut]] as const)
    for (const f of list) out.set(`${s}\t${f.text}`, (f.novel ?? []).map((x) => f.text.slice(x.start, x.end)));
  return out;
};
let readings = 0;
let cards = 0;
let marked = 0;
let changed = 0;
for await (const { audit, event, page, corpus } of auditPages(audits)) {
  readings++;
  process.env.REPORT82 = from;
  const a = marksOf(await compareArticle(page, new MemoryIndex(corpus)));
  process.env.REPORT82 = to;
  const b = marksOf(await compareArticle(page, new MemoryIndex(corpus)));
  for (const [k, m] of a) {
    cards++;
    if (m.length) marked++;
    const n = b.get(k);
    if (n && JSON.stringify(n) === JSON.stringify(m)) continue;
    changed++;
    console.log(`a${audit}:${event}\t${k.slice(0, 1)}\t«${m.join('» «')}» → ${n ? `«${n.join('» «')}»` : '(gone)'}\t${k.slice(2, 260)}`);
  }
}
console.log(`${readings} readings, ${cards} added/left-out cards, ${marked} marked; marks changed on ${changed} (REPORT82=${from} → ${to})`);
