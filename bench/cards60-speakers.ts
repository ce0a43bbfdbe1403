/**
 * cards60b: the speaker a quotation card shows (lib/engine/report.ts quoteSpeaker), checked against the source article.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/cards60-speakers.ts --dump=F --set=gvc|mn   # top-5 cards of GVC dev (audit29, 15
 *                                                                             # readings) or Multi-News dev (audit30, 16)
 *   npx tsx bench/cards60-speakers.ts --show F --set=pac|wns|gvc|mn           # every telling of a dumped top-5 card that
 *                                                                             # gets a speaker, with its paragraph and the
 *                                                                             # two before it (for the judge; /tmp only)
 *   npx tsx bench/cards60-speakers.ts --score F… --set=…                      # right / wrong share from the sheet
 *   npx tsx bench/cards60-speakers.ts --pooled PAC.json GVC.json WNS.json MN.json  # the four sets as one
 *
 * Dumps: cards59-wns.ts `dump` (top 5 of added, left out, shared per reading). PAC train: cards60-pac.ts's readings
 * (`--dump` there); WikinewsSum: its dev half only (`cards59-wns.ts --dump=F --half=dev`; held events are skipped here).
 * The speaker of each telling is recomputed from the reading's articles with the function the report uses, so a dump
 * made before the change reads the same as one made after it.
 * Sheet: bench/data/cards60-speakers.tsv — set, reading, card hash, telling (id#unit), verdict (right / wrong), cause.
 */
import { readFileSync } from 'node:fs';
import { quoteSpeaker } from '../lib/engine/report.ts';
import type { Article } from '../lib/types.ts';
import { wilson } from './audit14-data.ts';
import { gvcReadings } from './audit29-cards.ts';
import { mnReadings } from './audit30-cards.ts';
import { pacReadings } from './cards60-pac.ts';
import { dump, wnsEvents, type Dumped, type WnsEvent } from './cards59-wns.ts';

const SHEET = 'bench/data/cards60-speakers.tsv';

function readings(set: string): WnsEvent[] {
  if (set === 'pac') return pacReadings();
  if (set === 'wns') return wnsEvents().filter((e) => e.half === 'dev');
  if (set === 'gvc') return gvcReadings(15).map((r) => ({ event: r.incident, half: 'dev', own: r.own }));
  if (set === 'mn') return mnReadings(16, 'dev').map((r) => ({ event: r.story, half: 'dev', own: r.own }));
  throw new Error(`--set=pac|wns|gvc|mn, not ${set}`);
}

export interface Telling { set: string; event: string; hash: string; section: string; ref: string; article: Article; i: number; speaker: string }

/** Every telling (id#unit) of every dumped card that the report's rule gives a speaker, each (reading, card, telling) once. */
export function tellings(files: string[], set: string): Telling[] {
  const evs = readings(set);
  const byId = new Map(evs.flatMap((e) => e.own).map((a) => [a.id, a]));
  const dev = new Set(evs.map((e) => e.event));
  const out: Telling[] = [];
  const seen = new Set<string>();
  for (const f of files)
    for (const d of JSON.parse(readFileSync(f, 'utf8')) as Dumped[]) {
      if (!dev.has(d.event)) continue; // WikinewsSum held half: never read
      for (const c of d.cards)
        for (const t of c.told) {
          const ref = t.split(' ')[0]!;
          const [id, i] = ref.split('#');
          const a = byId.get(id!);
          const key = `${d.event}|${c.hash}|${ref}`;
          if (!a || seen.has(key)) continue;
          seen.add(key);
          const speaker = quoteSpeaker(a, Number(i));
          if (speaker) out.push({ set, event: d.event, hash: c.hash, section: c.section, ref, article: a, i: Number(i), speaker });
        }
    }
  return out;
}

function show(ts: Telling[]): void {
  for (const t of ts) {
    const q = t.article.quotes.filter((x) => x.kind === 'direct' && x.units.includes(t.i));
    console.log(`\n${t.set}\t${t.event}\t${t.hash}\t${t.ref}\t[${t.section}] → ${t.speaker}`);
    for (let j = Math.max(0, t.i - 3); j <= Math.min(t.article.units.length - 1, t.i + 1); j++) console.log(`   ${j === t.i ? '>>' : '  '}[${j}] ${t.article.units[j]!.text}`);
    for (const x of q) console.log(`   quote units ${x.units.join(',')} speaker ${x.speaker}`);
  }
}

function score(ts: Telling[], sheetFile: string, name = ts[0]?.set ?? ''): void {
  const rows = readFileSync(sheetFile, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const label = new Map(rows.map((x) => [`${x[0]}|${x[1]}|${x[2]}|${x[3]}`, x]));
  let right = 0;
  let unjudged = 0;
  const bySection: Record<string, number> = {};
  for (const t of ts) {
    bySection[t.section] = (bySection[t.section] ?? 0) + 1;
    const l = label.get(`${t.set}|${t.event}|${t.hash}|${t.ref}`);
    if (!l) unjudged++;
    else if (l[4] === 'right') right++;
    else console.log(`  wrong: ${t.event} ${t.hash} ${t.ref} [${t.section}] — ${l[5] ?? ''}`);
  }
  const n = ts.length - unjudged;
  const [lo, hi] = wilson(right, n);
  // The same sentence shown on several cards (sections, readings) counts once here.
  const distinct = new Map(ts.map((t) => [t.ref, label.get(`${t.set}|${t.event}|${t.hash}|${t.ref}`)?.[4]]));
  const dr = [...distinct.values()].filter((v) => v === 'right').length;
  const dn = [...distinct.values()].filter((v) => v).length;
  const [dlo, dhi] = wilson(dr, dn);
  console.log(`${name}: ${ts.length} tellings with a speaker (${Object.entries(bySection).map(([k, v]) => `${k} ${v}`).join(', ')}); right ${right} of ${n} = ${n ? (right / n).toFixed(3) : '-'} [${lo.toFixed(2)}, ${hi.toFixed(2)}]; distinct sentences ${dr} of ${dn} [${dlo.toFixed(2)}, ${dhi.toFixed(2)}]${unjudged ? `; ${unjudged} unjudged` : ''}`);
}

if (process.argv[1]?.endsWith('cards60-speakers.ts')) {
  const argv = process.argv.slice(2);
  const opt = (k: string) => argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
  const set = opt('set') ?? 'pac';
  const files = argv.filter((a) => a.endsWith('.json'));
  if (opt('dump')) await dump(opt('dump')!, readings(set));
  else if (argv.includes('--show')) show(tellings(files, set));
  else if (argv.includes('--score')) score(tellings(files, set), opt('sheet') ?? SHEET);
  else if (argv.includes('--pooled')) {
    // --pooled PAC.json GVC.json WNS.json MN.json: the four sets in that order, scored as one.
    const sets = ['pac', 'gvc', 'wns', 'mn'];
    score(files.flatMap((f, k) => tellings([f], sets[k]!)), opt('sheet') ?? SHEET, 'pooled');
  }
}
