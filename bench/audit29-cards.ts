/**
 * audit29: a card audit on local news — GVC incidents (SemEval-2018 Task 5 news, bench/data/gvc.ts; no licence:
 * nothing of the text is committed, the sheet keys cards by incident, rank and a hash). docs/notes/audit29.md.
 *
 *   npx tsx bench/audit29-cards.ts --plan              # the readings the rule picks (ids and counts only, no text)
 *   npx tsx bench/audit29-cards.ts > /tmp/x.txt        # print the readings to judge (texts: keep out of the repo)
 *   npx tsx bench/audit29-cards.ts --score             # precision per section from bench/data/audit29-cards.tsv
 *   npx tsx bench/audit29-cards.ts --score --sheet=F   # another sheet
 *   npx tsx bench/audit29-cards.ts --closest           # per top-5 added / left-out card: the closest lines the panel shows (ids)
 *
 * The rule (written before any card was printed): walk `gvcOrder` (bench/conflicts-data.ts, FNV-1a of the incident
 * id, text-blind) from position 1; an incident is read when gvcArticles keeps ≥ 3 of its articles (≥ 3 outlets: one
 * article per outlet); take the first READINGS of them, all within positions 1–790 (791+ belong to another helper).
 * One reading per incident: its first article (by md5 id) is the page; the corpus holds the incident's other
 * articles plus the seeds and the zyte pages as distractors; the report is `compareArticle` (the product's compare).
 * Cards judged: the top 5 of Added, Left out and Shared and every conflict.
 *
 * Sheet (tab-separated, header line): key `INCIDENT:A|L|S|C:rank`, hash (FNV-1a of the card: section, text and
 * the outlets it names — so a card the engine changes is not scored with an old label), mark R/P/W, cause, note
 * (own words, no text of the source). `--score` rebuilds every reading, matches each shown card by hash, prints
 * strict R/(R+P+W) and lenient (R+P)/(R+P+W) with 95% Wilson intervals, the W / P by cause, and every shown card
 * with no label (a changed card after a fix) — those have to be judged before a number is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import { gvcArticles, gvcItems, GVC_GIT } from './data/gvc.ts';
import { gvcOrder } from './conflicts-data.ts';
import type { Article, Report } from '../lib/types.ts';
import { buildView } from '../lib/sidebar/view.ts';
import { fnv1a } from './data/fnv.ts';
import { wilson } from './audit14-data.ts';

export const READINGS = 10;
export const LAST_POSITION = 790;
const TOP = 5;

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const n = Number(opt('n') ?? READINGS);

/** FNV-1a of a string as 8 hex digits (the sheet's card hashes). */
export function fnv(s: string): string {
  return fnv1a(s).toString(16).padStart(8, '0');
}

export interface Reading { position: number; incident: string; read: Article; own: Article[] }

/** The readings of the rule, in order. */
export function gvcReadings(count = READINGS): Reading[] {
  const items = gvcItems();
  if (!items) return [];
  const out: Reading[] = [];
  for (const [k, { incident, items: its }] of gvcOrder(items).slice(0, LAST_POSITION).entries()) {
    const own = gvcArticles(its).map((d) => d.article);
    if (own.length < 3) continue;
    out.push({ position: k + 1, incident, read: own[0]!, own });
    if (out.length >= count) break;
  }
  return out;
}

export interface Card { key: string; hash: string; section: 'A' | 'L' | 'S' | 'C' }

/** The cards a reader sees first (top 5 per section, every conflict), with their keys and hashes. */
export function cardsOf(incident: string, r: Report): Card[] {
  const out: Card[] = [];
  const push = (section: Card['section'], rank: number, sig: string) => out.push({ key: `${incident}:${section}:${rank}`, hash: fnv(`${section}|${sig}`), section });
  const spans = (x?: Array<{ start: number; end: number }>) => (x ?? []).map((s) => `${s.start}-${s.end}`).join(',');
  r.added.slice(0, TOP).forEach((f, k) => push('A', k + 1, `${f.text}|${f.sources.map((s) => s.id).sort().join(',')}|${spans(f.novel)}`));
  r.leftOut.slice(0, TOP).forEach((f, k) => push('L', k + 1, `${f.text}|${[...f.missingFrom].sort().join(',')}|${(f.partly ?? []).map((p) => `${p.id}:${spans(p.novel)}`).join(';')}`));
  r.shared.slice(0, TOP).forEach((f, k) => push('S', k + 1, `${f.text}|${f.sources.map((s) => `${s.id}#${s.i}${s.told ? 'd' : ''}`).sort().join(',')}`));
  r.conflicts.forEach((c, k) => push('C', k + 1, `${c.about}|${c.here.text}|${c.there.map((t) => t.id).sort().join(',')}`));
  return out;
}


const isMain = import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('audit29-cards.ts');
if (isMain) {
  if (!existsSync(GVC_GIT)) {
    console.log(`GVC skipped: mirror absent (${GVC_GIT}; fetch github:cltl/LongTailQATask)`);
    process.exit(0);
  }
  const readings = gvcReadings(n);
  if (argv.includes('--plan')) {
    for (const r of readings) console.log(`position ${r.position} incident ${r.incident}: page ${r.read.id}, corpus ${r.own.slice(1).map((a) => a.id).join(' ')}`);
    process.exit(0);
  }
  const distractors = [...(await loadSet('seeds')), ...loadZyte()];
  const reports: Array<{ rd: Reading; r: Report }> = [];
  for (const rd of readings) reports.push({ rd, r: await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors])) });

  if (argv.includes('--closest')) {
    // The panel's own view (lib/sidebar/view.ts buildView): its items map one to one onto report.added / leftOut.
    for (const { rd, r } of reports) {
      const v = buildView(r);
      v.added.slice(0, TOP).forEach((a, k) => console.log(`${rd.incident}:A:${k + 1} ${a.closest ? `here#${a.closest.i}` : '-'}`));
      v.leftOut.slice(0, TOP).forEach((l, k) => console.log(`${rd.incident}:L:${k + 1} ${(l.closest ?? []).map((c) => `${c.source.id}#${c.i}`).join(' ') || '-'}`));
    }
    process.exit(0);
  }
  if (argv.includes('--score')) {
    const sheet = opt('sheet') ?? 'bench/data/audit29-cards.tsv';
    const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const byHash = new Map(rows.map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, { key: x[0]!, mark: x[2]!, cause: x[3] ?? '' }]));
    const count: Record<string, Record<string, number>> = {};
    const causes: Record<string, Map<string, string[]>> = { W: new Map(), P: new Map() };
    const unjudged: string[] = [];
    const moved: string[] = [];
    for (const { rd, r } of reports) {
      for (const c of cardsOf(rd.incident, r)) {
        const l = byHash.get(`${rd.incident}|${c.hash}`);
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
    console.log(`${sheet}: ${reports.length} readings (${reports.map((x) => x.rd.incident).join(' ')})`);
    const f2 = (x: number) => x.toFixed(2);
    for (const [sec, name] of [['A', 'added'], ['L', 'left out'], ['S', 'shared'], ['C', 'conflicts']] as const) {
      const s = count[sec];
      const all = s ? s.R! + s.P! + s.W! : 0;
      if (!s || !all) {
        console.log(`  ${name}: none judged`);
        continue;
      }
      const [a, b] = wilson(s.R!, all);
      const [c, d] = wilson(s.R! + s.P!, all);
      console.log(`  ${name}: ${all} cards: R ${s.R}, P ${s.P}, W ${s.W} — strict ${f2(s.R! / all)} [${f2(a)}, ${f2(b)}], lenient ${f2((s.R! + s.P!) / all)} [${f2(c)}, ${f2(d)}]`);
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
    const ev = rd.incident;
    const hash = new Map(cardsOf(ev, r).map((c) => [c.key, c.hash]));
    console.log(`\n==================== ${ev} (position ${rd.position}) reading ${rd.read.id} (${rd.read.outlet ?? '?'}, ${rd.read.date ?? '?'}): ${rd.read.title}`);
    for (const u of r.article.units) console.log(`  [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
    console.log(`-- related (${r.related.length}; own incident in corpus: ${rd.own.slice(1).map((a) => a.id).join(' ')})`);
    for (const a of r.related) {
      console.log(`  ${a.score.toFixed(2)} ${a.relation}${a.copyOf ? ' copyOf ' + a.copyOf : ''} ${a.id} ${a.outlet ?? ''} ${a.date ?? ''} copied ${a.copied.ofThis.toFixed(2)}/${a.copied.ofThat.toFixed(2)}: ${a.title}`);
      for (const u of a.units) console.log(`     [${u.i}]${u.fact === false ? '(nf)' : ''}${u.matches.length ? ' ~' + u.matches.join(',') : ''}${u.reworded?.length ? ' rw' + u.reworded.join(',') : ''} ${u.text}`);
    }
    const missed = rd.own.slice(1).filter((a) => !r.related.some((x) => x.id === a.id));
    if (missed.length) console.log(`  (own incident not related: ${missed.map((a) => a.id).join(' ')})`);
    console.log(`-- ADDED (${r.added.length})`);
    r.added.slice(0, TOP).forEach((f, k) => console.log(`  ${ev}:A:${k + 1} ${hash.get(`${ev}:A:${k + 1}`)} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      in ${f.sources.map((s) => `${s.id}#${s.i}`).join(', ')}${f.why ? ' why: ' + f.why : ''}`));
    console.log(`-- LEFT OUT (${r.leftOut.length})`);
    r.leftOut.slice(0, TOP).forEach((f, k) =>
      console.log(`  ${ev}:L:${k + 1} ${hash.get(`${ev}:L:${k + 1}`)} #${f.i} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      missing from ${f.missingFrom.join(', ')}${f.partly?.length ? ` (only marked parts: ${f.partly.map((p) => p.id).join(', ')})` : ''}${f.why ? ' why: ' + f.why : ''}`),
    );
    console.log(`-- SHARED (${r.shared.length})`);
    r.shared.slice(0, TOP).forEach((f, k) => console.log(`  ${ev}:S:${k + 1} ${hash.get(`${ev}:S:${k + 1}`)} #${f.i} [${f.count}/${f.total}] ${clip(f.text, 200)}\n      with ${f.sources.map((s) => `${s.id}#${s.i}${s.told ? '(' + s.told + ')' : ''}`).join(', ')}`));
    console.log(`-- CONFLICTS (${r.conflicts.length})`);
    r.conflicts.forEach((c, k) => {
      console.log(`  ${ev}:C:${k + 1} ${hash.get(`${ev}:C:${k + 1}`)} ${c.about}\n      here #${c.here.i}: ${clip(c.here.text)}`);
      for (const t of c.there) console.log(`      ${t.id}#${t.i}: ${clip(t.text)}`);
    });
  }
}
