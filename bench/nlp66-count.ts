/**
 * nlp66: how the dev texts write a hyphenated compound across the outlets of one story (joined "frontrunner", hyphenated
 * "front-runner", spaced "front runner"), and how lib/nlp/quantities.ts `figureValues` reads a round ("the last 16",
 * "the final four", "round of 16") and the second day of "Feb 22 or 23" / "March 3-4". Counts only; `--show` prints
 * each case with its context (dev text, terminal only). docs/notes/nlp66.md.
 *
 *   ZYTE_HTML_DIR=… npx tsx bench/nlp66-count.ts [--show]
 *
 * Stories: the 17 dev sets (bench/audit62-marked.ts `markedSets`) and the dev card sheets' events (bench/cards63-cards.ts
 * `events`, never a held set); a text in both counted once, in the sets.
 */
import { markedSets } from './audit62-marked.ts';
import { figureValues } from '../lib/nlp/quantities.ts';
import { tokens } from '../lib/nlp/index.ts';

const show = process.argv.includes('--show');
const { events } = await import('./cards63-cards.ts');
const stories: Array<{ where: string; texts: string[] }> = [];
const seen = new Set<string>();
for await (const { articles } of markedSets(true)) {
  stories.push({ where: 'sets', texts: articles.map((a) => a.text) });
  for (const a of articles) seen.add(a.text);
}
const byEvent = new Map<string, string[]>();
for (const e of events(['gvc', 'mn', 'c40', 'c41', 'c42', 'c43', 'wns', 'pac'])) {
  const texts = byEvent.get(`${e.half}:${e.event}`) ?? [];
  for (const a of e.own) if (!seen.has(a.text)) (seen.add(a.text), texts.push(a.text));
  byEvent.set(`${e.half}:${e.event}`, texts);
}
for (const texts of byEvent.values()) if (texts.length) stories.push({ where: 'sheets', texts });

// --- Hyphenated compounds: letters-hyphen-letters, each side two letters or more, one outlet; the joined or spaced form in another.
const HYPHENED = /\b(\p{L}{2,})[-\u2010\u2011](\p{L}{2,})\b(?![-\u2010\u2011]\p{L})/gu;
const pairs = { sets: { hyph: 0, joinedElsewhere: 0, spacedElsewhere: 0, joinedAnywhere: 0 }, sheets: { hyph: 0, joinedElsewhere: 0, spacedElsewhere: 0, joinedAnywhere: 0 } };
// Every word and word pair of every text: is a joined form a word of the corpus at all (a lexicon of the texts themselves)?
const corpusWords = new Set<string>();
for (const s of stories) for (const t of s.texts) for (const k of tokens(t)) corpusWords.add(k.w);
const shown = new Set<string>();
for (const s of stories) {
  const words = s.texts.map((t) => new Set(tokens(t).map((k) => k.w)));
  const spaced = s.texts.map((t) => t.toLowerCase().replace(/\s+/g, ' '));
  const compounds = new Map<string, Set<number>>();
  s.texts.forEach((t, i) => {
    for (const m of t.matchAll(HYPHENED)) {
      const key = `${m[1]!.toLowerCase()}-${m[2]!.toLowerCase()}`;
      (compounds.get(key) ?? compounds.set(key, new Set()).get(key)!).add(i);
    }
  });
  for (const [key, outlets] of compounds) {
    const [a, b] = key.split('-') as [string, string];
    const tally = pairs[s.where as 'sets' | 'sheets'];
    tally.hyph++;
    const others = s.texts.map((_, i) => i).filter((i) => !outlets.has(i));
    const joined = others.some((i) => words[i]!.has(a + b));
    const sp = others.some((i) => new RegExp(`\\b${a} ${b}\\b`).test(spaced[i]!));
    if (joined) tally.joinedElsewhere++;
    if (sp) tally.spacedElsewhere++;
    if (corpusWords.has(a + b)) tally.joinedAnywhere++;
    if (show && (joined || sp) && !shown.has(key)) (shown.add(key), console.log(`  ${s.where} ${key}: ${joined ? 'joined' : ''} ${sp ? 'spaced' : ''}`));
  }
}
console.log('hyphenated compounds per story (distinct): written / joined form in another outlet / spaced form in another outlet / joined form a word of any text');
for (const [w, t] of Object.entries(pairs)) console.log(`  ${w}: ${t.hyph} / ${t.joinedElsewhere} / ${t.spacedElsewhere} / ${t.joinedAnywhere}`);

// --- Rounds and second days.
const ROUND = /\b(?:the (?:last|final)|round of)\s(\d{1,3}|two|four|eight|sixteen|thirty-two)\b/gi;
const MONTH = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|January|February|March|April|May|June|July|August|September|October|November|December';
const SECOND_DAY = new RegExp(`\\b(?:${MONTH})\\s\\d{1,2}(?:st|nd|rd|th)?(?:\\s(?:or|and|to|through)\\s|\\s?[-\\u2013]\\s?)(\\d{1,2})\\b`, 'g');
type Tally = { found: number; count: number; other: number; none: number };
const tally = (): Tally => ({ found: 0, count: 0, other: 0, none: 0 });
const figs: Record<string, Record<string, Tally>> = { sets: { round: tally(), day: tally() }, sheets: { round: tally(), day: tally() } };
for (const s of stories) {
  for (const text of s.texts) {
    for (const para of text.split(/\n+/)) {
      const values = figureValues(para);
      const read = (t: Tally, at: number, end: number, what: string) => {
        t.found++;
        const q = values.find((f) => f.start <= at && f.end > at);
        if (!q) t.none++;
        else if (q.kind === 'count') t.count++;
        else t.other++;
        if (show) console.log(`  ${what} ${q ? q.kind : 'none'}: ${para.slice(Math.max(0, at - 50), end + 40).replace(/\s+/g, ' ')}`);
      };
      for (const m of para.matchAll(ROUND)) read(figs[s.where]!.round!, m.index! + m[0].length - m[1]!.length, m.index! + m[0].length, 'round');
      for (const m of para.matchAll(SECOND_DAY)) read(figs[s.where]!.day!, m.index! + m[0].length - m[1]!.length, m.index! + m[0].length, 'day2');
    }
  }
}
console.log('figures: written / read as a count / another kind / no figure');
for (const [w, t] of Object.entries(figs)) for (const [k, v] of Object.entries(t)) console.log(`  ${w} ${k}: ${v.found} / ${v.count} / ${v.other} / ${v.none}`);
console.log(`${stories.length} stories (${stories.filter((s) => s.where === 'sets').length} dev sets), ${seen.size} texts`);

// `--dump FILE`: every figure of every paragraph of those texts (kind, text, offsets), to diff two trees' readings (/tmp only).
const at = process.argv.indexOf('--dump');
if (at > 0) {
  const lines: string[] = [];
  for (const s of stories) for (const text of s.texts) for (const para of text.split(/\n+/)) {
    const fs = figureValues(para);
    if (fs.length) lines.push(fs.map((q) => `${q.kind}:${q.text}@${q.start}`).join(' ') + ' | ' + para.slice(0, 60));
  }
  (await import('node:fs')).writeFileSync(process.argv[at + 1]!, lines.join('\n') + '\n');
}
