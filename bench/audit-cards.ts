/**
 * The card-audit tool shared by bench/audit29-cards.ts (GVC local news) and bench/audit30-cards.ts (Multi-News): one
 * reading per event (a page and its event's other articles, the seeds and the zyte pages as distractors, through
 * `compareArticle`), the cards a reader sees first keyed by event, section, rank and a hash (`cardsOf`), and the three
 * modes: print the readings to judge, `--closest` (the closest lines the panel shows, ids only) and `--score`
 * (precision per section against a sheet of labels). Nothing here knows the source: the callers pick the readings.
 */
import { readFileSync } from 'node:fs';
import { compareArticle, MemoryIndex } from '../lib/engine/index.ts';
import { loadSet, loadZyte } from '../tests/data/engine/fixtures.ts';
import type { Article, Report } from '../lib/types.ts';
import { buildView } from '../lib/sidebar/view.ts';
import { fnv1a } from './data/fnv.ts';
import { wilson } from './audit14-data.ts';

export const TOP = 5;

/** FNV-1a of a string as 8 hex digits (the sheet's card hashes). */
export function fnv(s: string): string {
  return fnv1a(s).toString(16).padStart(8, '0');
}

export interface Card { key: string; hash: string; section: 'A' | 'L' | 'S' | 'C' }

/** The cards a reader sees first (top 5 per section, every conflict), with their keys and hashes. */
export function cardsOf(event: string, r: Report): Card[] {
  const out: Card[] = [];
  const push = (section: Card['section'], rank: number, sig: string) => out.push({ key: `${event}:${section}:${rank}`, hash: fnv(`${section}|${sig}`), section });
  const spans = (x?: Array<{ start: number; end: number }>) => (x ?? []).map((s) => `${s.start}-${s.end}`).join(',');
  r.added.slice(0, TOP).forEach((f, k) => push('A', k + 1, `${f.text}|${f.sources.map((s) => s.id).sort().join(',')}|${spans(f.novel)}`));
  r.leftOut.slice(0, TOP).forEach((f, k) => push('L', k + 1, `${f.text}|${[...f.missingFrom].sort().join(',')}|${(f.partly ?? []).map((p) => `${p.id}:${spans(p.novel)}`).join(';')}`));
  r.shared.slice(0, TOP).forEach((f, k) => push('S', k + 1, `${f.text}|${f.sources.map((s) => `${s.id}#${s.i}${s.told ? 'd' : ''}`).sort().join(',')}`));
  r.conflicts.forEach((c, k) => push('C', k + 1, `${c.about}|${c.here.text}|${c.there.map((t) => t.id).sort().join(',')}`));
  return out;
}

/** One reading: `event` keys its cards; `own[0]` is the page, the rest of `own` its event's other articles. */
export interface AuditReading { position: number; event: string; read: Article; own: Article[] }

export interface AuditOptions {
  /** The sheet `--score` reads unless `--sheet=F` is given. */
  sheet: string;
  /** "incident" / "story": how the printed readings name an event. */
  word: string;
  /** Outlets, dates and titles in the printed readings (GVC has them; Multi-News's copy does not). */
  meta: boolean;
  /** Characters of a Shared card's text printed. */
  sharedClip: number;
}

/** Runs the mode the command line asks for (print, `--closest`, `--score [--sheet=F]`) over the readings. */
export async function runCardAudit(readings: AuditReading[], o: AuditOptions, argv = process.argv.slice(2)): Promise<void> {
  const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const distractors = [...(await loadSet('seeds')), ...loadZyte()];
  const reports: Array<{ rd: AuditReading; r: Report }> = [];
  for (const rd of readings) reports.push({ rd, r: await compareArticle(rd.read, new MemoryIndex([...rd.own.slice(1), ...distractors])) });

  if (argv.includes('--closest')) {
    // The panel's own view (lib/sidebar/view.ts buildView): its items map one to one onto report.added / leftOut.
    for (const { rd, r } of reports) {
      const v = buildView(r);
      v.added.slice(0, TOP).forEach((a, k) => console.log(`${rd.event}:A:${k + 1} ${a.closest ? `here#${a.closest.i}` : '-'}`));
      v.leftOut.slice(0, TOP).forEach((l, k) => console.log(`${rd.event}:L:${k + 1} ${(l.closest ?? []).map((c) => `${c.source.id}#${c.i}`).join(' ') || '-'}`));
    }
    return;
  }
  if (argv.includes('--score')) {
    const sheet = opt('sheet') ?? o.sheet;
    const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    const byHash = new Map(rows.map((x) => [`${x[0]!.split(':')[0]}|${x[1]}`, { key: x[0]!, mark: x[2]!, cause: x[3] ?? '' }]));
    const count: Record<string, Record<string, number>> = {};
    const causes: Record<string, Map<string, string[]>> = { W: new Map(), P: new Map() };
    const unjudged: string[] = [];
    const moved: string[] = [];
    for (const { rd, r } of reports) {
      for (const c of cardsOf(rd.event, r)) {
        const l = byHash.get(`${rd.event}|${c.hash}`);
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
    console.log(`${sheet}: ${reports.length} readings (${reports.map((x) => x.rd.event).join(' ')})`);
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
    return;
  }

  const clip = (s: string, m = 400) => (s.length > m ? s.slice(0, m - 1) + '…' : s);
  const marked = (f: { text: string; novel?: Array<{ start: number; end: number }> }) => {
    if (!f.novel?.length) return f.text;
    let out = '';
    let at = 0;
    for (const s of f.novel) (out += f.text.slice(at, s.start) + '«' + f.text.slice(s.start, s.end) + '»'), (at = s.end);
    return out + f.text.slice(at);
  };
  for (const { rd, r } of reports) {
    const ev = rd.event;
    const hash = new Map(cardsOf(ev, r).map((c) => [c.key, c.hash]));
    const about = o.meta ? ` (${rd.read.outlet ?? '?'}, ${rd.read.date ?? '?'}): ${rd.read.title}` : '';
    console.log(`\n==================== ${ev} (position ${rd.position}) reading ${rd.read.id}${about}`);
    for (const u of r.article.units) console.log(`  [${u.i}]${u.fact === false ? '(nf)' : ''} ${u.text}`);
    console.log(`-- related (${r.related.length}; own ${o.word} in corpus: ${rd.own.slice(1).map((a) => a.id).join(' ')})`);
    for (const a of r.related) {
      const where = o.meta ? ` ${a.outlet ?? ''} ${a.date ?? ''}` : '';
      console.log(`  ${a.score.toFixed(2)} ${a.relation}${a.copyOf ? ' copyOf ' + a.copyOf : ''} ${a.id}${where} copied ${a.copied.ofThis.toFixed(2)}/${a.copied.ofThat.toFixed(2)}: ${a.title}`);
      for (const u of a.units) console.log(`     [${u.i}]${u.fact === false ? '(nf)' : ''}${u.matches.length ? ' ~' + u.matches.join(',') : ''}${u.reworded?.length ? ' rw' + u.reworded.join(',') : ''} ${u.text}`);
    }
    const missed = rd.own.slice(1).filter((a) => !r.related.some((x) => x.id === a.id));
    if (missed.length) console.log(`  (own ${o.word} not related: ${missed.map((a) => a.id).join(' ')})`);
    console.log(`-- ADDED (${r.added.length})`);
    r.added.slice(0, TOP).forEach((f, k) => console.log(`  ${ev}:A:${k + 1} ${hash.get(`${ev}:A:${k + 1}`)} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      in ${f.sources.map((s) => `${s.id}#${s.i}`).join(', ')}${f.why ? ' why: ' + f.why : ''}`));
    console.log(`-- LEFT OUT (${r.leftOut.length})`);
    r.leftOut.slice(0, TOP).forEach((f, k) =>
      console.log(`  ${ev}:L:${k + 1} ${hash.get(`${ev}:L:${k + 1}`)} #${f.i} [${f.outlets}/${f.total}] ${clip(marked(f))}\n      missing from ${f.missingFrom.join(', ')}${f.partly?.length ? ` (only marked parts: ${f.partly.map((p) => p.id).join(', ')})` : ''}${f.why ? ' why: ' + f.why : ''}`),
    );
    console.log(`-- SHARED (${r.shared.length})`);
    r.shared.slice(0, TOP).forEach((f, k) => console.log(`  ${ev}:S:${k + 1} ${hash.get(`${ev}:S:${k + 1}`)} #${f.i} [${f.count}/${f.total}] ${clip(f.text, o.sharedClip)}\n      with ${f.sources.map((s) => `${s.id}#${s.i}${s.told ? '(' + s.told + ')' : ''}`).join(', ')}`));
    console.log(`-- CONFLICTS (${r.conflicts.length})`);
    r.conflicts.forEach((c, k) => {
      console.log(`  ${ev}:C:${k + 1} ${hash.get(`${ev}:C:${k + 1}`)} ${c.about}\n      here #${c.here.i}: ${clip(c.here.text)}`);
      for (const t of c.there) console.log(`      ${t.id}#${t.i}: ${clip(t.text)}`);
    });
  }
}
