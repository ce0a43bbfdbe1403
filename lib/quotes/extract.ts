/**
 * Quotes in an article: direct quotations (curly or straight marks, nested, split by an attribution,
 * running across sentences), embedded posts (a primary source, with author and date from the
 * signature line), and reported speech ("Bukele stated that …", kept as a paraphrase).
 * Each with its speaker when the text says who it is. Pure: text in, Quote[] out.
 */
import type { Article, Quote, Unit } from '../types';
import { NAME_TITLES, TITLE_CUES } from './lexicon';
import { markedSpans, type MarkedSpan } from './marks';
import { People, type SpeakerPhrase } from './speakers';
import { REPORTING_VERBS, ADVERBS, words } from './lexicon';
import { SPEAKER_MODEL } from './fitted-speakers';
import { titleCased } from '../nlp';
import { pickSpeaker, speakerCandidates, type Candidate, type SpeakerModel } from './ranker';

/** (speak55) An intensive reflexive between a reporting verb and its subject: "the mayor himself said that …". */
const REFLEXIVES = words('himself herself themselves');

/** "— Nayib Bukele (@nayibbukele) December 23, 2025" */
const SIGNATURE_RE = /^\s*[—–-]{1,2}\s*(.{1,80}?)\s*\(@([A-Za-z0-9_.]{1,30})\)\s*(.*?)\s*$/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "December 23, 2025" / "23 Dec 2025" / "2025-12-23" → "2025-12-23"; null when unreadable. */
export function parseLooseDate(s: string): string | null {
  const iso = s.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const month = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)));
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = s.match(/\b([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})\b/);
  if (m && month(m[1]!) >= 0) return `${m[3]}-${pad(month(m[1]!) + 1)}-${pad(Number(m[2]))}`;
  m = s.match(/\b(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})\b/);
  if (m && month(m[2]!) >= 0) return `${m[3]}-${pad(month(m[2]!) + 1)}-${pad(Number(m[1]))}`;
  return null;
}

/** A reported clause starts with its subject, not a preposition (`wrote in the post`, `posted on X`). */
const CLAUSE_CANNOT_START = words('in on at to from for with by about after before during via through of as and but or back up out off so yes no more less nothing something anything monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow earlier later recently previously last late early during while when publicly privately repeatedly twice once');

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

interface Para {
  start: number;
  end: number;
}

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((p) => p.end > p.start);
}

/** [start, end) trimmed of spaces, and of a trailing comma or semicolon (`receive them,”`). */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s]/.test(text[start]!)) start++;
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  return [start, end];
}

function unitsIn(units: Unit[], start: number, end: number): number[] {
  return units.filter((u) => u.start < end && u.end > start).map((u) => u.i);
}

/** A quoted span that names a work (`documentary titled “Surviving CECOT.”`), not something said. */
function isTitle(text: string, span: MarkedSpan, people: People): boolean {
  const inner = text.slice(span.innerStart, span.innerEnd).trim().replace(/[.,;:]+$/, '');
  const ws = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (ws.length === 0) return true;
  if (ws.length > 8) return false;
  // A title or a name is written with a capital: words in lower case after a cue are a quotation
  // ("what she called a “really special relationship …”", "Trump's campaign “gleefully welcomed …”",
  // "called the lawsuit “frivolous”").
  if (!/^[\p{Lu}\p{N}]/u.test(ws[0]!)) return false;
  const k = people.tokenAt(span.open) - 1;
  // A name between an article and its noun: `the "Pose" actor`, `the “Dawson’s Creek” star`.
  if (people.toks[k]?.lo === 'the' && /^(?:''|[”"’])?\s+\p{Ll}/u.test(text.slice(span.innerEnd))) return true;
  for (let j = k; j >= Math.max(0, k - 2); j--) {
    const t = people.toks[j]!;
    if (t.word && TITLE_CUES.has(t.lo)) return true;
  }
  // Every word capitalised but the small ones; not shouting ("there was “NO COLLUSION and NO OBSTRUCTION.”").
  return titleCased(inner);
}

interface Draft {
  parts: Array<[number, number]>;
  speaker: SpeakerPhrase | null;
  fromMarks: MarkedSpan[];
  /** Which rule gave the speaker (for bench/speakers-rules.ts). */
  rule?: string;
}

export interface ExtractOptions {
  /** The candidate ranker's model (lib/quotes/ranker.ts); null: the rules' answer alone. Default: the fitted one. */
  model?: SpeakerModel | null;
  /** Every direct quote's candidates, with the rules' answer as `quote.speaker` (for bench/fit-speakers.ts). */
  onCandidates?: (quote: Quote, candidates: Candidate[]) => void;
  /** Every direct quote, after the ranker, with the rule that gave the rules' answer (null: none) and that answer (bench only). */
  onRule?: (quote: Quote, rule: string | null, rulesSpeaker: string | null) => void;
}

/** (speak50) Right after a quote, in its sentence: a report, study or book, or a publication by name, as the subject of a verb of saying. */
const THING_AFTER = /^[ ,]*(?:the|a|an|this|that|its|their) (?:[\p{L}'’.-]+ ){0,3}?(?:[Rr]eport|article|story|study|book|editorial|review|survey|paper|magazine|newspaper|website|site|outlet|publication|network|[Rr]eporter|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|Economist|Atlantic|Globe|Register) (?:also |further )?(?:said|says|noted|notes|continued|continues|added|adds|reported|reports|stated|states|wrote|writes|explained|explains|concluded|concludes|found|finds|read|reads|claimed|claims|argued|argues|observed|observes)\b/u;

/** (speak36) A unit that is only a quotation of at most six words with no stop before its closing mark: a subheading. */
function isQuotedSubheading(text: string, units: Article['units'], open: number, close: number): boolean {
  const u = units.find((x) => x.start <= open && open < x.end);
  if (!u || !/^\s*$/.test(text.slice(u.start, open)) || !/^[\s.]*$/.test(text.slice(close + 1, u.end))) return false;
  const inner = text.slice(open + 1, close);
  return wordCount(inner) <= 6 && !/[.!?,;:…]\s*$/.test(inner);
}

export function extractQuotes(article: Pick<Article, 'text' | 'units' | 'title'>, options: ExtractOptions = {}): Quote[] {
  const model = options.model === undefined ? SPEAKER_MODEL : options.model;
  const { text } = article;
  const units = article.units ?? [];
  const quotes: Quote[] = [];

  // 1. Embedded posts: runs of consecutive 'embed' units, closed by a signature line when present.
  const embedRanges: Array<[number, number]> = [];
  const embedUnits = units.filter((u) => u.kind === 'embed');
  const blocks: Unit[][] = [];
  for (const u of embedUnits) {
    const last = blocks[blocks.length - 1];
    if (last && last.length && last[last.length - 1]!.i === u.i - 1) {
      last.push(u);
      // A signature ends a post; the next embed unit starts another.
      if (SIGNATURE_RE.test(u.text)) blocks.push([]);
    } else {
      blocks.push([u]);
      if (SIGNATURE_RE.test(u.text)) blocks.push([]);
    }
  }
  const quoteMarksFree: Array<[number, number]> = [];
  for (const block of blocks.filter((b) => b.length)) {
    const first = block[0]!;
    const lastUnit = block[block.length - 1]!;
    embedRanges.push([first.start, lastUnit.end]);
    const sig = block.map((u) => ({ u, m: u.text.match(SIGNATURE_RE) })).find((x) => x.m);
    const bodyEnd = sig ? sig.u.start : lastUnit.end;
    let [s, e] = trimSpan(text, first.start, bodyEnd);
    // Drop a trailing link (the post's "…https://t.co/…").
    const tail = text.slice(s, e).match(/\s*(?:https?:\/\/\S+\s*)+$/);
    if (tail) [s, e] = trimSpan(text, s, e - tail[0].length);
    if (e <= s) continue;
    const speaker = sig ? sig.m![1]!.trim() : null;
    const date = sig ? parseLooseDate(sig.m![3]!) : null;
    quotes.push({
      text: text.slice(s, e).replace(/\s+/g, ' '),
      units: unitsIn(units, s, e),
      start: s,
      end: e,
      speaker,
      kind: 'embedded',
      date,
      handle: sig ? sig.m![2]! : null,
    });
    quoteMarksFree.push([first.start, lastUnit.end]);
  }
  const inEmbed = (at: number) => embedRanges.some(([a, b]) => at >= a && at < b);

  // 2. Direct quotes, paragraph by paragraph (outside embeds).
  const sentenceStart = (at: number) => {
    const u = units.find((x) => x.start <= at && at < x.end);
    return u ? u.start : 0;
  };
  const marked: MarkedSpan[] = [];
  for (const p of paragraphs(text)) {
    if (inEmbed(p.start)) continue;
    marked.push(...markedSpans(text, p.start, p.end, (at) => Math.max(p.start, sentenceStart(at))));
  }
  const people = new People(
    text,
    [...marked.map((m) => [m.innerStart, m.innerEnd] as [number, number]), ...embedRanges],
  );
  const paras = paragraphs(text);
  const paraOf = (at: number) => paras.find((p) => p.start <= at && at <= p.end) ?? { start: 0, end: text.length };

  // Speaker phrases around each span; titles dropped; spans split by a bare attribution merged.
  const drafts: Draft[] = [];
  /** Starts of the quotes whose attribution names no person ("the adviser said", "the lawsuit alleges", "according to Politico"). */
  const toNobody = new Set<number>();
  /** The rule that gave each direct quote's speaker, and the rules' answer, by quote start (for options.onRule). */
  const ruleAt = new Map<number, [string | null, string | null]>();
  const kept = marked.filter((m) => {
    const para = paraOf(m.open);
    const after = people.attributionAfter(m.close + 1, sentenceEndAfter(text, m.close + 1, para.end));
    // A closing mark with no opening one is a quote only when an attribution follows
    // (`… gang rule," Bukele said.`); otherwise it is a stray mark (`CNBC's " Trading Nation"`).
    if (m.repaired === 'no-open') return after !== null;
    return after !== null || !isTitle(text, m, people);
  });
  // (marks47) The speak19 reading below, before merging: a quote that ends its sentence (`Souness said: "… lies."`), introduced
  // by its own sentence's attribution naming a person, is that person's; the name after it starts a new sentence, not a split attribution.
  const ownsSentence = (d: Draft, last: MarkedSpan, para: { start: number }): boolean => {
    const first = d.fromMarks[0]!;
    // Only a quote its attribution introduces (`said: "`, `said, "`), not a phrase in a clause (`branded North Korea an "…."`).
    if (d.speaker || !/[.!?]\s*$/.test(text.slice(last.innerStart, last.innerEnd)) || !/[:,]\s*$/.test(text.slice(Math.max(para.start, first.open - 3), first.open))) return false;
    const before = drafts[drafts.length - 2]?.fromMarks.at(-1);
    const from = Math.max(para.start, before ? before.close + 1 : 0, sentenceStartBefore(text, first.open, para.start, units));
    const own = people.attributionBefore(from, first.open);
    return own?.kind === 'name' && people.isPerson(own.name) && !people.isOrganization(own);
  };
  for (let j = 0; j < kept.length; j++) {
    const m = kept[j]!;
    const para = paraOf(m.open);
    const prev = drafts[drafts.length - 1];
    const prevMark = prev?.fromMarks[prev.fromMarks.length - 1];
    if (prev && prevMark && paraOf(prevMark.open) === para) {
      const gap = text.slice(prevMark.close + 1, m.open);
      const spk = people.attributionAfter(prevMark.close + 1, m.open);
      // Not a name the attribution ends on: `…,” the actor said on “DWTS.”`.
      if (spk && wordCount(gap) <= 8 && /^[\s,;]*[^.!?]*[.,:;]?\s*$/.test(gap) && !/\b(?:on|in|at|of|to|for|from|with|by|the|a|an)\s*$/i.test(gap) && !introducesNext(text, prevMark, gap) && !ownsSentence(prev, prevMark, para)) {
        prev.parts.push(trimSpan(text, m.innerStart, m.innerEnd));
        prev.fromMarks.push(m);
        prev.speaker ??= spk;
        prev.rule ??= 'merged';
        continue;
      }
    }
    drafts.push({ parts: [trimSpan(text, m.innerStart, m.innerEnd)], speaker: null, fromMarks: [m] });
  }
  for (const d of drafts) {
    // Records which rule gave the speaker: the first that did (bench/speakers-rules.ts; no effect on the answer).
    const tag = (r: string) => {
      if (d.speaker && !d.rule) d.rule = r;
    };
    const first = d.fromMarks[0]!;
    const last = d.fromMarks[d.fromMarks.length - 1]!;
    const para = paraOf(first.open);
    const prevQuote = drafts.filter((x) => x.fromMarks[x.fromMarks.length - 1]!.close < first.open).pop();
    const prevEnd = prevQuote ? prevQuote.fromMarks[prevQuote.fromMarks.length - 1]!.close + 1 : para.start;
    const from = Math.max(para.start, prevEnd, sentenceStartBefore(text, first.open, para.start, units));
    const afterEnd = sentenceEndAfter(text, last.close + 1, para.end);
    // (speak50) Words a report, a book or a publication says or goes on with ("“…,” the report continued", "“…,” the
    // Hollywood Reporter noted") are no person's: no rule, continuation or candidate names one. (speak51) Not when the
    // quote's own sentence names its speaker before it ("Kenny said … “…,” the newspaper reported").
    const byThing = THING_AFTER.test(text.slice(last.close + 1, last.close + 80)) && !people.attributionBefore(from, first.open);
    // (speak52) A word or three the writer calls "so-called" ("to so-called “modular” assembly", "the so-called “birther”
    // movement") is a term, nobody's words, whoever the sentence names.
    const term = wordCount(text.slice(first.innerStart, first.innerEnd)) < 4 && /so-called\s*$/i.test(text.slice(first.open - 12, first.open));
    if (!d.speaker && !introducesNext(text, last, text.slice(last.close + 1, afterEnd))) {
      d.speaker = people.attributionAfter(last.close + 1, afterEnd, false, /^\s*$/.test(text.slice(Math.max(para.start, sentenceStartBefore(text, first.open, para.start, units)), first.open)));
      // speak19: a quote that closes on a full stop ends its sentence ("Rosa Mendel told the auditors “… desk.” Karl Stein
      // said in the filing that …"): an attribution in the quote's own sentence, before it, wins over a name after it.
      // (Only a name the article holds for a person: not "Instead, Will called for …, whom he describes as having “….”".)
      const own = d.speaker && /\.\s*$/.test(text.slice(last.innerStart, last.innerEnd)) ? people.attributionBefore(from, first.open) : null;
      if (own?.kind === 'name' && people.isPerson(own.name) && !people.isOrganization(own)) d.speaker = own;
    }
    tag('after');
    if (!d.speaker) {
      d.speaker = people.attributionBefore(from, first.open);
      tag('before');
      d.speaker ??= people.frontedParticipleSubject(sentenceStartBefore(text, first.open, para.start, units), first.open, para.end);
      tag('fronted');
      // The attribution closing the sentence after more words: `… would be a “very bad idea” guaranteed
      // to disrupt trade, Canadian Prime Minister Justin Trudeau said on Monday.`
      if (!d.speaker) {
        const end = sentenceEndAfter(text, last.close + 1, para.end);
        const comma = text.lastIndexOf(',', end);
        const nextMark = marked.find((m) => m.open > last.close);
        if (comma > last.close && (!nextMark || nextMark.open > end)) {
          d.speaker = people.attributionAfter(comma + 1, end);
          // (speak70) Set off by commas inside the sentence, not at its end: `… suffering “nonlethal” wounds, Mr. Glover said,
          // and were taken …`, `… “digested” by the sea, Cheng argued, adding that …`; not a relative, coordinate or subordinate
          // clause (`, which Hale said would pass,`), nor a long subject of the sentence's own (`Even though the “stay-at-home”
          // parent …, many of the men surveyed by Youth Intelligence suggested …`); not after a quote that ends its sentence (a capital
          // next, or a stop glued to one: `… include “sadistic personality disorder.” But it failed, said First, …`, `… could “add anything
          // further”.Det Con Jonathan Watts, from Devon and Cornwall Police, said …`).
          for (let c = text.indexOf(',', last.close); !d.speaker && c > 0 && c < comma && !/^[.!?]?\s*\p{Lu}/u.test(text.slice(last.close + 1, last.close + 4)); c = text.indexOf(',', c + 1)) {
            if (!/^\s*(?:which|who|whom|that|and|but|or|as|when|while|if|because)\b/i.test(text.slice(c + 1, c + 12))) d.speaker = people.attributionAfter(c + 1, text.indexOf(',', c + 1), true);
          }
        }
        tag('after-comma');
      }
    }
    // Transcripts and roundups: a paragraph opening with a speaker's label ("“PENCE: …", "Meghan McCain, Twitter: “…”"),
    // and the paragraphs of speech after it that open with a mark and carry no label of their own ("“But the truth is …").
    if (!d.speaker && /^\s*$/.test(text.slice(para.start, first.open))) {
      const label = people.labelAt(para.start);
      if (label) { d.speaker = label.phrase; tag('label'); }
      else if (/^[“"]/.test(text.slice(first.open, first.open + 1))) {
        const at = paras.indexOf(para);
        for (let i = at - 1; i >= Math.max(0, at - 6) && /^[“"]/.test(text.slice(paras[i]!.start, paras[i]!.start + 1)); i--) {
          const l = people.labelAt(paras[i]!.start);
          if (!l) continue;
          if (l.transcript) d.speaker = l.phrase;
          tag('transcript');
          break;
        }
      }
    }
    // "Her friend Brittany Lockwood, 20, …, chimed in. “I did not think …”": a quote opening a sentence after one that
    // ends on its verb of saying and holds no quote.
    if (!d.speaker) {
      const u = units.find((x) => x.start <= first.open && first.open < x.end);
      const prevUnit = u ? units[u.i - 1] : undefined;
      if (u && prevUnit && prevUnit.p === u.p && prevUnit.start >= para.start && /^\s*$/.test(text.slice(u.start, first.open)) && !marked.some((m) => m.open < prevUnit.end && m.close >= prevUnit.start)) {
        d.speaker = people.finalVerbSubject(prevUnit.start, prevUnit.end);
        tag('final-verb');
      }
    }
    // News convention: a quote that opens a sentence right after another speaker's attributed quote
    // continues it (`“…,” Torrey said. “What's new is …”`, or the next paragraph opening with a quote).
    if (!d.speaker) {
      const prevQuote = drafts.filter((x) => x.fromMarks[x.fromMarks.length - 1]!.close < first.open).pop();
      const inHeading = units.some((u) => u.kind === 'heading' && u.start <= first.open && first.open < u.end);
      // A continuation is a sentence of speech, not a quoted label or heading ('6. "The Gordon problem"').
      const words = d.parts.reduce((n, [a, b]) => n + wordCount(text.slice(a, b)), 0);
      // A paragraph that is only a quote in single marks is a pull quote or a headline, not a continuation.
      const pullQuote = /^(?:‘|'(?!'))/.test(text.slice(first.open, first.open + 2)) && text.slice(para.start, first.open).trim() === '' && /^[\s.,]*$/.test(text.slice(last.close + 1, para.end));
      if (prevQuote?.speaker && !inHeading && !pullQuote) {
        const gap = text.slice(prevQuote.fromMarks[prevQuote.fromMarks.length - 1]!.close + 1, first.open);
        // A quote ending with its own full stop ends the sentence: `…“no interest in another crisis.” According to …`.
        const ends = sentenceEnds(gap);
        const lastMark = prevQuote.fromMarks[prevQuote.fromMarks.length - 1]!;
        const endsInside = /[.!?]\s*$/.test(text.slice(lastMark.innerStart, lastMark.close));
        // (speak42) A new paragraph opens a sentence too, when the attribution before it lacks its full stop ("“…,” he said ¶ “…”").
        const opensSentence = /(?:^|[.!?:]["”’]?)\s*$/.test(gap) || (/\n\s*$/.test(gap) && wordCount(gap) <= 6);
        if (words >= 5 && ends <= 1 && opensSentence && wordCount(gap) <= 30 && !/\n\s*\n[^]*\n\s*\n/.test(gap)) { d.speaker = prevQuote.speaker; tag('continue'); }
        // A second quote in the same sentence, with no attribution of its own, is the same speaker's
        // ("Netanyahu said the “half a ton” of files were moved to a “highly secret” location",
        // "Rouhani warned of “grave” consequences, noting that Iran would “strongly resist” …").
        else if (ends === 0 && !endsInside && !/\n/.test(gap) && wordCount(gap) <= 30) d.speaker = prevQuote.speaker;
        tag('same-sentence');
      }
    }
    // "he asked …, called Omar a “terrorist” and said, “…”": a quote earlier in the sentence, with no
    // speaker to continue, cut the part read; the verb's subject may stand before that quote. (After
    // the continuation: "Hosting Emmanuel Macron, Mr. Trump assailed … as “ridiculous,” but said he
    // could agree to “a new deal”" stays Trump's, not the first name of the sentence.)
    if (!d.speaker) {
      const prevQuote = drafts.filter((x) => x.fromMarks[x.fromMarks.length - 1]!.close < first.open).pop();
      const prevEnd = prevQuote ? prevQuote.fromMarks[prevQuote.fromMarks.length - 1]!.close + 1 : para.start;
      const sentStart = Math.max(para.start, sentenceStartBefore(text, first.open, para.start, units));
      if (prevQuote && prevEnd > sentStart && /^[\s,;]*(?:and|but|then)\b/.test(text.slice(prevEnd, first.open))) d.speaker = people.attributionBefore(sentStart, first.open);
      tag('and-clause');
    }
    // (speak36) A paragraph that is nothing but a few quoted words with no closing stop is a subheading in quotation marks
    // ("‘IT’S NOT THE TIME’", "'Last resort'"): it continues nobody, and no candidate around it speaks.
    const subheading = !d.speaker && isQuotedSubheading(text, units, first.open, last.close);
    // The same convention after reported speech: `Erekat said it was only the latest move …` and a
    // paragraph (or sentence) that opens with a quote and names nobody continues it.
    if (!d.speaker) {
      const inHeading = units.some((u) => u.kind === 'heading' && u.start <= first.open && first.open < u.end);
      const words = d.parts.reduce((n, [a, b]) => n + wordCount(text.slice(a, b)), 0);
      const u = units.find((x) => x.start <= first.open && first.open < x.end);
      const prevUnit = u ? units[u.i - 1] : undefined;
      const opensUnit = u && /^\s*$/.test(text.slice(u.start, first.open));
      const prevHasQuote = prevUnit && marked.some((m) => m.open >= prevUnit.start && m.open < prevUnit.end);
      if (!inHeading && !subheading && words >= 5 && opensUnit && prevUnit && !prevHasQuote && prevUnit.kind !== 'heading' && u.p - prevUnit.p <= 1) {
        d.speaker = people.reportingSubject(prevUnit.start, prevUnit.end);
        tag('reporting-subject');
        // A sentence ending on a colon introduces the quote that opens the next one: "Cruz called them on it:" ¶ "“…”".
        d.speaker ??= people.colonSubject(prevUnit.start, prevUnit.end);
        tag('colon-subject');
      }
    }
    // A quote that opens its sentence, for which nothing above read an attribution, continues the subject of the sentence
    // before, in its paragraph or the one before ("Vettel … also paid tribute to Lauda. ¶ “When I saw them …”"): the
    // largest mechanism of the misses on text nobody tuned on (docs/notes/speak16.md). Only a subject that resolves to a
    // person: an unresolved role must not bar the ranker.
    if (!d.speaker) {
      const inHeading = units.some((u) => u.kind === 'heading' && u.start <= first.open && first.open < u.end);
      const u = units.find((x) => x.start <= first.open && first.open < x.end);
      const prevUnit = u ? units[u.i - 1] : undefined;
      const opensUnit = u && /^\s*$/.test(text.slice(u.start, first.open));
      // The quote's sentences hold no attribution of their own (no verb of saying, no colon): not "“…,” 10 Downing Street
      // said", where an organisation speaks and the rules rightly name no person.
      // Its sentences run to the end of the sentence after the closing mark ("“…?” Hedlund could be heard asking").
      const uEnd = units.find((x) => x.start <= last.close && last.close < x.end) ?? u;
      const after = sentenceEndAfter(text, last.close + 1, para.end);
      // A sentence ending on a colon introduces the quote: colonSubject above read it (or declined: "the website, which
      // carries the following statement:").
      const colon = prevUnit && /:\s*$/.test(text.slice(prevUnit.start, prevUnit.end));
      if (!inHeading && !subheading && opensUnit && prevUnit && !colon && prevUnit.kind !== 'heading' && u.p - prevUnit.p <= 1 && !people.hasCue(u.start, Math.max(u.end, uEnd!.end, after))) {
        const s = people.sentenceSubject(prevUnit.start, prevUnit.end);
        if (s && people.resolve(s) !== null) d.speaker = s;
        tag('sentence-subject');
      }
    }
    // (speak37) A headline whose subject is a name, the quote its predicate: "Heidfeld 'very excited' about new BMW".
    if (!d.speaker && !subheading && d.fromMarks.length === 1) {
      const u = units.find((x) => x.start <= first.open && first.open < x.end);
      if (u && u.end <= para.end) d.speaker = people.headlineSubject(u.start, first.open, last.close, u.end);
      tag('headline');
    }
    const parts = d.parts.filter(([a, b]) => b > a);
    if (!parts.length) continue;
    const start = parts[0]![0];
    const end = parts[parts.length - 1]![1];
    if (byThing) (d.speaker = null), (d.rule = 'thing');
    if ((d.speaker && people.resolve(d.speaker) === null) || subheading || byThing || term) toNobody.add(start);
    if (options.onRule) ruleAt.set(start, [d.rule ?? null, people.resolve(d.speaker)]);
    quotes.push({
      // Parts keep their own trailing comma when joined: "…receive them, The only condition …".
      text: parts
        .map(([a, b], n) => (n < parts.length - 1 ? text.slice(a, b) + (/[,;]/.test(text[b] ?? '') ? text[b] : '') : text.slice(a, b)))
        .join(' ')
        .replace(/\s+/g, ' '),
      units: unitsIn(units, start, end),
      start,
      end,
      // A term keeps its draft's speaker for the quotes after it in the sentence ("she declared that the so-called “…,” …, “…”").
      speaker: term ? null : people.resolve(d.speaker),
      kind: 'direct',
      ...(parts.length > 1 ? { parts: parts.map(([a, b]) => ({ start: a, end: b })) } : {}),
    });
  }

  // The candidate ranker: every person named around each direct quote, scored with the rules' answer
  // as one feature among a few (lib/quotes/ranker.ts).
  if (model || options.onCandidates) {
    let last: Quote | null = null;
    const paraIndex = (at: number) => paras.findIndex((p) => p.start <= at && at <= p.end);
    for (const q of quotes) {
      if (q.kind !== 'direct') continue;
      const near = last && paraIndex(q.start) - paraIndex(last.start) <= 1 ? last.speaker : null;
      const cands = speakerCandidates(people, q, paras, q.speaker, near, toNobody.has(q.start));
      options.onCandidates?.(q, cands);
      last = { ...q };
      // An attribution the rules read to no person ("the adviser said", a sign's words) stands.
      if (model && !toNobody.has(q.start)) q.speaker = pickSpeaker(cands, model);
    }
  }

  if (options.onRule) for (const q of quotes) if (q.kind === 'direct') options.onRule(q, ruleAt.get(q.start)?.[0] ?? null, ruleAt.get(q.start)?.[1] ?? null);

  // 3. Reported speech: "<speaker> <verb> [that] <clause>" outside quotation marks.
  const quoted = quotes.map((q) => [q.start, q.end] as [number, number]);
  const inQuote = (at: number) => quoted.some(([a, b]) => at >= a - 1 && at <= b + 1);
  const markSpans = marked.map((m) => [m.open, m.close] as [number, number]);
  const inMarks = (at: number) => markSpans.some(([a, b]) => at >= a && at <= b);
  const toks = people.toks;
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v]!;
    if (!t.word || !REPORTING_VERBS.has(t.lo) || inEmbed(t.start) || inMarks(t.start) || inQuote(t.start)) continue;
    let b = v - 1;
    while (b >= 0 && (ADVERBS.has(toks[b]!.lo) || REFLEXIVES.has(toks[b]!.lo))) b--; // (speak55) "the mayor himself said that …"
    const spk = people.readBackwardAppositive(b, 0);
    if (!spk || toks[b]!.sent !== t.sent) continue;
    // `“…,” Bukele wrote in the post`: an attribution of the quote before it, not reported speech.
    const spkTok = people.tokenAt(spk.at);
    const beforeSpk = toks[spkTok - 1];
    if (beforeSpk && !beforeSpk.word && beforeSpk.sent === t.sent && (inMarks(beforeSpk.start) || /^[,”"’]$/.test(beforeSpk.raw)) && inMarks(toks[spkTok - 2]?.start ?? -1)) continue;
    let c = v + 1;
    if (t.lo === 'told' || t.lo === 'tells') {
      // "told reporters", "told Fox News": the listener, however many words its name has.
      c++;
      while (toks[c - 1]?.cap && toks[c]?.cap && toks[c]!.sent === t.sent) c++;
    }
    if (toks[c]?.lo === 'that') c++;
    const first = toks[c];
    if (!first || first.sent !== t.sent || !first.word || CLAUSE_CANNOT_START.has(first.lo)) continue;
    // The clause runs to the sentence end or the next quotation mark.
    let e = c;
    while (e + 1 < toks.length && toks[e + 1]!.sent === t.sent && !/^[“”"‘]$/.test(toks[e + 1]!.raw) && !inMarks(toks[e + 1]!.start)) e++;
    const [s, end] = trimSpan(text, first.start, toks[e]!.end);
    const clause = text.slice(s, end).replace(/[.!?]+$/, '');
    if (wordCount(clause) < 5) continue;
    quotes.push({
      text: clause.replace(/\s+/g, ' '),
      units: unitsIn(units, s, s + clause.length),
      start: s,
      end: s + clause.length,
      speaker: people.resolve(spk),
      kind: 'reported',
    });
    v = e;
  }
  // "According to Keller, the frame was damaged …"
  for (let k = 0; k + 3 < toks.length; k++) {
    const t = toks[k]!;
    if (t.lo !== 'according' || toks[k + 1]!.lo !== 'to' || inEmbed(t.start) || inMarks(t.start)) continue;
    if (k > 0 && toks[k - 1]!.sent === t.sent) continue; // sentence-initial only
    const spk = people.readForward(k + 2, toks.length);
    if (!spk || spk.phrase.kind === 'role' || toks[spk.end]?.raw !== ',') continue;
    const first = toks[spk.end + 1];
    if (!first || first.sent !== t.sent || !first.word) continue;
    let e = spk.end + 1;
    while (e + 1 < toks.length && toks[e + 1]!.sent === t.sent && !/^[“”"‘]$/.test(toks[e + 1]!.raw) && !inMarks(toks[e + 1]!.start)) e++;
    const [s, end] = trimSpan(text, first.start, toks[e]!.end);
    const clause = text.slice(s, end).replace(/[.!?]+$/, '');
    if (wordCount(clause) < 5 || inQuote(s)) continue;
    quotes.push({
      text: clause.replace(/\s+/g, ' '),
      units: unitsIn(units, s, s + clause.length),
      start: s,
      end: s + clause.length,
      speaker: people.resolve(spk.phrase),
      kind: 'reported',
    });
  }
  void quoteMarksFree;
  return quotes.sort((a, b) => a.start - b.start);
}

const ABBREVIATIONS = words('jan feb mar apr jun jul aug sep sept oct nov dec no st jr sr inc corp co ltd vs');

/** Sentence ends in a stretch of text, not counting the dot of a title, an initial or an abbreviation ("Mr. Trump recounted in an Oct. 21 meeting."). */
function sentenceEnds(s: string): number {
  let n = 0;
  for (const m of s.matchAll(/[.!?:](?=["”’]?\s|$)/g)) {
    const word = s.slice(0, m.index).match(/(\p{L}+)$/u)?.[1];
    if (m[0] === '.' && word && (/^\p{Lu}$/u.test(word) || NAME_TITLES.has(word.toLowerCase()) || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    n++;
  }
  return n;
}

/**
 * (marks47) A quote that ends its sentence (`… hard."`) followed by an attribution ending on a colon (`Charles Kennedy
 * added: "…`): the colon hands that attribution to the next quote, so it neither merges the two nor names this one's speaker.
 */
function introducesNext(text: string, m: MarkedSpan, gap: string): boolean {
  return /:\s*[“"‘]?$/.test(gap) && /[.!?]\s*$/.test(text.slice(m.innerStart, m.innerEnd));
}

/** End of the sentence that starts at `from` (for reading an attribution after a quote). */
function sentenceEndAfter(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  for (const m of rest.matchAll(/[.!?](?=\s+[\p{Lu}“"‘]|\s*$)|[“"‘](?=[\p{L}])/gu)) {
    // "Cmdr. Sean Robertson said", "Mary E. Lovely said": the dot of a title or an initial.
    const word = rest.slice(0, m.index).match(/(\p{L}+)$/u)?.[1];
    if (m[0] === '.' && word && (/^\p{Lu}$/u.test(word) || NAME_TITLES.has(word.toLowerCase()))) continue;
    // A quoted title modifying the speaker's noun is no new quote: `," the "Pose" actor said.`
    if (m[0] !== '.' && /^[“"‘]\p{Lu}[^“”"‘’.!?]{0,40}[”"’]\s+\p{Ll}/u.test(rest.slice(m.index!)) && /\bthe\s*$/i.test(rest.slice(0, m.index))) continue;
    return from + m.index! + 1;
  }
  return limit;
}

/**
 * Start of the sentence holding offset `at` (for reading an attribution before a quote): the unit
 * holding it (the sentence splitter knows "Mr." and "U.S."), else the last ". " before it.
 */
function sentenceStartBefore(text: string, at: number, floor: number, units: Unit[] = []): number {
  const unit = units.find((u) => u.start <= at && at < u.end);
  if (unit && unit.start >= floor) {
    // A unit may be a clause after "; ": go back to the sentence's first clause.
    let k = unit.i;
    while (k > 0 && units[k - 1]!.p === unit.p && /;$/.test(units[k - 1]!.text)) k--;
    return Math.max(floor, units[k]!.start);
  }
  const before = text.slice(floor, at);
  let cut = floor;
  for (const m of before.matchAll(/[.!?][”’"]?\s+(?=[\p{Lu}“"‘])/gu)) cut = floor + m.index! + m[0].length;
  return cut;
}
