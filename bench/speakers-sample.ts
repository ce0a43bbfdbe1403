/**
 * Speaker accuracy on direct quotes of the 181 zyte pages (../shared/data/zyte-article-extraction,
 * MIT) and of NewsWCL50's 50 US-politics articles (bench/data/newswcl.ts, CC BY-SA 4.0), judged by
 * reading the text around each quote.
 *
 *   npx tsx bench/speakers-sample.ts                     # score every judged sample
 *   npx tsx bench/speakers-sample.ts --errors            # … and print every wrong dev quote with its context (never held-out ones)
 *   npx tsx bench/speakers-sample.ts --draw heldout      # print a fresh draw's contexts for judging (no answers shown)
 *   npx tsx bench/speakers-sample.ts --only wcl          # only the samples whose name starts with "wcl"
 *   npx tsx bench/speakers-sample.ts --unseal            # also score a sealed sample (judged, put aside until the round's end)
 *   npx tsx bench/speakers-sample.ts --dropped wcl       # quoted spans the quote finder does not keep as quotes (titles, labels), and their count
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
 *   - wcl-heldout / wcl-dev: NewsWCL50 (10 US-politics events of 2018 × HuffPost, NYT, USA Today, Fox
 *              News, Breitbart; full texts), articles in id order, quotes in text order: every 12th
 *              quote from 0 is held out, every 12th from 6 is dev. Drawn at the same commit, before any
 *              change for this sample; the held-out half was judged first. Its errors are never printed.
 *   - wcl-dev2: every 12th NewsWCL50 quote from 1, drawn after the first two rounds of changes (at
 *              4712acc) and judged unseen before its errors were read: a fresh estimate, then a dev sample.
 *   - wcl-dev3: every 12th NewsWCL50 quote from 4, drawn the same way at a949fea.
 *   - wcl-dev4: every 12th NewsWCL50 quote from 8 and every 120th from 10 (46 + 5 quotes), drawn the same
 *              way at 933b63c (speak4).
 *   - wcl-dev5: every 12th NewsWCL50 quote from 2 and every 24th from 5, drawn the same way at dd5d6e9
 *              (speak5): read unseen, then a dev sample.
 *   - wcl-fresh6: every 12th NewsWCL50 quote from 7 and every 24th from 10, drawn and judged at dd5d6e9
 *              with wcl-dev5, then sealed (not scored) until the end of speak5's round, where it read
 *              0.83; held out (its errors are never printed). A sample marked `sealed` is scored only
 *              with --unseal.
 * From speak6 on, every sample above is a dev sample (their errors are printed; bench/fit-speakers.ts
 * fits the speaker ranker on all of them); a new sample marked `sealed` and `heldOut` is never scored
 * without --unseal and never printed.
 *   npx tsx bench/speakers-sample.ts --json F.json       # every judged quote's result (expected, got, context) in F
 * The judgements are in tests/data/quotes/speakers-{dev,heldout}.json: {page, start, prefix, speaker}
 * (speaker null when the text states none: scare quotes, titles, slogans). A sample is fixed by its
 * file: scoring finds each judged quote again by its start offset, whatever the extractor now finds.
 *
 * A speaker is right when it names the judged person: the same name, or a shorter form of it ("Trump"
 * for "Donald Trump"; "Donald J. Trump" for "Donald Trump"), same surname; null is right only for null
 * (or for words the text gives to an organisation, `org`, which may also be named).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuotes } from '../lib/quotes/extract.ts';
import { markedSpans } from '../lib/quotes/marks.ts';
import type { Article, Quote } from '../lib/types.ts';
import { ROOT } from '../tests/data/engine/fixtures.ts';
import { createHash } from 'node:crypto';
import { isRight, nameWords, pagesOf, quoteAt, SAMPLES, type Judged, type Page, type SampleName, type Source } from './speakers-data.ts';

export { SAMPLES, sameSpeaker, type Judged } from './speakers-data.ts';
/** Context for judging: the `paras` previous paragraphs and the quote's paragraph, the quote in ⟦ ⟧. */
function context(a: Article, q: Quote, paras = 1): string {
  const t = a.text;
  let prevStart = t.lastIndexOf('\n\n', q.start);
  for (let n = 0; n < paras && prevStart > 0; n++) prevStart = t.lastIndexOf('\n\n', prevStart - 1);
  const from = Math.max(prevStart < 0 ? 0 : prevStart + 2, q.start - 900 * paras);
  let to = t.indexOf('\n\n', q.end);
  if (to < 0) to = t.length;
  to = Math.min(to, q.end + 300);
  return (t.slice(from, q.start) + '⟦' + t.slice(q.start, q.end) + '⟧' + t.slice(q.end, to)).replace(/\n\n/g, ' ¶ ');
}

function draw(pages: Page[], name: SampleName): Array<{ page: Page; q: Quote }> {
  const { stride, offset, extra } = SAMPLES[name]!;
  const extras = extra === undefined ? [] : Array.isArray(extra) ? extra : [extra];
  const all = pages.flatMap((p) => extractQuotes(p.article).filter((q) => q.kind === 'direct').map((q) => ({ page: p, q })));
  const taken = new Set<string>();
  {
    for (const other of SAMPLES[name]!.exclude ?? []) {
      const f = join(ROOT, SAMPLES[other]!.file);
      if (existsSync(f)) for (const j of (JSON.parse(readFileSync(f, 'utf8')) as { quotes: Judged[] }).quotes) taken.add(`${j.page}@${j.start}`);
    }
  }
  return all.filter(({ page, q }, i) => (i % stride === offset || extras.some((x) => i % x.stride === x.offset)) && (name !== 'heldout' || i % SAMPLES.dev!.stride !== SAMPLES.dev!.offset) && !taken.has(`${page.page}@${q.start}`) && !all.some((x) => taken.has(`${x.page.page}@${x.q.start}`) && x.page === page && x.q.start <= q.start && q.start < x.q.end));
}

/** One judged quote's result, for --json (fitting and error pooling read these). */
export interface Scored {
  sample: string;
  page: string;
  start: number;
  expected: string | null;
  also?: string[] | string;
  org?: string;
  got: string | null;
  ok: boolean;
  kind: 'right' | 'wrong person' | 'missed' | 'given' ;
  found: boolean;
  context: string;
}
const scored: Scored[] = [];

function score(pages: Page[], name: SampleName, showErrors: boolean): void {
  const file = join(ROOT, SAMPLES[name]!.file);
  if (!existsSync(file)) return void console.log(`${name}: ${SAMPLES[name]!.file} absent (draw it with --draw ${name})`);
  const judged = (JSON.parse(readFileSync(file, 'utf8')) as { quotes: Judged[] }).quotes;
  const byPage = new Map(pages.map((p) => [p.page, p]));
  const cache = new Map<string, Quote[]>();
  let right = 0;
  let wrongPerson = 0;
  let missed = 0;
  let spurious = 0;
  let lost = 0;
  let named = 0;
  let rehashed = 0;
  for (const j of judged) {
    const p = byPage.get(j.page);
    if (!p) throw new Error(`${name}: page ${j.page} not found`);
    const qs = cache.get(j.page) ?? extractQuotes(p.article).filter((q) => q.kind === 'direct');
    cache.set(j.page, qs);
    const q = quoteAt(qs, j.start);
    const got = q ? q.speaker : null;
    if (!q) lost++;
    else if (j.hash && createHash('sha1').update(q.text).digest('hex').slice(0, 8) !== j.hash) rehashed++;
    if (j.speaker !== null) named++;
    const ok = isRight(got, j);
    scored.push({ sample: name, page: j.page, start: j.start, expected: j.speaker, also: j.also, org: j.org, got, ok, kind: ok ? 'right' : j.speaker === null ? 'given' : got === null ? 'missed' : 'wrong person', found: !!q, context: context(p.article, q ?? ({ start: j.start, end: j.start + j.prefix.length } as Quote), 2) });
    if (ok) right++;
    else if (j.speaker === null) spurious++;
    else if (got === null) missed++;
    else wrongPerson++;
    if (!ok && showErrors && !SAMPLES[name]!.heldOut) {
      const shown = q ?? { start: j.start, end: j.start + j.prefix.length } as Quote;
      console.log(`\n[${name}] ${j.page} @${j.start}: expected ${j.speaker ?? '—'}, got ${got ?? '—'}${q ? '' : ' (quote not found)'}\n  ${context(p.article, shown)}`);
    }
  }
  const n = judged.length;
  console.log(
    `${name.padEnd(11)} ${right}/${n} right (${(right / n).toFixed(2)}); ${named} with a stated speaker: ${wrongPerson} wrong person, ${missed} missed; ` +
      `${n - named} with none: ${spurious} given a speaker; ${lost} no longer found as a direct quote${rehashed ? `; ${rehashed} found with another text than judged` : ''}`,
  );
}

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1]! : '';
const drawAt = args.indexOf('--draw');
const droppedAt = args.indexOf('--dropped');
if (droppedAt >= 0) {
  // Every paired quotation-mark span no direct quote overlaps: what the finder took for a title or a label.
  const source = args[droppedAt + 1] as Source;
  const pages = pagesOf(source);
  if (!pages) console.log(`--dropped ${source}: its pages are absent`);
  else {
    let spans = 0;
    let dropped = 0;
    for (const { page, article } of pages) {
      const t = article.text;
      const qs = extractQuotes(article).filter((q) => q.kind === 'direct');
      const paras = [...t.matchAll(/[^]+?(?=\n\s*\n|$)/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
      for (const [a, b] of paras) {
        for (const m of markedSpans(t, a, b)) {
          spans++;
          if (qs.some((q) => q.start < m.innerEnd && q.end > m.innerStart)) continue;
          dropped++;
          console.log(`${page} @${m.open}: …${t.slice(Math.max(a, m.open - 50), m.open).replace(/\s+/g, ' ')}⟦${t.slice(m.innerStart, m.innerEnd).slice(0, 80)}⟧`);
        }
      }
    }
    console.log(`${source}: ${dropped} of ${spans} quoted spans not kept as direct quotes`);
  }
} else if (drawAt >= 0) {
  const name = args[drawAt + 1] as SampleName;
  if (!(name in SAMPLES)) throw new Error(`--draw ${Object.keys(SAMPLES).join('|')}`);
  const pages = pagesOf(SAMPLES[name]!.source);
  if (!pages) throw new Error(`${name}: its pages are absent`);
  const drawn = draw(pages, name);
  // Judging sheet: one block per quote, no speaker shown; the skeleton JSON gets speaker "?".
  drawn.forEach(({ page, q }, n) => console.log(`#${n} ${page.page} @${q.start}\n  ${context(page.article, q, SAMPLES[name]!.source === 'wcl' ? 2 : 1)}\n`));
  const skeleton = drawn.map(({ page, q }) => ({ page: page.page, start: q.start, prefix: q.text.split(/\s+/).slice(0, 6).join(' '), speaker: '?' }));
  writeFileSync(`/tmp/speakers-${name}-skeleton.json`, JSON.stringify(skeleton, null, 1));
  console.log(`${drawn.length} quotes; skeleton in /tmp/speakers-${name}-skeleton.json`);
} else {
  for (const name of Object.keys(SAMPLES).filter((n) => n.startsWith(only))) {
    const pages = pagesOf(SAMPLES[name]!.source);
    if (SAMPLES[name]!.sealed && !args.includes('--unseal')) console.log(`${name}: sealed, not scored (judged and put aside; scored once at the end of the round with --unseal)`);
    else if (!pages) console.log(`${name}: skipped, its pages are absent (source ${SAMPLES[name]!.source}: see bench/speakers-data.ts)`);
    else score(pages, name, args.includes('--errors'));
  }
  // Totals by group (speak18): the older samples, the fresh ones (first read on text nobody had tuned on: senior14, as15,
  // senior15; speak16.md) and chaos16 (sealed for stop 26, dev from speak18 on), listed apart; sealed samples never counted.
  const groups: Array<[string, RegExp]> = [['older', /^(?!senior14|as15|senior15|chaos|cp18|gvc20)/], ['fresh', /^(?:senior14|as15|senior15)-/], ['chaos16', /^chaos16-/], ['chaos17/18+cp18', /^(?:chaos17|chaos18|cp18)-/], ['gvc20', /^gvc20-/]];
  const counted = scored.filter((r) => !SAMPLES[r.sample]!.heldOut);
  if (!only) for (const [g, re] of groups) {
    const rs = counted.filter((r) => re.test(r.sample));
    if (rs.length) console.log(`${g.padEnd(11)} ${rs.filter((r) => r.ok).length}/${rs.length} right; wrong person ${rs.filter((r) => r.kind === 'wrong person').length}, missed ${rs.filter((r) => r.kind === 'missed').length}, given ${rs.filter((r) => r.kind === 'given').length}`);
  }
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0) writeFileSync(args[jsonAt + 1]!, JSON.stringify(scored.filter((r) => !SAMPLES[r.sample]!.heldOut || args.includes('--unseal')), null, 1));
}
