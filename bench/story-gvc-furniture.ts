/**
 * How much of GVC's dev recall gap is the crawl's page furniture (docs/notes/story29.md §4): a paragraph (≥ 40
 * characters, spaces folded) that articles of 3 or more different incidents carry word for word is furniture (station
 * boilerplate, sign-in widgets, app notices); an article is "mostly furniture" when such paragraphs are half of its
 * text or more. Reads the `missed` lines of `bench/story-gvc.ts --errors dev` (FILE) and prints the dev recall of the
 * pairs ≤ STORY_DAYS apart by whether either side is mostly furniture. Counts only; no text printed.
 *   npx tsx bench/story-gvc-furniture.ts FILE
 */
import { readFileSync } from 'node:fs';
import { daysApart, STORY_DAYS } from '../lib/engine/story.ts';
import { gvcItems, GVC_GIT, pickPerOutlet, type GvcItem } from './data/gvc.ts';
import { fnv1a } from './data/fnv.ts';

const file = process.argv[2];
const items = gvcItems();
if (!items || !file) {
  console.log(items ? 'usage: npx tsx bench/story-gvc-furniture.ts FILE (the output of bench/story-gvc.ts --errors dev)' : `skipped: mirror absent (${GVC_GIT})`);
  process.exit(0);
}
const paras = (it: GvcItem) =>
  it.content
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length >= 40);
const incidentsOf = new Map<string, Set<string>>();
for (const it of items) for (const p of paras(it)) (incidentsOf.get(p) ?? incidentsOf.set(p, new Set()).get(p)!).add(it.incident);
const idOf = (it: GvcItem) => `gvc-${it.incident}-${it.id.slice(0, 8)}`;
const byId = new Map(items.map((it) => [idOf(it), it]));
const furniture = (id: string) => {
  const it = byId.get(id)!;
  const ps = paras(it);
  const all = ps.reduce((s, p) => s + p.length, 0);
  const f = ps.filter((p) => incidentsOf.get(p)!.size >= 3).reduce((s, p) => s + p.length, 0);
  return all ? f / all : 1;
};
const lines = readFileSync(file, 'utf8').split('\n');
const missed = new Set<string>();
for (const l of lines) {
  const m = /^\s+missed (\S+) → (\S+?):/.exec(l);
  if (m) missed.add(`${m[1]} ${m[2]}`);
}
// The read picks (as bench/story-gvc.ts: dev split, FNV order, one per outlet, until 300 articles).
const fnv = fnv1a;
const by = new Map<string, GvcItem[]>();
for (const it of items) if (fnv(`gvc-${it.incident}`) % 2 === 0) by.set(it.incident, [...(by.get(it.incident) ?? []), it]);
const order = [...by].sort((a, b) => fnv(`gvc-${a[0]}`) - fnv(`gvc-${b[0]}`) || Number(a[0]) - Number(b[0]));
const read: GvcItem[][] = [];
let n = 0;
for (const [, list] of order) {
  const picked = pickPerOutlet(list);
  if (picked.length >= 2 && n < 300) {
    read.push(picked.slice(0, 4));
    n += Math.min(4, picked.length);
  }
}
const t = { clean: { n: 0, hit: 0 }, dirty: { n: 0, hit: 0 } };
let mostly = 0;
for (const group of read) {
  for (const a of group) if (furniture(idOf(a)) >= 0.5) mostly++;
  for (const a of group)
    for (const b of group) {
      if (a === b) continue;
      const d = daysApart(a.date, b.date);
      if (d === null || d > STORY_DAYS) continue;
      const k = furniture(idOf(a)) >= 0.5 || furniture(idOf(b)) >= 0.5 ? t.dirty : t.clean;
      k.n++;
      if (!missed.has(`${idOf(a)} ${idOf(b)}`)) k.hit++;
    }
}
console.log(`dev read articles ${n}, mostly furniture ${mostly}`);
console.log(`pairs ≤ ${STORY_DAYS} days apart: neither side mostly furniture ${t.clean.n}, recall ${(t.clean.hit / t.clean.n).toFixed(3)}; either side ${t.dirty.n}, recall ${(t.dirty.hit / t.dirty.n).toFixed(3)}`);
