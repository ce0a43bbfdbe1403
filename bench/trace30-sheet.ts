/**
 * trace30 judging sheet (blind to the engine): for each drawn selection (bench/trace30-data.ts) and each other
 * article of its story, the 3 units with the highest plain content-word overlap with the selection and every quote
 * whose speaker shares the selection's speaker's last name. Printed to stdout (never committed: it holds the
 * sources' text). `--sel=S001,S002` prints some only; `--from=N --to=M` a range.
 *
 *   nice npx tsx bench/trace30-sheet.ts --from=1 --to=30 > /tmp/trace30-tmp/sheet1.txt
 *   nice npx tsx bench/trace30-sheet.ts --labels=/tmp/trace30-tmp/verdicts.txt > bench/data/trace30-labels.tsv
 *   --draw=trace31: trace31's fresh draw (bench/trace31-data.ts) instead; --draw=trace32: trace32's GVC draw;
 *   --draw=trace39: trace39's two-article stories (bench/trace39-data.ts; 5 passages an article, not 3: a retold
 *   quote shares fewer words with the selection than a copy); --draw=trace42: trace42's sealed draw (bench/trace42-data.ts,
 *   5 passages an article).
 */
import { readFileSync } from 'node:fs';
import { words } from '../lib/quotes/similarity.ts';
import type { Article } from '../lib/types.ts';
import { draw, loadStories } from './trace30-data.ts';
import { draw31, loadStories31 } from './trace31-data.ts';
import { draw32, loadStories32 } from './trace32-data.ts';
import { draw39, loadStories39 } from './trace39-data.ts';
import { draw42, loadStories42 } from './trace42-data.ts';

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const only = opt('sel')?.split(',');
const from = Number(opt('from') ?? 1);
const to = Number(opt('to') ?? 9999);

const STOP = new Set('the a an and or but of to in on at for with by from as is are was were be been it its this that these those he she they we you i his her their our not have has had will would said says'.split(' '));
const content = (s: string) => new Set(words(s).filter((w) => w.length > 2 && !STOP.has(w)));
const last = (s: string) => s.trim().split(/\s+/).pop()!.toLowerCase();

/** --labels=VERDICTS: the judge's verdicts (`S008 c=exact1 …`, one line a selection, `S001` alone: all no) → labels TSV on stdout. */
const LABELS = opt('labels');
const KINDS = ['exact', 'reworded', 'translated', 'reported', 'partial'];
const verdicts = new Map<string, Map<string, { kind: string; n: number }>>();
if (LABELS) {
  for (const line of readFileSync(LABELS, 'utf8').split('\n')) {
    const [sel, ...vs] = line.trim().split(/\s+/);
    if (!sel) continue;
    const m = new Map<string, { kind: string; n: number }>();
    for (const v of vs) {
      const r = /^([a-j])=([a-z]+)(\d+)$/.exec(v);
      if (!r || !KINDS.includes(r[2]!)) throw new Error(`bad verdict ${sel} ${v}`);
      m.set(r[1]!, { kind: r[2]!, n: Number(r[3]) });
    }
    verdicts.set(sel, m);
  }
}
const rows: string[] = ['sel\tsplit\tstory\tsrc\tstart\tend\tpartial\thash\ttarget\tverdict\tpstart\tpend'];

// --draw=trace31: trace31's fresh draw (T001…) instead of trace30's.
const T31 = opt('draw') === 'trace31';
const T32 = opt('draw') === 'trace32';
const T39 = opt('draw') === 'trace39';
const T42 = opt('draw') === 'trace42';
const TOP = T39 || T42 ? 5 : 3;
const s31 = T31 ? loadStories31() : T32 ? loadStories32() : T39 ? loadStories39() : T42 ? loadStories42() : null;
const stories = s31 ? s31.all : loadStories();
const byKey = new Map(stories.map((s) => [s.key, s]));
const sels = s31 ? (T42 ? draw42(s31.fresh) : T39 ? draw39(s31.fresh) : T32 ? draw32(s31.fresh) : draw31(s31.fresh)) : draw(stories);
const letters = 'abcdefghij';
for (const [k, s] of sels.entries()) {
  if (only ? !only.includes(s.sel) : k + 1 < from || k + 1 > to) continue;
  const story = byKey.get(s.story)!;
  const srcArt = story.articles.find((a) => a.id === s.src)!;
  const text = srcArt.text.slice(s.start, s.end);
  const cw = content(text);
  if (!LABELS) console.log(`\n=== ${s.sel} ${s.story} ${s.partial ? 'PARTIAL ' : ''}speaker=${s.speaker ?? '?'}\n  «${text.replace(/\s+/g, ' ')}»`);
  const others = story.articles.filter((a) => a.id !== s.src);
  others.forEach((a: Article, j) => {
    const scored = a.units.map((u) => {
      const w = content(u.text);
      let n = 0;
      for (const x of cw) if (w.has(x)) n++;
      return { u, n };
    });
    const top = scored.filter((x) => x.n > 0).sort((x, y) => y.n - x.n || x.u.i - y.u.i).slice(0, TOP);
    const same = s.speaker ? a.quotes.filter((q) => q.speaker && last(q.speaker) === last(s.speaker!)) : [];
    const shown = new Set(top.map((x) => x.u.i));
    const listed: Array<{ start: number; end: number }> = top.map((x) => ({ start: x.u.start, end: x.u.end }));
    if (!LABELS) console.log(`  [${letters[j]}] ${a.id}`);
    if (!LABELS) top.forEach((x, m) => console.log(`     ${m + 1} (${x.n}/${cw.size}) ${x.u.text.slice(0, 420)}`));
    let m = top.length;
    for (const q of same) {
      const u = a.units.find((x) => x.start <= q.start && q.start < x.end);
      if (u && shown.has(u.i)) continue;
      if (u) shown.add(u.i);
      listed.push(u ? { start: u.start, end: u.end } : { start: q.start, end: q.end });
      if (!LABELS) console.log(`     ${++m} (spk) ${(u?.text ?? q.text).slice(0, 420)}`);
    }
    if (LABELS) {
      const v = verdicts.get(s.sel)?.get(letters[j]!);
      const verdict = v?.kind ?? 'no';
      const at = v ? listed[v.n - 1] : undefined;
      if (v && !at) throw new Error(`${s.sel} ${letters[j]}: no passage ${v.n}`);
      rows.push([s.sel, s.split, s.story, s.src, s.start, s.end, s.partial ? 1 : 0, s.hash, a.id, verdict, at?.start ?? '', at?.end ?? ''].join('\t'));
    }
  });
}
if (LABELS) console.log(rows.join('\n'));
