/**
 * audit30: a card audit on national and world news — Multi-News's dev half (bench/data/multinews.ts, LongBench's 200
 * test stories; research use only: nothing of the text is committed, the sheet keys cards by story, rank and a hash).
 * docs/notes/audit30.md. The same tool as bench/audit29-cards.ts (its cardsOf and hashes), on another source.
 *
 *   npx tsx bench/audit30-cards.ts --plan              # the readings the rule picks (ids and counts only, no text)
 *   npx tsx bench/audit30-cards.ts > /tmp/x.txt        # print the readings to judge (texts: keep out of the repo)
 *   npx tsx bench/audit30-cards.ts --score             # precision per section from bench/data/audit30-cards.tsv
 *   npx tsx bench/audit30-cards.ts --score --sheet=F   # another sheet
 *   npx tsx bench/audit30-cards.ts --closest           # per top-5 added / left-out card: the closest lines the panel shows (ids)
 *
 * The rule (written before any card was printed): walk `multiNewsOrder` (bench/conflicts-data.ts, FNV-1a of
 * "mn-<_id>", text-blind) from its start; keep the **dev** stories only (the last hex digit of `_id` even; odd is held:
 * never read here); a story is read when `multiNewsArticles(story, MN_PER_STORY)` keeps ≥ 3 sources; the first
 * READINGS of them. One reading per story: its first source (file order) is the page; the corpus holds the story's
 * other sources plus the seeds and the zyte pages as distractors (audit29's); the report is `compareArticle`.
 * Cards judged: the top 5 of Added, Left out and Shared and every conflict. `--n=K` reads the rule's first K.
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { multiNewsArticles, multiNewsStories, MULTINEWS_GIT } from './data/multinews.ts';
import { multiNewsOrder, MN_PER_STORY } from './conflicts-data.ts';
import type { Article, Report } from '../lib/types.ts';
import { buildView } from '../lib/sidebar/view.ts';
import { wilson } from './audit14-data.ts';
import { cardsOf } from './audit29-cards.ts';

export const READINGS = 12;
const TOP = 5;

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const n = Number(opt('n') ?? READINGS);

export interface Reading { position: number; story: string; read: Article; own: Article[] }

/** Dev half of Multi-News for this stop: the last hex digit of the story's id is even. */
export const isDev = (id: string) => parseInt(id.slice(-1), 16) % 2 === 0;

/** The readings of the rule, in order (position = place in multiNewsOrder, counting held stories too). */
export function mnReadings(count = READINGS): Reading[] {
  const stories = multiNewsStories();
  if (!stories) return [];
  const out: Reading[] = [];
  for (const [k, s] of multiNewsOrder(stories).entries()) {
    if (!isDev(s.id)) continue;
    const own = multiNewsArticles(s, MN_PER_STORY);
    if (own.length < 3) continue;
    out.push({ position: k + 1, story: s.id.slice(0, 8), read: own[0]!, own });
    if (out.length >= count) break;
  }
  return out;
}

const isMain = process.argv[1]?.endsWith('audit30-cards.ts');
if (isMain) {
  if (!existsSync(MULTINEWS_GIT)) {
    console.log(`Multi-News skipped: mirror absent (${MULTINEWS_GIT}; fetch github:en-jai-neer/CompressKV)`);
    process.exit(0);
  }
  const readings = mnReadings(n);
  if (argv.includes('--plan')) {
    for (const r of readings) console.log(`position ${r.position} story ${r.story}: page ${r.read.id} (${r.read.units.length} units), corpus ${r.own.slice(1).map((a) => `${a.id} (${a.units.length})`).join(' ')}`);
    process.exit(0);
  }
  const distractors = [...(await loadSet('seeds')), ...loadZyte()];
  const reports: Array<{ rd: Reading; r: Report }> = [];
  for (const rd of readings) reports.push({ rd, r: await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors])) });

  if (argv.includes('--closest')) {
    for (const { rd, r } of reports) {
      const v = buildView(r);
      v.added.slice(0, TOP).forEach((a, k) => console.log(`${rd.story}:A:${k + 1} ${a.closest ? `here#${a.closest.i}` : '-'}`));
      v.leftOut.slice(0, TOP).forEach((l, k) => console.log(`${rd.story}:L:${k + 1} ${(l.closest ?? []).map((c) => `${c.source.id}#${c.i}`).join(' ') || '-'}`));
    }
    process.exit(0);
  }
  if (argv.includes('--score')) {
    const sheet = opt('sheet') ?? 'bench/data/audit30-cards.tsv';
    const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const byHash = new Map(rows.map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, { key: x[0]!, mark: x[2]!, cause: x[3] ?? '' }]));
    const count: Record<string, Record<string, number>> = {};
    const causes: Record<string, Map<string, string[]>> = { W: new Map(), P: new Map() };
    const unjudged: string[] = [];
    const moved: string[] = [];
    for (const { rd, r } of reports) {
      for (const c of cardsOf(rd.story, r)) {
        const l = byHash.get(`${rd.story}|${c.hash}`);
        if (!l) {
          unjudged.push(`${c.key} ${c.hash}`);
          continue;
        }
        if (l.key !== c.key) moved.push(`${l.key}→${c.key.split(':').slice(1).join(':')}`);
        const s = (count[c.section] ??= { R: 0, P: 0, W: 0 });
        s[l.mark] = (s[l.mark] ?? 0) + 1;
        if (l.mark === 'W' || l.mark === 'P') causes[l.mark]!.set(l.cause || '?', [...(causes[l.mark]!.get(l.cause || '?') ?? []), c.key]);
      }
    }
    console.log(`${sheet}: ${reports.length} readings (${reports.map((x) => x.rd.story).join(' ')})`);
    const f2 = (x: number) => x.toFixed(2);
    for (const [sec, name] of [['A', 'added'], ['L', 'left out'], ['S', 'shared'], ['C', 'conflicts']] as const) {
      const s = count[sec];
      const all = s ? (s.R ?? 0) + (s.P ?? 0) + (s.W ?? 0) : 0;
      if (!s || !all) {
        console.log(`  ${name}: none judged`);
        continue;
      }
      const R = s.R ?? 0, P = s.P ?? 0, W = s.W ?? 0;
      const [a, b] = wilson(R, all);
      const [c, d] = wilson(R + P, all);
      console.log(`  ${name}: ${all} cards: R ${R}, P ${P}, W ${W} — strict ${f2(R / all)} [${f2(a)}, ${f2(b)}], lenient ${f2((R + P) / all)} [${f2(c)}, ${f2(d)}]`);
    }
    for (const m of ['W', 'P']) console.log(`  ${m} by cause: ` + [...causes[m]!].sort((x, y) => y[1].length - x[1].length).map(([c, ks]) => `${c} ${ks.length} (${ks.join(' ')})`).join('; '));
    if (moved.length) console.log(`  cards at another rank than judged: ${moved.join(' ')}`);
    console.log(`  shown cards with no label: ${unjudged.length}${unjudged.length ? ' — ' + unjudged.join(', ') : ''}`);
    process.exit(0);
  }

  const clip = (s: string, m = 400) => (s.length > m ? s.slice(0, m - 1) + '…' : s);
  const marked = (f: { text: string; novel?: Array<{ start: number; end: number }> }) => {
    if (!f.novel?.length) return f.text;
    let o = '';
    let at = 0;
    for (const s of f.novel) (o += f.text.slice(at, s.start) + '«' + f.text.slice(s.start, s.end) + '»'), (at = s.end);
    return o + f.text.slice(at);
  };
  for (const { rd, r } of reports) {
    const ev = rd.story;
    const hash = new Map(cardsOf(ev, r).map((c) => [c.key, c.hash]));
    console.log(`\n==================== ${ev} (position ${rd.position}) reading ${rd.read.id}`);
    for (const u of r.article.units) console.log(`  [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
    console.log(`-- related (${r.related.length}; own story in corpus: ${rd.own.slice(1).map((a) => a.id).join(' ')})`);
    for (const a of r.related) {
      console.log(`  ${a.score.toFixed(2)} ${a.relation}${a.copyOf ? ' copyOf ' + a.copyOf : ''} ${a.id} copied ${a.copied.ofThis.toFixed(2)}/${a.copied.ofThat.toFixed(2)}: ${a.title}`);
      for (const u of a.units) console.log(`     [${u.i}]${u.fact === false ? '(nf)' : ''}${u.matches.length ? ' ~' + u.matches.join(',') : ''}${u.reworded?.length ? ' rw' + u.reworded.join(',') : ''} ${u.text}`);
    }
    const missed = rd.own.slice(1).filter((a) => !r.related.some((x) => x.id === a.id));
    if (missed.length) console.log(`  (own story not related: ${missed.map((a) => a.id).join(' ')})`);
    console.log(`-- ADDED (${r.added.length})`);
    r.added.slice(0, TOP).forEach((f, k) => console.log(`  ${ev}:A:${k + 1} ${hash.get(`${ev}:A:${k + 1}`)} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      in ${f.sources.map((s) => `${s.id}#${s.i}`).join(', ')}${f.why ? ' why: ' + f.why : ''}`));
    console.log(`-- LEFT OUT (${r.leftOut.length})`);
    r.leftOut.slice(0, TOP).forEach((f, k) =>
      console.log(`  ${ev}:L:${k + 1} ${hash.get(`${ev}:L:${k + 1}`)} #${f.i} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      missing from ${f.missingFrom.join(', ')}${f.partly?.length ? ` (only marked parts: ${f.partly.map((p) => p.id).join(', ')})` : ''}${f.why ? ' why: ' + f.why : ''}`),
    );
    console.log(`-- SHARED (${r.shared.length})`);
    r.shared.slice(0, TOP).forEach((f, k) => console.log(`  ${ev}:S:${k + 1} ${hash.get(`${ev}:S:${k + 1}`)} #${f.i} [${f.count}/${f.total}] ${clip(f.text, 300)}\n      with ${f.sources.map((s) => `${s.id}#${s.i}${s.told ? '(' + s.told + ')' : ''}`).join(', ')}`));
    console.log(`-- CONFLICTS (${r.conflicts.length})`);
    r.conflicts.forEach((c, k) => {
      console.log(`  ${ev}:C:${k + 1} ${hash.get(`${ev}:C:${k + 1}`)} ${c.about}\n      here #${c.here.i}: ${clip(c.here.text)}`);
      for (const t of c.there) console.log(`      ${t.id}#${t.i}: ${clip(t.text)}`);
    });
  }
}
