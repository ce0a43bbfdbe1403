/**
 * Sentence splitters scored on public sentence-boundary data and on real news text.
 *   npx tsx bench/sentences.ts [--diff N]
 *
 * 1. Golden rules (tests/data/sentences/golden-rules.json: the pragmatic segmenter's English golden
 *    rules and pySBD's Spanish cases, MIT): a case counts when the splitter's sentences equal the
 *    expected ones exactly (whitespace-trimmed).
 * 2. Real news (the five seeds and the 181 zyte pages when ../shared is present): number of
 *    sentences, and cuts right after a title ("Mr.", "Sen."), an initial, a state/party
 *    abbreviation ("D-N.", "R-S.") or "U.S." before a capitalised non-function word — the
 *    abbreviation splits issue 8 counted. `--diff N` prints N boundaries where two splitters differ.
 *
 * Splitters: `intl` (Intl.Segmenter alone), `rules` (Intl.Segmenter + the abbreviation pass in
 * lib/segment/sentences.ts, the one the extension uses), `wink` (wink-nlp + its English lite model,
 * the previous splitter; measured only when the package is installed), and `pipeline` (rules plus
 * lib/segment's quote merging, i.e. the units the engine sees).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceSpans } from '../lib/segment/sentences.ts';
import { splitParagraph } from '../lib/segment/index.ts';
import { loadSet, loadZyte, ROOT, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';

type Split = (text: string, lang: string) => string[];
const slices = (t: string, spans: Array<[number, number]>) => spans.map(([a, b]) => t.slice(a, b).trim());

const splitters: Record<string, Split> = {
  intl: (t, l) => slices(t, sentenceSpans(t, 'intl', l)),
  rules: (t, l) => slices(t, sentenceSpans(t, 'rules', l)),
  pipeline: (t, l) => slices(t, splitParagraph(t, { lang: l })),
};

try {
  const wink = (await import('wink-nlp' as string)).default;
  const model = (await import('wink-eng-lite-web-model' as string)).default;
  const nlp = wink(model, ['sbd']);
  splitters.wink = (t) => {
    const out: string[] = [];
    nlp.readDoc(t).sentences().each((s: { out(): string }) => void out.push(s.out().trim()));
    return out.filter(Boolean);
  };
} catch {
  console.log('wink-nlp / wink-eng-lite-web-model not installed: the previous splitter is not measured');
}

interface Case {
  text: string;
  expected: string[];
}
const golden = JSON.parse(readFileSync(join(ROOT, 'tests/data/sentences/golden-rules.json'), 'utf8')) as { en: Case[]; es: Case[] };

console.log('\nGolden rules: cases split exactly right');
console.log('splitter   English        Spanish');
for (const [name, split] of Object.entries(splitters)) {
  const score = (cases: Case[], lang: string) => {
    let ok = 0;
    for (const c of cases) {
      // Each line is a paragraph, as the extension sees text.
      const got = c.text.split(/\n+/).flatMap((p) => (p.trim() ? split(p, lang) : []));
      if (JSON.stringify(got) === JSON.stringify(c.expected.map((s) => s.trim()))) ok++;
    }
    return `${ok}/${cases.length} (${((100 * ok) / cases.length).toFixed(0)}%)`;
  };
  console.log(`${name.padEnd(10)} ${score(golden.en, 'en').padEnd(14)} ${score(golden.es, 'es')}`);
}

// Real news text: paragraphs of the seeds and zyte pages.
const articles = [...(await loadSet('seeds'))];
if (ZYTE_DIR && existsSync(ZYTE_DIR)) articles.push(...loadZyte());
else console.log(`\nzyte pages absent: real-news counts use the seeds only`);
const paragraphs = articles.flatMap((a) => a.text.split('\n\n').map((p) => ({ p, lang: a.language ?? 'en' })));

/** A cut right after one of these is an abbreviation split (issue 8's "D-N." / "Y., speaking" case). */
const BAD_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|Rev|St|Sgt|Capt|Sept|Jan|Feb|Aug|Oct|Nov|Dec|[A-Z]-[A-Z]|[A-Z])\.$/;
const NEXT_CONTINUES = /^["“]?(?:[A-Z]\.|[A-Z][a-z]+(?! )|[a-z])/;
const FUNCTION = /^["“]?(?:The|A|An|He|She|It|They|We|I|You|This|That|But|And|In|On|At|For|If|When|After|His|Her|Their|There|Its|As|So|Some)\b/;

console.log(`\nReal news: ${articles.length} articles, ${paragraphs.length} paragraphs`);
console.log('splitter   sentences  cuts after a title/initial/"X-Y." abbreviation');
const results: Record<string, string[][]> = {};
for (const [name, split] of Object.entries(splitters)) {
  let n = 0;
  let bad = 0;
  const per: string[][] = [];
  for (const { p, lang } of paragraphs) {
    const s = split(p, lang);
    per.push(s);
    n += s.length;
    for (let k = 0; k + 1 < s.length; k++) if (BAD_END.test(s[k]!) && NEXT_CONTINUES.test(s[k + 1]!) && !FUNCTION.test(s[k + 1]!)) bad++;
  }
  results[name] = per;
  console.log(`${name.padEnd(10)} ${String(n).padEnd(10)} ${bad}`);
}

const diffAt = process.argv.indexOf('--diff');
if (diffAt > 0 && results.wink) {
  const max = Number(process.argv[diffAt + 1] ?? 20);
  let shown = 0;
  for (let i = 0; i < paragraphs.length && shown < max; i++) {
    const a = results.wink[i]!;
    const b = results.rules![i]!;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    shown++;
    console.log(`\n--- wink (${a.length})\n  ${a.join('\n  ')}\n+++ rules (${b.length})\n  ${b.join('\n  ')}`);
  }
}

if (process.argv.includes('--bad')) {
  for (const { p, lang } of paragraphs) {
    const s = splitters.rules!(p, lang);
    for (let k = 0; k + 1 < s.length; k++) if (BAD_END.test(s[k]!) && NEXT_CONTINUES.test(s[k + 1]!) && !FUNCTION.test(s[k + 1]!)) console.log(`${s[k]!.slice(-50)} || ${s[k + 1]!.slice(0, 40)}`);
  }
}

if (process.argv.includes('--boundaries') && results.wink) {
  // Boundaries one splitter has and the other does not, shown as "…left || right…".
  const ends = (ss: string[], p: string) => {
    const set = new Set<number>();
    let at = 0;
    for (const s of ss) {
      at = p.indexOf(s, at);
      if (at < 0) return set;
      at += s.length;
      set.add(at);
    }
    return set;
  };
  for (const [a, b] of [['wink', 'rules'], ['rules', 'wink']] as const) {
    console.log(`\nCuts only ${a} makes:`);
    paragraphs.forEach(({ p }, i) => {
      const ea = ends(results[a]![i]!, p);
      const eb = ends(results[b]![i]!, p);
      for (const e of ea) if (!eb.has(e) && e < p.trim().length) console.log(`  ${p.slice(Math.max(0, e - 40), e).replace(/\n/g, ' ')} || ${p.slice(e, e + 30).trim()}`);
    });
  }
}
