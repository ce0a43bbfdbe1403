/**
 * The speech verbs and role nouns the speaker rules read, counted from data rather than chosen by eye (speak14):
 * PolNeAR *train* (bench/data/polnear.ts; 840 articles, every attribution's source / cue / content annotated by hand).
 *
 *   npx tsx bench/speakers-cues.ts                 # the counts: cue words and role nouns the lexicon lacks, by frequency
 *   npx tsx bench/speakers-cues.ts --floors        # … and the proxy (bench/speakers-proxy.ts) with the words at each floor added
 *   npx tsx bench/speakers-cues.ts --floors --roles  # the same for role nouns
 *
 * Cue words: for each attribution whose content holds a quotation mark, its cue's first word (lower case) when the cue
 * touches the source span (`X echoed`, `beamed X`: at most one word between), so that the word is a verb whose subject
 * is the speaker (a noun cue, "in a statement", is not next to its source). Counted once per attribution; the words
 * already in the lexicon (SPEECH_VERBS, MORE_SPEECH_VERBS, NAMING_VERBS, PARTICIPLES) and function words are left out.
 *
 * Role nouns: in each source span, the lower-case word right before a run of capitalised words that ends the span's
 * head ("party boss Reince Priebus", "Texas delegate Bill Eastland") — a title noun before a name; those already in
 * ROLE_WORDS / TITLE_NOUNS and function words left out.
 *
 * The floor: a word enters when its count is at least the floor; --floors adds the words above each floor to the
 * engine's lexicon at run time (MORE_SPEECH_VERBS / ROLE_WORDS are Sets) and reads the proxy. The proxy is the same
 * train compartment the words are counted on (in sample); the judged samples (bench/speakers-sample.ts) and the
 * leave-one-sample-out (bench/fit-speakers.ts) are the check on text the counts did not see.
 */
import { extractQuotes } from '../lib/quotes/extract.ts';
import { MORE_SPEECH_VERBS, NAMING_VERBS, NOT_NAMES, PARTICIPLES, ROLE_WORDS, SPEECH_VERBS, TITLE_NOUNS } from '../lib/quotes/lexicon.ts';
import { type PolnearDoc, polnearOrSkip } from './data/polnear.ts';
import { proxyRows } from './speakers-proxy.ts';

const FUNCTION_WORDS = /^(?:according|to|in|on|at|of|for|by|with|per|as|that|the|a|an|and|or|but|not|also|has|have|had|was|were|is|are|be|been|will|would|could|can|may|might|should|did|do|does|who|which|it|this|said)$/;

/** Cue words next to their source, counted once per attribution whose content holds a quotation mark. */
export function cueCounts(docs: PolnearDoc[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const d of docs) {
    for (const at of d.attributions) {
      if (!at.content.some(([a, b]) => /["“”]/.test(d.raw.slice(a, b)))) continue;
      const src = at.source[0];
      const cue = at.cue[0];
      if (!src || !cue) continue;
      const gap = cue[0] >= src[1] ? d.raw.slice(src[1], cue[0]) : cue[1] <= src[0] ? d.raw.slice(cue[1], src[0]) : null;
      if (gap === null || gap.includes('\n') || gap.trim().split(/\s+/).filter(Boolean).length > 1 || /[“”"]/.test(gap)) continue;
      const w = /^[\p{L}-]+/u.exec(d.raw.slice(cue[0], cue[1]).trim())?.[0].toLowerCase();
      if (!w || FUNCTION_WORDS.test(w) || NOT_NAMES.has(w) || SPEECH_VERBS.has(w) || MORE_SPEECH_VERBS.has(w) || NAMING_VERBS.has(w) || PARTICIPLES.has(w)) continue;
      n.set(w, (n.get(w) ?? 0) + 1);
    }
  }
  return n;
}

/** Occurrences of each word (lower case) in the compartment's raw text, in paragraphs that hold a quotation mark: the denominator of a cue's rate. */
export function wordCounts(docs: PolnearDoc[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const d of docs) for (const para of d.raw.split(/\n\s*\n/)) if (/["“”]/.test(para)) for (const m of para.matchAll(/[\p{L}-]+/gu)) { const w = m[0].toLowerCase(); n.set(w, (n.get(w) ?? 0) + 1); }
  return n;
}

/** Lower-case words right before the name that ends a source span's head. */
export function roleCounts(docs: PolnearDoc[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const d of docs) {
    for (const at of d.attributions) {
      const head = at.sourceText.replace(/\s+/g, ' ').split(/,| who | which | \(/)[0]!.trim();
      const m = /(?:^|\s)([a-z][\p{Ll}-]+)\s+(?:[A-Z][\p{L}'’.-]*\s?){1,4}$/u.exec(head);
      if (!m) continue;
      const w = m[1]!;
      if (FUNCTION_WORDS.test(w) || NOT_NAMES.has(w) || ROLE_WORDS.has(w) || TITLE_NOUNS.has(w) || SPEECH_VERBS.has(w) || MORE_SPEECH_VERBS.has(w)) continue;
      n.set(w, (n.get(w) ?? 0) + 1);
    }
  }
  return n;
}

/** The grid the floors are chosen on: a word's count (annotated cues) and its rate (annotated cues / occurrences in quote paragraphs). */
export const COUNT_FLOORS = [1, 2, 3, 5];
export const RATE_FLOORS = [0, 0.25, 0.5];
/** The floors chosen with --floors (see docs/notes/speak14.md). */
export const CHOSEN = { count: 3, rate: 0.25 };

/** The words a floor admits, most frequent first. */
export function admitted(counts: Map<string, number>, all: Map<string, number>, count: number, rate: number): string[] {
  return [...counts].filter(([w, c]) => c >= count && c / Math.max(1, all.get(w) ?? 0) >= rate).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const docs = polnearOrSkip('train', 'speakers-cues');
  const roles = args.includes('--roles');
  const counts = roles ? roleCounts(docs) : cueCounts(docs);
  const all = wordCounts(docs);
  const ranked = [...counts].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  console.log(`${roles ? 'role nouns before a name' : 'cue words next to their source'} not in the lexicon (PolNeAR train), count ≥ 2 (count/occurrences in quote paragraphs):`);
  console.log(ranked.map(([w, c]) => `${w} ${c}/${all.get(w) ?? 0}`).join(', '));
  console.log(`admitted at the chosen floors (count ≥ ${CHOSEN.count}, rate ≥ ${CHOSEN.rate}): ${admitted(counts, all, CHOSEN.count, CHOSEN.rate).join(' ')}`);
  if (args.includes('--floors')) {
    const target = roles ? ROLE_WORDS : MORE_SPEECH_VERBS;
    const read = () => {
      const { rows } = proxyRows(docs);
      const named = rows.filter((r) => r.kind === 'named');
      const un = rows.filter((r) => r.kind === 'unnamed');
      const pr = rows.filter((r) => r.kind === 'pronoun');
      return `named right ${named.filter((r) => r.right).length}/${named.length}, unnamed nobody ${un.filter((r) => r.right).length}/${un.length}, pronoun given nobody ${pr.filter((r) => r.got === null).length}/${pr.length}`;
    };
    // Two-fold by article (even / odd position): the words counted on one half, the proxy read on the other, summed;
    // so that a floor is not chosen for the words' own annotated cases.
    const halves = [docs.filter((_, i) => i % 2 === 0), docs.filter((_, i) => i % 2 === 1)];
    const cross = (c: number, r: number) => {
      const sum = { named: 0, nr: 0, un: 0, ur: 0, pr: 0, pn: 0, words: [] as number[] };
      for (const h of [0, 1]) {
        const fit = halves[h]!;
        const add = c < 0 ? [] : admitted(roles ? roleCounts(fit) : cueCounts(fit), wordCounts(fit), c, r);
        const fresh = add.filter((w) => !target.has(w));
        for (const w of fresh) target.add(w);
        const { rows } = proxyRows(halves[1 - h]!);
        for (const w of fresh) target.delete(w);
        const named = rows.filter((x) => x.kind === 'named');
        const un = rows.filter((x) => x.kind === 'unnamed');
        const pr = rows.filter((x) => x.kind === 'pronoun');
        sum.named += named.length;
        sum.nr += named.filter((x) => x.right).length;
        sum.un += un.length;
        sum.ur += un.filter((x) => x.right).length;
        sum.pr += pr.length;
        sum.pn += pr.filter((x) => x.got === null).length;
        sum.words.push(add.length);
      }
      return `(+${sum.words.join('/')} words) named right ${sum.nr}/${sum.named}, unnamed nobody ${sum.ur}/${sum.un}, named+unnamed ${sum.nr + sum.ur}/${sum.named + sum.un}, pronoun given nobody ${sum.pn}/${sum.pr}`;
    };
    console.log('two-fold by article (counted on one half, proxy on the other):');
    console.log(`  lexicon as shipped: ${cross(-1, 0)}`);
    for (const c of COUNT_FLOORS) for (const r of RATE_FLOORS) console.log(`  count ≥ ${c}, rate ≥ ${r.toFixed(2)} ${cross(c, r)}`);
    console.log('in sample (counted on all of train, proxy on all of train: an upper bound):');
    console.log(`  lexicon as shipped: ${read()}`);
    for (const c of COUNT_FLOORS) {
      for (const r of RATE_FLOORS) {
        const add = admitted(counts, all, c, r);
        for (const w of add) target.add(w);
        console.log(`  count ≥ ${c}, rate ≥ ${r.toFixed(2)} (+${add.length} words): ${read()}`);
        for (const w of add) target.delete(w);
      }
    }
  }
}
