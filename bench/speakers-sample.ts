/**
 * Speaker accuracy on direct quotes of the 181 zyte pages (../shared/data/zyte-article-extraction,
 * MIT), judged by reading the text around each quote.
 *
 *   npx tsx bench/speakers-sample.ts                     # score both judged samples
 *   npx tsx bench/speakers-sample.ts --errors            # … and print every wrong dev quote with its context (never held-out ones)
 *   npx tsx bench/speakers-sample.ts --draw heldout      # print a fresh draw's contexts for judging (no answers shown)
 *
 * Two deterministic samples of the direct quotes `extractQuotes` found at the commit that drew them
 * (pages in file-name order, quotes in text order, numbered 0…N-1):
 *   - dev:     every 15th quote from 0 (the stride of docs/notes/nlp.md's sample). Errors here are
 *              looked at and fixed.
 *   - heldout: every 13th quote from 6, leaving out the indexes the dev stride holds. Measured before
 *              and after a change, never looked at to find a cause.
 *   - dev2:    every 11th quote from 5, drawn after the first round of fixes (the extractor then found
 *              a slightly different list), leaving out every quote already in the two samples above.
 *              A second development sample, looked at like dev.
 * The judgements are in tests/data/quotes/speakers-{dev,heldout}.json: {page, start, prefix, speaker}
 * (speaker null when the text states none: scare quotes, titles, slogans). A sample is fixed by its
 * file: scoring finds each judged quote again by its start offset, whatever the extractor now finds.
 *
 * A speaker is right when it names the judged person: the same name, or a shorter form of it ("Trump"
 * for "Donald Trump"; "Donald J. Trump" for "Donald Trump"), same surname; null is right only for null
 * (or for words the text gives to an organisation, `org`, which may also be named).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { nodeEnv } from '../cli/node-env.ts';
import { ingestFile } from '../lib/ingest/index.ts';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Article, Quote } from '../lib/types.ts';
import { ROOT, ZYTE_DIR } from '../tests/data/engine/fixtures.ts';

export interface Judged {
  page: string;
  start: number;
  /** The quote's first words as the extractor gave them when drawn (to read the file, and to check). */
  prefix: string;
  speaker: string | null;
  /** The organisation the text attributes the words to ("Russia's foreign ministry said"): right when left empty or named. */
  org?: string;
  /** Another person the words are as much attributed to ("Ford and Fry replied"). */
  also?: string[];
}

export const SAMPLES = {
  dev: { stride: 15, offset: 0, file: 'tests/data/quotes/speakers-dev.json' },
  heldout: { stride: 13, offset: 6, file: 'tests/data/quotes/speakers-heldout.json' },
  dev2: { stride: 11, offset: 5, file: 'tests/data/quotes/speakers-dev2.json' },
} as const;
type SampleName = keyof typeof SAMPLES;

interface Page {
  page: string;
  article: Article;
}

/** The zyte pages ingested as the extension reads a page; cached in $SPEAKERS_CACHE when set (dev loop). */
function loadPages(dir: string): Page[] {
  const cache = process.env.SPEAKERS_CACHE;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Page[];
  const out: Page[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) {
    const html = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const r = ingestFile({ name: f.replace(/\.gz$/, ''), content: html }, nodeEnv);
    const a = r.articles.find((x) => x.units.length > 0);
    if (a) out.push({ page: f.replace(/\.html\.gz$/, ''), article: a });
  }
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s$/, '');
const nameWords = (s: string) => fold(s).split(/[\s.,]+/).filter((w) => w && !/^(?:jr|sr|ii|iii)$/.test(w));

/** Same person: same surname, and one name's words contained in the other's. */
export function sameSpeaker(got: string | null, expected: string | null): boolean {
  if (got === null || expected === null) return got === expected;
  const g = nameWords(got);
  const e = nameWords(expected);
  if (!g.length || !e.length || g[g.length - 1] !== e[e.length - 1]) return false;
  const gs = new Set(g);
  const es = new Set(e);
  return g.every((w) => es.has(w)) || e.every((w) => gs.has(w));
}

/** Context for judging: the previous paragraph and the quote's paragraph, the quote in ⟦ ⟧. */
function context(a: Article, q: Quote): string {
  const t = a.text;
  const paraStart = t.lastIndexOf('\n\n', q.start);
  const prevStart = paraStart > 0 ? t.lastIndexOf('\n\n', paraStart - 1) : -1;
  const from = Math.max(prevStart + 2, q.start - 900, 0);
  let to = t.indexOf('\n\n', q.end);
  if (to < 0) to = t.length;
  to = Math.min(to, q.end + 300);
  return (t.slice(from, q.start) + '⟦' + t.slice(q.start, q.end) + '⟧' + t.slice(q.end, to)).replace(/\n\n/g, ' ¶ ');
}

function draw(pages: Page[], name: SampleName): Array<{ page: Page; q: Quote }> {
  const { stride, offset } = SAMPLES[name];
  const all = pages.flatMap((p) => extractQuotes(p.article).filter((q) => q.kind === 'direct').map((q) => ({ page: p, q })));
  const taken = new Set<string>();
  if (name === 'dev2') {
    for (const other of ['dev', 'heldout'] as const) {
      const f = join(ROOT, SAMPLES[other].file);
      if (existsSync(f)) for (const j of (JSON.parse(readFileSync(f, 'utf8')) as { quotes: Judged[] }).quotes) taken.add(`${j.page}@${j.start}`);
    }
  }
  return all.filter(({ page, q }, i) => i % stride === offset && (name !== 'heldout' || i % SAMPLES.dev.stride !== SAMPLES.dev.offset) && !taken.has(`${page.page}@${q.start}`) && !all.some((x) => taken.has(`${x.page.page}@${x.q.start}`) && x.page === page && x.q.start <= q.start && q.start < x.q.end));
}

function score(pages: Page[], name: SampleName, showErrors: boolean): void {
  const file = join(ROOT, SAMPLES[name].file);
  if (!existsSync(file)) return void console.log(`${name}: ${SAMPLES[name].file} absent (draw it with --draw ${name})`);
  const judged = (JSON.parse(readFileSync(file, 'utf8')) as { quotes: Judged[] }).quotes;
  const byPage = new Map(pages.map((p) => [p.page, p]));
  const cache = new Map<string, Quote[]>();
  let right = 0;
  let wrongPerson = 0;
  let missed = 0;
  let spurious = 0;
  let lost = 0;
  let named = 0;
  for (const j of judged) {
    const p = byPage.get(j.page);
    if (!p) throw new Error(`${name}: page ${j.page} not found`);
    const qs = cache.get(j.page) ?? extractQuotes(p.article).filter((q) => q.kind === 'direct');
    cache.set(j.page, qs);
    const q = qs.find((x) => x.start <= j.start && j.start < x.end);
    const got = q ? q.speaker : null;
    if (!q) lost++;
    if (j.speaker !== null) named++;
    const ok = sameSpeaker(got, j.speaker) || (j.also ?? []).some((x) => sameSpeaker(got, x)) || (j.org !== undefined && got !== null && nameWords(j.org).includes(nameWords(got).pop()!));
    if (ok) right++;
    else if (j.speaker === null) spurious++;
    else if (got === null) missed++;
    else wrongPerson++;
    if (!ok && showErrors && name !== 'heldout') {
      const shown = q ?? { start: j.start, end: j.start + j.prefix.length } as Quote;
      console.log(`\n[${name}] ${j.page} @${j.start}: expected ${j.speaker ?? '—'}, got ${got ?? '—'}${q ? '' : ' (quote not found)'}\n  ${context(p.article, shown)}`);
    }
  }
  const n = judged.length;
  console.log(
    `${name.padEnd(8)} ${right}/${n} right (${(right / n).toFixed(2)}); ${named} with a stated speaker: ${wrongPerson} wrong person, ${missed} missed; ` +
      `${n - named} with none: ${spurious} given a speaker; ${lost} no longer found as a direct quote`,
  );
}

const args = process.argv.slice(2);
if (!ZYTE_DIR) {
  console.log('speakers-sample: ../shared/data/zyte-article-extraction/html absent; nothing to measure');
  process.exit(0);
}
const pages = loadPages(ZYTE_DIR);
const drawAt = args.indexOf('--draw');
if (drawAt >= 0) {
  const name = args[drawAt + 1] as SampleName;
  if (!(name in SAMPLES)) throw new Error('--draw dev|heldout|dev2');
  const drawn = draw(pages, name);
  // Judging sheet: one block per quote, no speaker shown; the skeleton JSON gets speaker "?".
  drawn.forEach(({ page, q }, n) => console.log(`#${n} ${page.page} @${q.start}\n  ${context(page.article, q)}\n`));
  const skeleton = drawn.map(({ page, q }) => ({ page: page.page, start: q.start, prefix: q.text.split(/\s+/).slice(0, 6).join(' '), speaker: '?' }));
  writeFileSync(`/tmp/speakers-${name}-skeleton.json`, JSON.stringify(skeleton, null, 1));
  console.log(`${drawn.length} quotes; skeleton in /tmp/speakers-${name}-skeleton.json`);
} else {
  for (const name of Object.keys(SAMPLES) as SampleName[]) score(pages, name, args.includes('--errors'));
}
