/**
 * Speaker samples from PolNeAR (bench/data/polnear.ts: 2016 US campaign news of seven outlets, every attribution
 * annotated by hand), and the corpus-wide agreement with its annotators.
 *
 *   npx tsx bench/speakers-polnear.ts --draw polnear9         # judging sheet for a sample (the annotated source shown, the engine's answer never)
 *   npx tsx bench/speakers-polnear.ts --agree [train|dev]     # every direct quote whose annotated source is a name: does the engine name that person?
 *   npx tsx bench/speakers-polnear.ts --same                  # quotes stored at ingestion (the trace view) = extractQuotes (the CLI's fallback)
 *   npx tsx bench/speakers-polnear.ts --publications          # train quotes whose speaker reads as a publication (issue 8: never the speaker)
 *   npx tsx bench/speakers-polnear.ts --agree train --show 20 # … and 20 disagreements of each kind (train only: dev holds the sealed sample)
 *
 * A sample (SAMPLES in bench/speakers-data.ts, scored by bench/speakers-sample.ts like every other): the direct
 * quotes `extractQuotes` finds in a compartment's articles (the same function the trace view and the CLI read),
 * shuffled per outlet with a fixed seed, at most one quote an article, `perOutlet` quotes from each of the seven
 * outlets. The sheet shows each quote in its paragraphs and the attribution the annotators gave it (source and
 * cue); the judge writes the speaker's name as the article gives it (a pronoun or role resolved by reading),
 * null when the annotators gave none and the text names nobody, `org` for an organisation's words.
 */
import { writeFileSync } from 'node:fs';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Quote } from '../lib/types.ts';
import { attributionOf, rawSpan, type Compartment, type PolnearDoc, polnearOrSkip } from './data/polnear.ts';
import { quoteContext, sameSpeaker } from './speakers-data.ts';
import { prng, shuffleInPlace } from '../tests/hostile/harness.ts'; // mulberry32, seeded

/** The PolNeAR samples: compartment, seed, quotes per outlet. */
export const POLNEAR_DRAWS: Record<string, { compartment: Compartment; seed: number; perOutlet: number }> = {
  polnear9: { compartment: 'train', seed: 9, perOutlet: 10 },
  'polnear9-sealed': { compartment: 'dev', seed: 99, perOutlet: 7 },
  // speak10: PolNeAR's test compartment (84 articles, month 12), never read before this draw.
  'polnear10-sealed': { compartment: 'test', seed: 10, perOutlet: 9 },
};


export function drawPolnear(docs: PolnearDoc[], name: string): Array<{ doc: PolnearDoc; q: Quote }> {
  const { seed, perOutlet } = POLNEAR_DRAWS[name]!;
  const rnd = prng(seed);
  const out: Array<{ doc: PolnearDoc; q: Quote }> = [];
  for (const pub of [...new Set(docs.map((d) => d.publisher))].sort()) {
    const pool = docs.filter((d) => d.publisher === pub).flatMap((doc) => extractQuotes(doc.article).filter((q) => q.kind === 'direct').map((q) => ({ doc, q })));
    shuffleInPlace(pool, rnd);
    const used = new Set<string>();
    for (const x of pool) {
      if (out.filter((y) => y.doc.publisher === pub).length >= perOutlet) break;
      if (used.has(x.doc.id)) continue;
      used.add(x.doc.id);
      out.push(x);
    }
  }
  return out;
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|his|her|their|its|who|which|that)$/i;
/** A name in an annotated source span: its last run of capitalised words ("Clinton spokesman Brian Fallon" → "Brian Fallon"); null for a pronoun or a common noun phrase. */
export function nameInSource(s: string): string | null {
  const runs = [...s.matchAll(/(?:[A-Z][\p{L}'’.-]*\s?)+/gu)].map((m) => m[0].trim()).filter((r) => !PRONOUN.test(r) && !/^(?:The|A|An|This|That|These|Those|Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?$/.test(r));
  const r = runs.pop();
  return r ? r.replace(/^(?:The|A|An|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sen\.?|Rep\.?|Gov\.?)\s+/, '').replace(/[’']s$/, '') : null;
}

const context = (doc: PolnearDoc, q: Quote) => quoteContext(doc.article.text, q, 2, 1500);

/** Words that make a name a publication or a news organisation ("The New York Times", "Fox News", "Reuters"). */
const PUBLICATION = /\b(?:Times|Post|Journal|News|Press|Reuters|Politico|POLITICO|CNN|MSNBC|NBC|ABC|CBS|Fox|Breitbart|HuffPost|Huffington|Bloomberg|Associated|Herald|Tribune|Guardian|Daily|Magazine|Newsweek|Axios|BuzzFeed|Gawker|Hill|Yorker|Atlantic|Politifact|PolitiFact|Radio|Television|TV|Gazette|Examiner|Register|Telegraph|Economist|Vox|Slate|Salon|Wire)\b/;

const args = process.argv.slice(2);
const drawAt = args.indexOf('--draw');
const agreeAt = args.indexOf('--agree');
if (drawAt >= 0) {
  const name = args[drawAt + 1]!;
  if (!(name in POLNEAR_DRAWS)) throw new Error(`--draw ${Object.keys(POLNEAR_DRAWS).join('|')}`);
  const docs = polnearOrSkip(POLNEAR_DRAWS[name]!.compartment, name);
  const drawn = drawPolnear(docs, name);
  const skeleton = drawn.map(({ doc, q }, n) => {
    const at = attributionOf(doc, rawSpan(doc, q.start, q.end));
    const src = at ? at.sourceText : null;
    const loc = at?.source[0] ? doc.raw.slice(Math.max(0, at.source[0][0] - 120), at.source[0][1] + 60).replace(/\s+/g, ' ') : '';
    console.log(`#${n} ${doc.id} @${q.start}\n  ${context(doc, q)}\n  ANNOTATED: ${at ? `source «${src}» cue «${at.cue.map(([a, b]) => doc.raw.slice(a, b)).join(' … ')}»  …${loc}…` : 'no attribution'}\n`);
    return { page: doc.id, start: q.start, prefix: '', speaker: src === null ? null : (nameInSource(src) ?? '?'), source: src };
  });
  writeFileSync(`/tmp/speakers-${name}-skeleton.json`, JSON.stringify(skeleton, null, 1));
  console.log(`${drawn.length} quotes; skeleton in /tmp/speakers-${name}-skeleton.json`);
} else if (args.includes('--same')) {
  // Issue 8 item 6: a quote's speaker is the same in the trace view and the CLI. Both trace with lib/quotes/trace.ts
  // over the quotes stored at ingestion (article.quotes, lib/ingest/article.ts); the CLI recomputes them with
  // extractQuotes only for articles stored without quotes (cli/trace.ts withQuotes). The two must agree.
  const docs = polnearOrSkip('train', '--same');
  let quotes = 0;
  let differ = 0;
  for (const doc of docs) {
    const stored = doc.article.quotes ?? [];
    const again = extractQuotes(doc.article);
    quotes += stored.length;
    for (const q of stored) {
      const r = again.find((x) => x.start === q.start && x.end === q.end && x.kind === q.kind);
      if (!r || r.speaker !== q.speaker) {
        differ++;
        console.log(`${doc.id} @${q.start}: stored ${q.speaker ?? '—'}, recomputed ${r ? (r.speaker ?? '—') : '(no such quote)'}`);
      }
    }
    if (again.length !== stored.length) differ += Math.abs(again.length - stored.length);
  }
  console.log(`train: ${quotes} quotes stored at ingestion; ${differ} differ from extractQuotes on the same article`);
} else if (args.includes('--publications')) {
  // Issue 8 item 6: a publication (or an "according to" source that is one) is never the speaker. Every direct
  // quote of the train compartment whose speaker reads as a publication, with its annotated source.
  const docs = polnearOrSkip('train', '--publications');
  let quotes = 0;
  let hits = 0;
  for (const doc of docs) {
    for (const q of extractQuotes(doc.article).filter((x) => x.kind === 'direct')) {
      quotes++;
      if (!q.speaker || !PUBLICATION.test(q.speaker)) continue;
      hits++;
      const at = attributionOf(doc, rawSpan(doc, q.start, q.end));
      console.log(`${doc.id} @${q.start}: ${q.speaker} (annotated «${at?.sourceText ?? '—'}»)\n  …${context(doc, q).slice(-400)}`);
    }
  }
  console.log(`train: ${hits} of ${quotes} direct quotes given to a name that reads as a publication`);
} else if (agreeAt >= 0) {
  const compartment = (args[agreeAt + 1] ?? 'train') as Compartment;
  const docs = polnearOrSkip(compartment, '--agree');
  // --show N: N disagreements of each kind (another person, nobody), drawn with a fixed seed; never for the dev
  // compartment, which holds the sealed sample.
  const show = compartment === 'train' && args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;
  const shown: string[] = [];
  const missedShown: string[] = [];
  let named = 0;
  let same = 0;
  let none = 0;
  let quotes = 0;
  for (const doc of docs) {
    for (const q of extractQuotes(doc.article).filter((x) => x.kind === 'direct')) {
      quotes++;
      const at = attributionOf(doc, rawSpan(doc, q.start, q.end));
      const name = at ? nameInSource(at.sourceText) : null;
      if (!name || !at || at.sourceText.split(/\s+/).length > 8) continue;
      named++;
      if (q.speaker === null) none++;
      else if (sameSpeaker(q.speaker, name) || sameSpeaker(q.speaker.split(/\s+/).pop()!, name.split(/\s+/).pop()!)) same++;
      else if (show) shown.push(`${doc.id} @${q.start}: annotated «${at.sourceText}» (${name}), engine ${q.speaker}\n  ${context(doc, q).slice(-700)}`);
      if (q.speaker === null && show) missedShown.push(`${doc.id} @${q.start}: annotated «${at.sourceText}» (${name}), engine —\n  ${context(doc, q).slice(-700)}`);
    }
  }
  if (show) {
    const rnd = prng(7);
    const pick = (xs: string[]) => xs.map((x) => [rnd(), x] as const).sort((a, b) => a[0] - b[0]).slice(0, show).map((x) => x[1]);
    console.log(['ANOTHER PERSON', ...pick(shown), 'NOBODY', ...pick(missedShown)].join('\n\n'));
  }
  console.log(`${compartment}: ${docs.length} articles, ${quotes} direct quotes; ${named} whose annotated source holds a name: ${same} the same person (${(same / named).toFixed(3)}), ${none} given nobody, ${named - same - none} another`);
}
