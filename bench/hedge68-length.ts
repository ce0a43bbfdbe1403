/**
 * hedge68: does `contained` (rank.ts) still grow with the length of the page it is read on, once function words are
 * dropped? (docs/notes/hedge68.md §4.) Reads a `bench/cards63-cards.ts --dump` file (texts stay in /tmp).
 *
 *   npx tsx bench/hedge68-length.ts DUMP.json
 *
 * Per band of the other article's units: (1) a null — the share of a sentence of *another* reading (seeded draw, 40
 * per article) found on the page, all stems against content stems; (2) the dev sheets' judged top-5 Left-out cards, per
 * outlet said to lack the whole sentence: mean share for R cards (truly absent) and for reworded ones (W / P `reword`).
 * A length-robust share keeps the null and the R cards flat across bands.
 */
import { readFileSync } from 'node:fs';
import { contained } from '../lib/engine/rank.ts';
import { stems } from '../lib/nlp/index.ts';
import type { Dumped } from './cards59-wns.ts';
import { pooledLabels, sheetFiles } from './cards63-cards.ts';

const dumps = JSON.parse(readFileSync(process.argv.slice(2).find((a) => a.endsWith('.json'))!, 'utf8')) as Dumped[];
const label = pooledLabels(sheetFiles());
const BANDS = [0, 15, 30, 60, 1e9];
const band = (n: number) => BANDS.findIndex((b, k) => n >= b && n < BANDS[k + 1]!);
const name = (k: number) => (BANDS[k + 1]! > 1e8 ? `${BANDS[k]}+` : `${BANDS[k]}–${BANDS[k + 1]! - 1}`);
/** The share of `text`'s distinct stems in `there` with function words kept (main's `contained` before hedge68). */
const allShare = (text: string, there: ReadonlySet<string>) => {
  const want = new Set(stems(text));
  return want.size ? [...want].filter((w) => there.has(w)).length / want.size : 0;
};
type Acc = { n: number; all: number; cont: number };
const add = (m: Map<string, Acc>, key: string, text: string, there: ReadonlySet<string>) => {
  const a = m.get(key) ?? { n: 0, all: 0, cont: 0 };
  a.n++;
  a.all += allShare(text, there);
  a.cont += contained(text, there);
  m.set(key, a);
};
let seed = 68;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const pool = dumps.flatMap((d) => d.articles.flatMap((a) => a.units.filter((u) => u.fact !== false).map((u) => ({ event: d.event, text: u.text }))));
const acc = new Map<string, Acc>();
const pages = new Set<string>();
for (const d of dumps) {
  const words = new Map(d.articles.map((a) => [a.id, { n: a.units.length, there: new Set(a.units.flatMap((u) => stems(u.text))) }]));
  for (const a of d.articles) {
    if (pages.has(a.id)) continue;
    pages.add(a.id);
    const w = words.get(a.id)!;
    for (let k = 0; k < 40; k++) {
      let s = pool[Math.floor(rnd() * pool.length)]!;
      while (s.event === d.event) s = pool[Math.floor(rnd() * pool.length)]!;
      add(acc, `null ${band(w.n)}`, s.text, w.there);
    }
  }
  for (const c of d.cards.filter((x) => x.section === 'L')) {
    const l = label.get(`${d.half}:${d.event}|${c.hash}`);
    if (!l) continue;
    const cls = l.mark === 'R' ? 'R' : /reword/.test(l.cause) ? 'reword' : null;
    if (!cls) continue;
    for (const id of c.notTold.filter((x) => !x.includes(' (only'))) {
      const w = words.get(id);
      if (w) add(acc, `${cls} ${band(w.n)}`, c.text, w.there);
    }
  }
}
const f3 = (x: number) => x.toFixed(3);
console.log('band (units of the page) | null: n, all stems, content stems | R outlets: n, all, content | reword outlets: n, all, content');
for (let k = 0; k + 1 < BANDS.length; k++) {
  const cell = (c: string) => {
    const a = acc.get(`${c} ${k}`);
    return a ? `${a.n}, ${f3(a.all / a.n)}, ${f3(a.cont / a.n)}` : '—';
  };
  console.log(`${name(k)} | ${cell('null')} | ${cell('R')} | ${cell('reword')}`);
}
