/**
 * A reader's audit of the report on ECB+ (CC BY 3.0; bench/data/ecbplus.ts): for one event, the
 * first article (by id) is read against a corpus holding the event's next PER articles, every article
 * of the topic's other event and the seeds — the report a reader would see, printed with every
 * article's text so each card can be judged against the texts (docs/notes/audit14.md).
 *
 *   npx tsx bench/audit14-cards.ts 1b 3b …         # events; odd topics = audit-dev, even = audit-held
 *   npx tsx bench/audit14-cards.ts --top=5 1b       # cards shown per section (the sidebar's top 5; default 5)
 *
 * Prints, per reading: the related articles (score, relation), the text of each, then the top cards of
 * Added / Left out / Shared and every conflict, each with a key `E:section:rank` for the sheet.
 */
import { existsSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet } from '../tests/data/engine/fixtures.ts';
import { ECB_GIT } from './data/ecbplus.ts';
import { auditReading, ecbEvents } from './audit14-data.ts';
import type { Article } from '../lib/types.ts';

const PER = 4;
const argv = process.argv.slice(2);
const top = Number(argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 5);
/** `--closest`: under each added / left-out card, the nearest sentence the report gives (ui14: `closest`), with its similarity. */
const showClosest = argv.includes('--closest');
const events = argv.filter((a) => !a.startsWith('--'));
if (!existsSync(ECB_GIT)) {
  console.log(`ECB+ skipped: mirror absent (${ECB_GIT}; fetch github:cltl/ECB-parser)`);
  process.exit(0);
}
const byStory = ecbEvents();
for (const l of byStory.values()) l.sort((a, b) => (a.id < b.id ? -1 : 1));
const seeds = await loadSet('seeds');
const clip = (s: string, n = 260) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
/** The card's text with the parts it marks as new between « ». */
const marked = (f: { text: string; novel?: Array<{ start: number; end: number }> }) => {
  if (!f.novel?.length) return f.text;
  let out = '';
  let at = 0;
  for (const s of f.novel) out += f.text.slice(at, s.start) + '«' + f.text.slice(s.start, s.end) + '»', (at = s.end);
  return out + f.text.slice(at);
};

for (const ev of events) {
  const reading = auditReading(byStory, ev, seeds, PER);
  if (!reading) {
    console.log(`== ${ev}: fewer than 2 articles`);
    continue;
  }
  const { read, own, corpus } = reading;
  const r = await compareArticle(read, new MemoryIndex(corpus));
  const name = new Map(r.related.map((a) => [a.id, a.outlet ?? a.id]));
  console.log(`\n==================== ${ev} reading ${read.id} (${read.outlet ?? '?'}): ${read.title}`);
  for (const u of r.article.units) console.log(`  [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
  console.log(`-- related (${r.related.length}; own event in corpus: ${own.slice(1).map((a) => a.id).join(' ')})`);
  for (const a of r.related) {
    console.log(`  ${a.score.toFixed(2)} ${a.relation}${a.copyOf ? ' copyOf ' + a.copyOf : ''} ${a.id} ${a.outlet ?? ''} copied ${a.copied.ofThis.toFixed(2)}/${a.copied.ofThat.toFixed(2)}: ${a.title}`);
    for (const u of a.units) console.log(`     [${u.i}]${u.fact === false ? '(nf)' : ''}${u.matches.length ? ' ~' + u.matches.join(',') : ''}${u.reworded?.length ? ' rw' + u.reworded.join(',') : ''} ${u.text}`);
  }
  const unitOf = (id: string, i: number) => (id === r.article.id ? r.article.units : r.related.find((a) => a.id === id)?.units ?? [])[i]?.text ?? '';
  console.log(`-- ADDED (${r.added.length})`);
  r.added.slice(0, top).forEach((f, k) => {
    console.log(`  ${ev}:A:${k + 1} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      in ${f.sources.map((s) => `${s.id}#${s.i}`).join(', ')}${f.why ? ' why: ' + f.why : ''}`);
    if (showClosest && f.closest) console.log(`      closest here #${f.closest.i} (${f.closest.s.toFixed(3)}): ${clip(unitOf(r.article.id, f.closest.i), 200)}`);
  });
  console.log(`-- LEFT OUT (${r.leftOut.length})`);
  r.leftOut.slice(0, top).forEach((f, k) => {
    console.log(`  ${ev}:L:${k + 1} #${f.i} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      missing from ${f.missingFrom.join(', ')}${f.partly && f.partly.length < f.missingFrom.length ? ` (only marked parts: ${f.partly.map((p) => p.id).join(', ')})` : ''}${f.why ? ' why: ' + f.why : ''}`);
    if (showClosest) for (const c of f.closest ?? []) console.log(`      closest in ${c.id} #${c.i} (${c.s.toFixed(3)}): ${clip(unitOf(c.id, c.i), 200)}`);
  });
  console.log(`-- SHARED (${r.shared.length})`);
  r.shared.slice(0, top).forEach((f, k) =>
    console.log(`  ${ev}:S:${k + 1} #${f.i} [${f.count}/${f.total}] ${clip(f.text, 140)}\n      with ${f.sources.map((s) => `${s.id}#${s.i}${s.told ? '(' + s.told + ')' : ''}`).join(', ')}`),
  );
  console.log(`-- CONFLICTS (${r.conflicts.length})`);
  r.conflicts.forEach((c, k) => {
    console.log(`  ${ev}:C:${k + 1} ${c.about}\n      here #${c.here.i}: ${clip(c.here.text)}`);
    for (const t of c.there) console.log(`      ${t.id}#${t.i}: ${clip(t.text)}`);
  });
  void name;
}
