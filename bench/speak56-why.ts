/**
 * (speak56) The dev errors of a `bench/speakers-sample.ts --json F` file, by outcome and, within "missed", by the construction
 * around the quote (read from the judged context: the quote marked ⟦…⟧, paragraph breaks ¶). Held-out and sealed samples are
 * not in F unless --unseal was given; this script reads only the dev ones (it skips any sample bench/speakers-data.ts seals).
 *   npx tsx bench/speak56-why.ts F.json            # the tally
 *   npx tsx bench/speak56-why.ts F.json --print    # … and every missed quote with its class and context
 */
import { readFileSync } from 'node:fs';
import { SAMPLES } from './speakers-data.ts';

interface Row { sample: string; page: string; start: number; expected: string | null; got: string | null; kind: string; context: string }
const rows = (JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Row[]).filter((r) => !SAMPLES[r.sample]?.heldOut && !SAMPLES[r.sample]?.sealed);
const SAY = /\b(?:said|says|say|saying|told|tells|added|adds|wrote|writes|writing|argued|argues|insisted|insists|claimed|claims|warned|warns|declared|declares|stated|states|noted|notes|explained|explains|asked|asks|tweeted|tweets|posted|admitted|admits|acknowledged|promised|vowed|predicted|suggested|complained|recalled|replied|responded|answered|joked|quipped|announced|accused|urged|praised|criticized|blasted|slammed|thanked|conceded|boasted|pledged|denied|denies|dismissed|rejected|lamented|mused|stressed|emphasized|added|continued)\b/i;
const NAMING = /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|label(?:s|ed|led|ing)?|refer(?:s|red|ring)? to|dubb(?:ed)?|dub|brand(?:s|ed)?|term(?:s|ed)?|nicknamed?)\b/i;
const classes = new Map<string, number>();
const print = process.argv.includes('--print');
const out: string[] = [];
for (const r of rows) {
  if (r.kind === 'right') continue;
  const m = /^(.*)⟦(.*)⟧(.*)$/s.exec(r.context);
  if (!m) continue;
  const [, before, quote, after] = m as unknown as [string, string, string, string];
  const para = before.slice(before.lastIndexOf('¶') + 1);
  const sentence = para.slice(Math.max(0, para.search(/[^.!?”"]*$/)));
  const sentStart = (() => {
    const cut = [...para.matchAll(/[.!?][”"’]?\s+(?=[A-Z“"])/g)].pop();
    return cut ? para.slice(cut.index! + cut[0].length) : para;
  })();
  const words = quote.trim().split(/\s+/).filter(Boolean).length;
  const afterPara = after.split('¶')[0]!;
  const paraOnly = sentStart.replace(/[“"‘\s]/g, '') === '' && afterPara.replace(/[”"’.,\s]/g, '').split(/\s+/).filter(Boolean).length <= 0;
  let c: string;
  if (paraOnly) c = 'quote-only paragraph';
  else if (words <= 6 && sentStart.trim() !== '' && !/^[“"‘]?\s*$/.test(sentStart)) {
    const lead = sentStart;
    if (/\b(?:so-called|dubbed|known as|titled|entitled)\s*[“"‘]?\s*$/i.test(lead)) c = 'fragment: term cue before';
    else if (/\b\p{Lu}[\p{L}.-]+['’]s\s*[“"‘]?\s*$/u.test(lead)) c = 'fragment: possessive name right before';
    else if (NAMING.test(lead)) c = 'fragment: naming verb before';
    else if (SAY.test(lead)) c = 'fragment: verb of saying before';
    else if (/\b(?:his|her|their|\p{Lu}[\p{L}.-]+['’]s)\s+(?:\p{Ll}+\s+){0,2}(?:claim|claims|assertion|statement|remark|remarks|comment|comments|promise|pledge|vow|warning|description|words|phrase|description|view|argument|call|letter|memo|post|tweet|speech|message|account|book|op-ed|column|report)\b/u.test(lead)) c = 'fragment: possessed noun of saying';
    else c = 'fragment: no verb of saying';
  } else if (SAY.test(sentStart)) c = 'attribution before in sentence';
  else if (SAY.test(afterPara.split(/[.!?]\s/)[0] ?? '')) c = 'attribution after in sentence';
  else c = 'other';
  const key = `${r.kind} | ${c}`;
  classes.set(key, (classes.get(key) ?? 0) + 1);
  if (print && (process.argv.includes("--all") || r.kind === "missed")) out.push(`[${c}] ${r.sample} ${r.page} @${r.start} expected ${JSON.stringify(r.expected)} got ${JSON.stringify(r.got)}\n   …${before.slice(-300)}⟦${quote.slice(0, 120)}⟧${after.slice(0, 160)}\n`);
}
const byKind = new Map<string, number>();
for (const [k, n] of classes) byKind.set(k.split(' | ')[0]!, (byKind.get(k.split(' | ')[0]!) ?? 0) + n);
const total = rows.length, right = rows.filter((r) => r.kind === 'right').length;
console.log(`dev judged ${total}, right ${right}; wrong: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const [k, n] of [...classes].sort((a, b) => (a[0] < b[0] ? -1 : 1) || b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
if (print) console.log('\n' + out.join('\n'));
