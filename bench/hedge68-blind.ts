/**
 * hedge68: a blind sheet of the Left-out cards a change moves in or out of the dev card sheets' top 5
 * (docs/notes/hedge68.md §3). Every entering card no sheet judges, mixed with as many leaving cards (seeded draw; the
 * sheets judged them, so they calibrate the judge), shuffled, grouped by event, the arm not shown.
 *
 *   npx tsx bench/hedge68-blind.ts sheet MAIN.json BRANCH.json OUTDIR [--lea=N]  # OUTDIR/sheet.txt, OUTDIR/key.json
 *   npx tsx bench/hedge68-blind.ts score KEY.json [bench/data/hedge68-cards.tsv]   # R / P / W by arm; calibration
 *
 * (Commands, not flags: cards63-cards.ts, imported for its sheets, reads `--sheet` / `--score` from the same argv.)
 * Only the sheets that judge Left out count (PAC's judge Added only).
 *
 * MAIN / BRANCH are `bench/cards63-cards.ts --dump` files. Verdicts: bench/data/hedge68-cards.tsv (sheet, key, hash,
 * mark, cause, note: cards63's LATER format, read by `cards63-cards.ts --score`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Dumped } from './cards59-wns.ts';
import { pooledLabels, sheetFiles } from './cards63-cards.ts';

const argv = process.argv.slice(2);
const files = argv.slice(1).filter((a) => !a.startsWith('--'));
let seed = 68;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
const shuffle = <T>(xs: T[]) => {
  for (let k = xs.length - 1; k > 0; k--) {
    const j = Math.floor(rnd() * (k + 1));
    [xs[k], xs[j]] = [xs[j]!, xs[k]!];
  }
  return xs;
};
type Key = { card: string; arm: 'ent' | 'lea'; half: string; event: string; hash: string };

if (argv[0] === 'sheet') {
  const [mainF, brF, out] = files as [string, string, string];
  const main = JSON.parse(readFileSync(mainF, 'utf8')) as Dumped[];
  const br = new Map((JSON.parse(readFileSync(brF, 'utf8')) as Dumped[]).map((d) => [`${d.half}:${d.event}`, d]));
  const label = pooledLabels(sheetFiles());
  const ent: Array<[Dumped, Dumped['cards'][number]]> = [];
  const lea: typeof ent = [];
  const judged = new Set(main.filter((d) => d.cards.some((c) => c.section === 'L' && label.has(`${d.half}:${d.event}|${c.hash}`))).map((d) => d.half));
  for (const d of main.filter((x) => judged.has(x.half))) {
    const b = br.get(`${d.half}:${d.event}`)!;
    const m = new Set(d.cards.filter((c) => c.section === 'L').map((c) => c.hash));
    const q = new Set(b.cards.filter((c) => c.section === 'L').map((c) => c.hash));
    for (const c of b.cards) if (c.section === 'L' && !m.has(c.hash) && !label.has(`${d.half}:${d.event}|${c.hash}`)) ent.push([b, c]);
    for (const c of d.cards) if (c.section === 'L' && !q.has(c.hash)) lea.push([d, c]);
  }
  const n = Number(argv.find((a) => a.startsWith('--lea='))?.slice(6) ?? ent.length);
  const picked = shuffle([...ent.map((x) => ['ent', ...x] as const), ...shuffle(lea).slice(0, n).map((x) => ['lea', ...x] as const)]);
  const byEvent = new Map<string, typeof picked>();
  for (const p of picked) byEvent.set(`${p[1].half}:${p[1].event}`, [...(byEvent.get(`${p[1].half}:${p[1].event}`) ?? []), p]);
  const lines: string[] = [];
  const keys: Key[] = [];
  for (const [ev, ps] of [...byEvent].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const d = ps[0]![1];
    const page = d.articles.find((a) => ps[0]![2].told[0]!.startsWith(`${a.id}#`))!;
    const named = new Set(ps.flatMap((p) => p[2].notTold.map((x) => x.split(' ')[0]!)));
    lines.push(`\n==================== EVENT ${ev} — page ${page.id} (${page.outlet})`);
    for (const a of d.articles.filter((x) => named.has(x.id))) {
      lines.push(`-- ${a.id} ${a.outlet}`);
      for (const u of a.units) lines.push(`   [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
    }
    lines.push('-- CARDS TO JUDGE (LEFT OUT: the page tells it, the outlets named do not)');
    for (const [arm, , c] of ps) {
      const card = String(keys.length + 1).padStart(3, '0');
      lines.push(`  CARD ${card} ${c.told[0]} ${c.text}\n      said not told by ${c.notTold.join(', ')}`);
      keys.push({ card, arm, half: d.half, event: d.event, hash: c.hash });
    }
  }
  writeFileSync(`${out}/sheet.txt`, lines.join('\n') + '\n');
  writeFileSync(`${out}/key.json`, JSON.stringify(keys));
  console.log(`${ent.length} entering unjudged, ${lea.length} leaving (${Math.min(n, lea.length)} drawn): ${keys.length} cards, ${byEvent.size} events`);
} else if (argv[0] === 'score') {
  const keys = JSON.parse(readFileSync(files[0]!, 'utf8')) as Key[];
  const mine = new Map(readFileSync(files[1] ?? 'bench/data/hedge68-cards.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).map((x) => [x[1]!.split(':').pop()!, x[3]!]));
  const sheets = pooledLabels(sheetFiles());
  for (const arm of ['ent', 'lea'] as const) {
    const ks = keys.filter((k) => k.arm === arm);
    const t = (m: (k: Key) => string | undefined) => ['R', 'P', 'W'].map((x) => ks.filter((k) => m(k) === x).length);
    const [r, p, w] = t((k) => mine.get(k.card));
    console.log(`${arm} ${ks.length}: R ${r} P ${p} W ${w} — strict ${(r! / ks.length).toFixed(2)}, lenient ${((r! + p!) / ks.length).toFixed(2)}`);
    if (arm === 'lea') {
      const [sr, sp, sw] = t((k) => sheets.get(`${k.half}:${k.event}|${k.hash}`)?.mark);
      const same = ks.filter((k) => mine.get(k.card) === sheets.get(`${k.half}:${k.event}|${k.hash}`)?.mark).length;
      console.log(`  the sheets on the same cards: R ${sr} P ${sp} W ${sw}; same verdict on ${same} of ${ks.length}`);
    }
  }
}
