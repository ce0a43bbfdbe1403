/**
 * Conflicts rounds 16 and 17 (docs/notes/conf36.md): precision of the conflicts main reports on a source no conflict
 * rule was read on — PolNeAR's 1,028 US news articles on the 2016 campaign from seven outlets (bench/data/polnear.ts;
 * no licence stated, so nothing of the text is committed: rows keep ids, unit indices and a hash of the unit's first
 * 50 characters). Read as a reader's corpus is: each article against the articles of the other outlets published
 * within WINDOW_DAYS of it (a MemoryIndex of them), the engine deciding what is the same story. Every reported
 * conflict is one row (one per unit pair and kind, whichever article's reading reported it).
 *   Round 16: articles dated before 2016-06-01 (Nov 2015 – May 2016); round 17: from 2016-06-01 (June – Nov 2016).
 *   npx tsx bench/conf36-round.ts --round=16 --sheet SHEET.txt     the judging sheet (both units and the card's figures)
 *   npx tsx bench/conf36-round.ts --round=16                       score against bench/data/conflicts-round16-verdicts.txt
 * The sheet shows what the card shows (both sentences, the two figures or wordings), never the engine's reasons.
 * Verdict file: one line a row, "<hash-of-pair> true|false <reason>"; '#' lines are comments. A row is keyed by the
 * pair (not its number) so that a changed engine's reports are matched to the verdicts: a report with no verdict is
 * counted unjudged.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadPolnear, POLNEAR_GIT, type PolnearDoc } from './data/polnear.ts';
import { textHash, wilson } from './conflicts-data.ts';
import type { Article } from '../lib/types.ts';

export const WINDOW_DAYS = 2;
export const SPLIT_DATE = '2016-06-01';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const round = Number(arg('round') ?? 16);
const sheetAt = process.argv.indexOf('--sheet');
const sheetPath = sheetAt >= 0 ? process.argv[sheetAt + 1] : undefined;

if (!existsSync(POLNEAR_GIT)) {
  console.log(`skipped: PolNeAR mirror absent (${POLNEAR_GIT}; fetch github:networkdynamics/PolNeAR)`);
  process.exit(0);
}
const docs: PolnearDoc[] = (['train', 'dev', 'test'] as const).flatMap((c) => loadPolnear(c) ?? []);
const day = (a: Article) => Date.parse(`${(a.date ?? '').slice(0, 10)}T00:00:00Z`) / 86_400_000;
const inRound = (a: Article) => ((a.date ?? '').slice(0, 10) < SPLIT_DATE ? 16 : 17) === round;

export interface Row {
  key: string;
  kind: string;
  a: { id: string; i: number };
  b: { id: string; i: number };
  figures: string;
  ta: string;
  tb: string;
  /** The card as the panel shows it: its kind (number, money, date) and the check flag (--list only). */
  card?: string;
}

const rows = new Map<string, Row>();
const byId = new Map(docs.map((d) => [d.article.id, d]));
const dated = docs.filter((d) => Number.isFinite(day(d.article)));
let read = 0;
for (const d of dated) {
  if (!inRound(d.article)) continue;
  const t = day(d.article);
  const near = dated.filter((e) => e === d || (e.publisher !== d.publisher && Math.abs(day(e.article) - t) <= WINDOW_DAYS && inRound(e.article)));
  if (near.length < 2) continue;
  const report = await compareArticle(d.article, new MemoryIndex(near.map((e) => e.article)));
  read++;
  for (const c of report.conflicts) {
    const kind = c.kind === 'quote' ? 'quote' : 'figure';
    for (const there of c.there) {
      const a = { id: d.article.id, i: c.here.i };
      const [p, q] = `${a.id}#${a.i}` < `${there.id}#${there.i}` ? [a, { id: there.id, i: there.i }] : [{ id: there.id, i: there.i }, a];
      const ta = byId.get(p.id)!.article.units[p.i]!.text;
      const tb = byId.get(q.id)!.article.units[q.i]!.text;
      const key = textHash(`${kind} ${p.id}#${p.i}:${textHash(ta.slice(0, 50))} ${q.id}#${q.i}:${textHash(tb.slice(0, 50))}`);
      if (rows.has(key)) continue;
      const side = c.sides?.find((s) => s.id === there.id && s.i === there.i);
      const [x, y] = side ? (p.id === a.id ? [side.here, side.there] : [side.there, side.here]) : ['', ''];
      rows.set(key, { key, kind, a: p, b: q, figures: side ? `${x} ≠ ${y}` : '(see texts)', ta, tb, card: `${c.kind && c.kind !== kind ? `/${c.kind}` : ''}${c.check ? ' check' : ''}` });
    }
  }
}
const list = [...rows.values()].sort((r, s) => (r.key < s.key ? -1 : 1));
console.log(`round ${round}: ${read} articles read with another outlet within ${WINDOW_DAYS} days; ${list.length} reported conflicts (unit pairs × kind)`);

if (sheetPath) {
  writeFileSync(sheetPath, list.map((r, n) => `#${n + 1} ${r.key} ${r.kind}${r.card ?? ''}: ${r.figures}\n  A ${r.a.id}: ${r.ta}\n  B ${r.b.id}: ${r.tb}\n`).join('\n'));
  console.log(`sheet: ${sheetPath}`);
} else {
  const file = new URL(`./data/conflicts-round${round}-verdicts.txt`, import.meta.url);
  if (!existsSync(file)) {
    console.log(`no verdicts yet (${file.pathname})`);
    process.exit(0);
  }
  const verdicts = new Map<string, { ok: boolean; reason: string }>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{16}) (true|false) ?(.*)$/.exec(line);
    if (m) verdicts.set(m[1]!, { ok: m[2] === 'true', reason: m[3]! });
  }
  const judged = list.filter((r) => verdicts.has(r.key));
  const right = judged.filter((r) => verdicts.get(r.key)!.ok).length;
  const [lo, hi] = wilson(right, judged.length);
  const trueAll = [...verdicts.values()].filter((v) => v.ok).length;
  console.log(`reported ${list.length}, judged ${judged.length}, true ${right}, unjudged ${list.length - judged.length}: precision ${(right / Math.max(1, judged.length)).toFixed(2)} [${lo.toFixed(2)}, ${hi.toFixed(2)}]; true ones of the verdicts still reported ${right} of ${trueAll}`);
  for (const kind of ['figure', 'quote']) {
    const k = judged.filter((r) => r.kind === kind);
    console.log(`  ${kind}: ${k.length} judged, ${k.filter((r) => verdicts.get(r.key)!.ok).length} true`);
  }
  if (process.argv.includes('--list')) {
    for (const r of list) console.log(`[${verdicts.has(r.key) ? (verdicts.get(r.key)!.ok ? 'TRUE' : 'false') : '?'}] ${r.key} ${r.kind}${r.card ?? ''}: ${r.figures}  (${verdicts.get(r.key)?.reason ?? ''})`);
    const gone = [...verdicts.keys()].filter((k) => !rows.has(k));
    console.log(`judged rows no longer reported: ${gone.map((k) => `${k} ${verdicts.get(k)!.ok ? 'TRUE' : 'false'}`).join(', ') || 'none'}`);
  }
}

