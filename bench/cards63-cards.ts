/**
 * cards63: every dev card sheet with Left-out verdicts in one run — GVC dev (audit29, 15 readings), Multi-News dev
 * (audit30, 16), the cards40–43 sheets (Multi-News held walk 17–64, now dev), WikinewsSum dev (cards59) — and PAC train
 * (cards60, Added verdicts only), dumped with cards59's `dump` and scored pooled against all their sheets at once
 * (docs/notes/cards63.md). Texts go to /tmp only; the sheet keys a card by event and hash (audit-cards.ts `cardsOf`).
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/cards63-cards.ts --dump=/tmp/x.json [--only=gvc,mn,c40,c41,c42,c43,wns,pac]
 *   npx tsx bench/cards63-cards.ts --score A.json [B.json…]            # per sheet and pooled, R / P / W per section
 *   npx tsx bench/cards63-cards.ts --sheet A.json B.json --unlabelled  # the cards no sheet judges, with the texts
 *   npx tsx bench/cards63-cards.ts --asides A.json [--show]            # top-5 asides: a whole parenthesised line, "we"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { SKIP, READ, tallyMarks } from './cards40-held.ts';
import { READINGS } from './cards42-readings.ts';
import { dump, score, sheet, wnsEvents, type Dumped, type WnsEvent } from './cards59-wns.ts';
import { pacReadings } from './cards60-pac.ts';

/** Sheets of cards newly reached by later changes, read by every half (a card's first label is kept: earlier files first). */
const LATER = ['cards63-cards', 'audit64-cards', 'furn66-cards', 'rank66-cards', 'hyph66-cards', 'audit67-cards', 'audit68-cards', 'hedge68-cards', 'furn68-cards', 'figures68-cards', 'glue69-cards', 'audit69-cards', 'audit70-cards', 'audit71-cards', 'both72-cards', 'audit74-cards', 'audit75-cards', 'audit77-cards', 'audit78-cards', 'partial79-cards', 'audit79-cards', 'title80-cards', 'audit80-cards', 'label80-cards', 'audit81-cards', 'audit82-cards', 'furniture81-cards', 'lead81-cards', 'report82-cards', 'twin82-cards'].map((f) => `bench/data/${f}.tsv`);

/** The sheets: a name (the dumps' `half`), the file, and how a row gives its event (first column, or audit62-dev's second). */
const SHEETS: Array<{ half: string; files: string[] }> = [
  { half: 'gvc', files: ['bench/data/audit29-cards.tsv', 'bench/data/audit62-dev.tsv', ...LATER] },
  { half: 'mn', files: ['bench/data/audit30-cards.tsv', 'bench/data/audit62-dev.tsv', ...LATER] },
  { half: 'c40', files: ['bench/data/cards40-held.tsv', ...LATER] },
  { half: 'c41', files: ['bench/data/cards41-held.tsv', ...LATER] },
  { half: 'c42', files: ['bench/data/cards42-held.tsv', ...LATER] },
  { half: 'c43', files: ['bench/data/cards43-held.tsv', ...LATER] },
  { half: 'wns', files: ['bench/data/cards59-wns.tsv', 'bench/data/audit62-dev.tsv', ...LATER] },
  { half: 'pac', files: ['bench/data/cards60-pac.tsv', 'bench/data/audit62-pac.tsv', ...LATER] },
];

/** The readings of every sheet, as cards59's events (`half` names the sheet). */
export function events(only?: string[]): WnsEvent[] {
  const want = (h: string) => !only || only.includes(h);
  const out: WnsEvent[] = [];
  if (want('gvc')) out.push(...gvcReadings(15).map((r) => ({ event: r.incident, half: 'gvc', own: r.own })));
  if (want('mn')) out.push(...mnReadings(16, 'dev').map((r) => ({ event: r.story, half: 'mn', own: r.own })));
  const held = ['c40', 'c41', 'c42', 'c43'].some(want) ? mnReadings(SKIP + 4 * READ, 'held') : [];
  ['c40', 'c41', 'c42', 'c43'].forEach((h, k) => {
    if (want(h)) out.push(...held.slice(SKIP + k * READ, SKIP + (k + 1) * READ).map((r) => ({ event: r.story, half: h, own: r.own })));
  });
  if (want('wns')) out.push(...wnsEvents().filter((e) => e.half === 'dev').map((e) => ({ ...e, half: 'wns' })));
  if (want('pac')) out.push(...pacReadings().map((e) => ({ ...e, half: 'pac' })));
  return out;
}

/** One sheet file per half in TMPDIR (event, hash, mark, cause), every source file's rows, the first label of a card kept. */
export function sheetFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of SHEETS) {
    const rows = new Map<string, string>();
    for (const f of s.files) {
      let lines: string[];
      try {
        lines = readFileSync(f, 'utf8').trim().split('\n');
      } catch {
        continue;
      }
      const head = lines[0]!.split('\t');
      for (const l of lines.slice(1)) {
        let x = l.split('\t');
        if (head[0] === 'sheet') {
          // audit62-dev.tsv / cards63-left.tsv: the sheet's name first.
          if (x[0] !== s.half) continue;
          x = x.slice(1);
        }
        const event = x[0]!.split(':')[0]!;
        if (!rows.has(`${event}|${x[1]}`)) rows.set(`${event}|${x[1]}`, [event, x[1], x[2], x[3] ?? ''].join('\t'));
      }
    }
    const file = `${process.env.TMPDIR ?? '/tmp'}/cards63-sheet-${s.half}.tsv`;
    writeFileSync(file, ['event\thash\tmark\tcause', ...rows.values()].join('\n') + '\n');
    out.set(s.half, file);
  }
  return out;
}

/** An aside: a whole line in parentheses, or the writer speaking as "we" (bench/cards42-readings.ts `paren`, `we`). */
export function asideKind(text: string): string | null {
  return READINGS.paren!(text) ? 'parenthesised' : READINGS.we!(text) ? 'we' : null;
}

/** Every sheet's labels keyed "half:event|hash". */
export function pooledLabels(sheets: Map<string, string>): Map<string, { mark: string; cause: string }> {
  const out = new Map<string, { mark: string; cause: string }>();
  for (const [h, f] of sheets)
    for (const l of readFileSync(f, 'utf8').trim().split('\n').slice(1)) {
      const x = l.split('\t');
      out.set(`${h}:${x[0]}|${x[1]}`, { mark: x[2]!, cause: x[3] ?? '' });
    }
  return out;
}

const argv = process.argv.slice(2);
const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const files = argv.filter((a) => a.endsWith('.json'));
if (opt('dump')) {
  if (!process.env.ZYTE_HTML_DIR) throw new Error('set ZYTE_HTML_DIR: the zyte pages are the distractors of the protocol');
  await dump(opt('dump')!, events(opt('only')?.split(',')));
} else if (argv.includes('--score')) {
  const sheets = sheetFiles();
  const halves = [...new Set((JSON.parse(readFileSync(files[0]!, 'utf8')) as Dumped[]).map((d) => d.half))];
  if (argv.includes('--each')) for (const h of halves) score(files, sheets.get(h)!, h);
  // Pooled: per section, the halves whose sheets judge that section (PAC and the cards40–43 sheets judge one only).
  const label = pooledLabels(sheets);
  const first = JSON.parse(readFileSync(files[0]!, 'utf8')) as Dumped[];
  const judges = (h: string, sec: string) => first.some((d) => d.half === h && d.cards.some((c) => c.section === sec && label.has(`${h}:${d.event}|${c.hash}`)));
  for (const f of files) {
    const dumpd = JSON.parse(readFileSync(f, 'utf8')) as Dumped[];
    console.log(`${f}: ${dumpd.length} readings, pooled`);
    for (const [sec, name] of [['A', 'added'], ['L', 'left out'], ['S', 'shared']] as const) {
      const hs = halves.filter((h) => judges(h, sec));
      const t = tallyMarks(dumpd.filter((d) => hs.includes(d.half)).flatMap((d) => d.cards.filter((x) => x.section === sec).map((c) => `${d.half}:${d.event}|${c.hash}`)), label);
      console.log(`  ${name} (${hs.join(' ')}): ${t.line}\n    ${t.causeLine}\n    unlabelled: ${t.missing.length}${t.missing.length ? ' — ' + t.missing.join(' ') : ''}`);
    }
  }
} else if (argv.includes('--sheet')) {
  // The cards no sheet judges (of one section with --section=A|L|S), with the readings' texts: to judge before
  // scoring (print to /tmp only).
  const label = pooledLabels(sheetFiles());
  const section = opt('section');
  const keyed = files.map((f, k) => {
    const d = (JSON.parse(readFileSync(f, 'utf8')) as Dumped[]).map((x) => ({
      ...x,
      event: `${x.half}:${x.event}`,
      cards: x.cards.filter((c) => (!section || c.section === section) && !(argv.includes('--unlabelled') && label.has(`${x.half}:${x.event}|${c.hash}`))),
    }));
    const out = `${process.env.TMPDIR ?? '/tmp'}/cards63-keyed-${k}.json`;
    writeFileSync(out, JSON.stringify(d));
    return out;
  });
  sheet(keyed);
} else if (argv.includes('--asides')) {
  const label = pooledLabels(sheetFiles());
  const tally = new Map<string, { n: number; first: number; lead: number; marks: Record<string, number>; keys: string[] }>();
  let all = 0;
  for (const d of JSON.parse(readFileSync(files[0]!, 'utf8')) as Dumped[]) {
    // The k-th fact unit of each article (rank.ts factIndexes): k = 0 is the lead the ranking rewards.
    const lead = new Set<string>();
    for (const a of d.articles) {
      const first = a.units.find((u) => u.fact !== false);
      if (first) lead.add(`${a.id}#${first.i}`);
    }
    for (const c of d.cards.filter((x) => x.section !== 'S')) {
      all++;
      const kind = asideKind(c.text);
      if (!kind) continue;
      const key = `${c.section} ${kind}`;
      const t = tally.get(key) ?? { n: 0, first: 0, lead: 0, marks: {}, keys: [] };
      const mark = label.get(`${d.half}:${d.event}|${c.hash}`)?.mark ?? '?';
      t.n++;
      if (c.rank === 1) t.first++;
      if (c.told.some((x) => lead.has(x))) t.lead++;
      t.marks[mark] = (t.marks[mark] ?? 0) + 1;
      t.keys.push(`${d.half}:${d.event}:${c.section}:${c.rank}:${c.hash}:${mark}`);
      tally.set(key, t);
      if (argv.includes('--show')) console.log(`${d.half}:${d.event}:${c.section}:${c.rank} ${mark} ${c.text}`);
    }
  }
  console.log(`${all} top-5 added / left-out cards`);
  for (const [k, t] of tally) console.log(`${k}: ${t.n} in a top 5 (${t.first} ranked first, ${t.lead} a lead), R/P/W/? ${['R', 'P', 'W', '?'].map((m) => t.marks[m] ?? 0).join(' / ')}\n   ${t.keys.join(' ')}`);
}
