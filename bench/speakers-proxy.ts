/**
 * A large speaker measure nobody judges quote by quote: PolNeAR *train* (bench/data/polnear.ts; 840 articles, every
 * attribution's source span annotated by hand), each direct quote `extractQuotes` finds labelled from the annotated
 * source span of the attribution whose content holds it (docs/notes/speak12.md). Never the dev or test compartments
 * (they held the sealed samples of speak9/speak10).
 *
 *   npx tsx bench/speakers-proxy.ts                      # the measure: right / nobody / another per label kind, errors by attribution structure
 *   npx tsx bench/speakers-proxy.ts --show 20 [--cause C] # 20 disagreements (of cause C), drawn with a fixed seed, in context
 *   npx tsx bench/speakers-proxy.ts --dump F / --diff F   # every labelled quote's engine answer to F / what changed since F
 *
 * The label (`proxyLabel`), from the source span alone:
 * - **named**: the span's head is a name — "Sen. Ted Cruz (R-Texas)", "Steven M. Ekovich, a broker …", "the bureau's
 *   director, James B. Comey," (the apposition), "Trump campaign spokeswoman Hope Hicks": the last capitalised word of
 *   the head phrase (after cutting a comma's apposition, a parenthesis, "who …", "of/from/in/at …") is the surname;
 *   right when the engine's speaker has that surname (bench/speakers-data.ts sameSpeaker on the last words).
 * - **unnamed**: an indefinite person ("a senior aide", "one former executive", "two officials") or a publication
 *   ("The Washington Post", "the Times"): right when the engine names nobody (issue 8 item 6: never the outlet).
 * - **pronoun** ("he", "she"): the annotation does not say who; right-or-wrong is unknown, but nobody is surely wrong
 *   (the engine should resolve it): reported as the share given nobody.
 * Spans of more than one person ("Trump and Clinton"), organisations ("the campaign", "The State Department") and
 * role phrases without a name ("the Florida senator") get no label. The label's own error rate is read on a sample
 * (speak12.md: ~50 disagreements read).
 *
 * Causes of a disagreement (by where the annotation puts source and cue relative to the quote):
 *   continued  — the source is in an earlier paragraph than the quote (paragraph continuation, "…" ¶ "“…”")
 *   sentence   — the source is in the quote's paragraph but not its sentence (the sentence before, or after)
 *   after-X-said / after-said-X — after the quote: "“…,” X said" / "“…,” said X"
 *   before     — the source opens the quote's sentence ("X said “…”", "X told …: “…”", "X, who …, called it “…”")
 *   according  — "according to X"
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractQuotes } from '../lib/quotes/extract.ts';
import type { Quote } from '../lib/types.ts';
import { rawSpan, type Attribution, type PolnearDoc, polnearOrSkip } from './data/polnear.ts';
import { nameWords, quoteContext } from './speakers-data.ts';
import { NOT_NAMES } from '../lib/quotes/lexicon.ts';
import { prng } from '../tests/hostile/harness.ts';

export type LabelKind = 'named' | 'unnamed' | 'pronoun';
export interface ProxyLabel {
  kind: LabelKind;
  /** The surname (named), null otherwise. */
  name: string | null;
}

const PUBLICATION = /^(?:the\s+)?(?:New York Times|Times|Washington Post|Post|Wall Street Journal|Journal|Associated Press|AP|Reuters|Politico|POLITICO|CNN|MSNBC|NBC(?: News)?|ABC(?: News)?|CBS(?: News)?|Fox News|Fox|Breitbart(?: News)?|HuffPost|Huffington Post|Bloomberg(?: News)?|Daily News|Washington Examiner|Global Times|New Yorker|Atlantic|Hill|Politifact|PolitiFact|USA Today|Western Journalism|Daily Caller|National Review|Weekly Standard|Guardian|BuzzFeed(?: News)?|Axios|Vox|Slate|Salon|Newsweek|Time)(?:\s+(?:reported|reports))?$/i;
const PUBLICATION_WORD = /^(?:Times|Post|Journal|News|Press|Reuters|POLITICO|Politico|CNN|MSNBC|NBC|ABC|CBS|Fox|Breitbart|HuffPost|Bloomberg|Herald|Tribune|Guardian|Sentinel|Gazette|Examiner|Register|Telegraph|Magazine|Newsweek|Chronicle|Inquirer|Dispatch|Observer|Courier|Star|Globe|Review|Radio|TV|Television|Network|State|Department)$/;
const INDEFINITE = /^(?:a|an|one|another|some|several|two|three|four|five|many|most|other|few|dozens|hundreds)\s/i;
const PRONOUN = /^(?:he|she|him|her|his)$/i;
const TITLES = /^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Prof|Jr|Sr|St)\.?$/;
const CAP = /^[A-Z][\p{L}'’.-]*$/u;
const ORG_HEAD = /^(?:Party|Campaign|Committee|Department|Foundation|Institute|Center|Centre|Council|Association|Union|Agency|Bureau|Office|Administration|House|Senate|Congress|Court|Church|University|College|School|Board|Commission|Group|Network|Club|Democrats|Republicans|Police|Inc|Corp|Co|Company|Coalition|Fund|PAC|Project|Media|Post|Times|News|Journal|Magazine|Show|Caucus|Ministry|Army|Navy|Service|Team)$/;

/** The label a source span gives (null: no label — organisations, groups, role phrases without a name, empty spans). */
export function proxyLabel(source: string): ProxyLabel | null {
  let s = source.replace(/\s+/g, ' ').trim().replace(/[,;:]+$/, '').trim();
  if (!s || s.includes(' … ')) return null;
  if (PRONOUN.test(s)) return { kind: 'pronoun', name: null };
  // Other pronouns ("it", "they", "I" — a first-person author, "who") and a lone word that is no name ("Transcript").
  // A headline in capitals (roundup items: "EBOLA SURVIVORS, THROUGH THE LENS").
  if (/^[^a-z]*[A-Z]{2,}[^a-z]*$/.test(s) && s.length > 4) return null;
  if (!s.includes(' ') && (NOT_NAMES.has(s.toLowerCase().replace(/['’].*$/, '')) || /^(?:transcript|statement|report|update|source|sources|officials|aides)$/i.test(s))) return null;
  if (PUBLICATION.test(s)) return { kind: 'unnamed', name: null };
  // More than one source ("Trump and Clinton", "Cruz, Rubio and Kasich").
  if (/\b(?:and|or|&)\b/.test(s.split(/,| who | which /)[0]!)) return null;
  if (INDEFINITE.test(s)) {
    // "a former adviser, Joanna Parker": the apposition names the person.
    const ap = /,\s*((?:[A-Z][\p{L}'’.-]*\s?){1,5})$/u.exec(s);
    if (!ap) return { kind: 'unnamed', name: null };
    s = ap[1]!.trim();
  }
  // The head: cut a parenthesis, a relative clause, a trailing prepositional phrase.
  s = s.replace(/\s*\(.*$/, '').replace(/\s+(?:who|which|that|whose)\b.*$/, '').trim();
  const parts = s.split(/\s*,\s*/).filter(Boolean);
  const headOf = (p: string) => p.replace(/\s+(?:of|from|in|at|for|on|with|based|near)\s.*$/, '').trim();
  let head = headOf(parts[0] ?? '');
  let toks = head.split(' ');
  // "the bureau's director, James B. Comey": a head ending on a lower-case word, a name in apposition.
  if (!CAP.test(toks[toks.length - 1] ?? '') && parts[1]) {
    const ap = headOf(parts[1]);
    if (ap.split(' ').every((w) => CAP.test(w) || TITLES.test(w))) {
      head = ap;
      toks = head.split(' ');
    }
  }
  const last = toks[toks.length - 1] ?? '';
  if (!CAP.test(last) || /['’]s?$/.test(last) || ORG_HEAD.test(last)) return null;
  // The name run at the head's end; "The …" with no title is an organisation or a publication ("The Heritage Foundation").
  let i = toks.length - 1;
  while (i > 0 && (CAP.test(toks[i - 1]!) || TITLES.test(toks[i - 1]!))) i--;
  const run = toks.slice(i);
  if (/^the$/i.test(run[0]!) || (i > 0 && /^the$/i.test(toks[i - 1]!) && run.length < 2)) return null;
  const words = run.filter((w) => !TITLES.test(w) && !/^the$/i.test(w));
  // A publication anywhere in the run ("POLITICO Florida", "the Orlando Sentinel"): no person.
  if (!words.length || PUBLICATION.test(run.join(' ')) || run.some((w) => PUBLICATION_WORD.test(w))) return null;
  return { kind: 'named', name: words[words.length - 1]!.replace(/[.,]$/, '') };
}

/** The engine's answer right for a label: named → the same surname; unnamed → nobody; pronoun → undefined (unknown) unless nobody (wrong). */
export function proxyRight(got: string | null, label: ProxyLabel): boolean | undefined {
  if (label.kind === 'unnamed') return got === null;
  if (label.kind === 'pronoun') return got === null ? false : undefined;
  if (got === null) return false;
  const g = nameWords(got);
  const e = nameWords(label.name!);
  // The surname, or one word of the engine's name ("Alwaleed" for "Alwaleed Bin Talal").
  return g.length > 0 && e.length > 0 && (g[g.length - 1] === e[e.length - 1] || g.includes(e[e.length - 1]!));
}

export type Cause = 'continued' | 'sentence' | 'after-X-said' | 'after-said-X' | 'before' | 'according' | 'other';

/** Where the annotation puts the attribution relative to the quote (raw offsets). */
export function causeOf(doc: PolnearDoc, at: Attribution, qraw: [number, number]): Cause {
  const src = at.source[0];
  if (!src) return 'other';
  const raw = doc.raw;
  const cue = at.cue.map(([a, b]) => raw.slice(a, b)).join(' ').toLowerCase();
  const paraStart = (o: number) => raw.lastIndexOf('\n\n', o);
  if (/according/.test(cue)) return 'according';
  if (paraStart(src[0]) !== paraStart(qraw[0])) return src[0] < qraw[0] ? 'continued' : 'sentence';
  // Sentence boundary between source and quote (outside the quote): ". " followed by a capital or a mark.
  const [a, b] = src[0] < qraw[0] ? [src[1], qraw[0]] : [qraw[1], src[0]];
  const between = raw.slice(a, b);
  if (/[.!?]["”'’]?\s+["“A-Z]/.test(between) && !/^["”'’]?\s*$/.test(between)) return 'sentence';
  if (src[0] > qraw[0]) {
    const c = at.cue[0];
    return c && c[0] < src[0] ? 'after-said-X' : 'after-X-said';
  }
  return 'before';
}

export interface ProxyRow {
  doc: string;
  start: number;
  kind: LabelKind;
  name: string | null;
  source: string;
  got: string | null;
  right: boolean | undefined;
  cause: Cause;
}

/**
 * The attribution whose content holds the quote: most overlap, and among nested attributions with the same overlap
 * ("“…,” said Kristen Day, reports USA Today"; "Trump welcomed …, saying …, CNN reported") the innermost (the least content).
 */
function attributionOf(doc: PolnearDoc, span: [number, number]): Attribution | null {
  let best: Attribution | null = null;
  let most = 0;
  let size = Infinity;
  for (const at of doc.attributions) {
    let o = 0;
    let n = 0;
    for (const [a, b] of at.content) {
      o += Math.max(0, Math.min(b, span[1]) - Math.max(a, span[0]));
      n += b - a;
    }
    if (o > most || (o === most && o > 0 && n < size)) [best, most, size] = [at, o, n];
  }
  return best;
}

/** The annotators attached the quote to some attribution. */
export function attributed(doc: PolnearDoc, q: { start: number; end: number }): boolean {
  return attributionOf(doc, rawSpan(doc, q.start, q.end)) !== null;
}

/** A direct quote's label and structure (null: no label). */
export function labelOf(doc: PolnearDoc, q: { start: number; end: number }): { label: ProxyLabel; source: string; cause: Cause } | null {
  const span = rawSpan(doc, q.start, q.end);
  const at = attributionOf(doc, span);
  const label = at ? proxyLabel(at.sourceText) : null;
  return at && label ? { label, source: at.sourceText, cause: causeOf(doc, at, span) } : null;
}

/** Every direct quote of the train compartment with a label, and the engine's answer. */
export function proxyRows(docs: PolnearDoc[], quotesOf: (d: PolnearDoc) => Quote[] = (d) => extractQuotes(d.article)): { rows: ProxyRow[]; quotes: number; byDoc: Map<string, PolnearDoc> } {
  const rows: ProxyRow[] = [];
  let quotes = 0;
  for (const doc of docs) {
    for (const q of quotesOf(doc).filter((x) => x.kind === 'direct')) {
      quotes++;
      const l = labelOf(doc, q);
      if (!l) continue;
      const { label, source, cause } = l;
      rows.push({ doc: doc.id, start: q.start, kind: label.kind, name: label.name, source, got: q.speaker, right: proxyRight(q.speaker, label), cause });
    }
  }
  return { rows, quotes, byDoc: new Map(docs.map((d) => [d.id, d])) };
}

export function summary(rows: ProxyRow[]): string {
  const out: string[] = [];
  const named = rows.filter((r) => r.kind === 'named');
  const nr = named.filter((r) => r.right).length;
  const nn = named.filter((r) => r.got === null).length;
  out.push(`named ${named.length}: right ${nr} (${(nr / named.length).toFixed(3)}), nobody ${nn}, another ${named.length - nr - nn}`);
  const un = rows.filter((r) => r.kind === 'unnamed');
  const ur = un.filter((r) => r.right).length;
  out.push(`unnamed/publication ${un.length}: nobody (right) ${ur} (${(ur / un.length).toFixed(3)})`);
  const pr = rows.filter((r) => r.kind === 'pronoun');
  const pn = pr.filter((r) => r.got === null).length;
  out.push(`pronoun ${pr.length}: given nobody (wrong) ${pn} (${(pn / pr.length).toFixed(3)})`);
  const scored = named.length + un.length;
  out.push(`named+unnamed ${scored}: right ${nr + ur} (${((nr + ur) / scored).toFixed(3)})`);
  const causes = new Map<string, { n: number; wrong: number; nobody: number }>();
  for (const r of rows) {
    if (r.kind === 'pronoun' && r.got !== null) continue;
    const k = `${r.kind}/${r.cause}`;
    const c = causes.get(k) ?? { n: 0, wrong: 0, nobody: 0 };
    c.n++;
    if (r.right === false) {
      c.wrong++;
      if (r.got === null) c.nobody++;
    }
    causes.set(k, c);
  }
  out.push('errors by kind/structure (n = quotes of that structure; pronoun rows: only those given nobody):');
  for (const [k, c] of [...causes].sort((a, b) => b[1].wrong - a[1].wrong)) if (c.wrong) out.push(`  ${k.padEnd(24)} wrong ${String(c.wrong).padStart(4)} (nobody ${c.nobody}) of ${c.n}`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const docs = polnearOrSkip('train', 'speakers-proxy');
  const { rows, quotes, byDoc } = proxyRows(docs);
  console.log(`train: ${docs.length} articles, ${quotes} direct quotes, ${rows.length} labelled`);
  console.log(summary(rows));
  const at = (f: string) => (args.indexOf(f) >= 0 ? args[args.indexOf(f) + 1] : undefined);
  if (at('--dump')) writeFileSync(at('--dump')!, JSON.stringify(rows.map((r) => [r.doc, r.start, r.got])));
  if (at('--diff')) {
    const before = new Map((JSON.parse(readFileSync(at('--diff')!, 'utf8')) as Array<[string, number, string | null]>).map(([d, s, g]) => [`${d}@${s}`, g]));
    let better = 0;
    let worse = 0;
    let changed = 0;
    for (const r of rows) {
      const k = `${r.doc}@${r.start}`;
      if (!before.has(k) || before.get(k) === r.got) continue;
      changed++;
      const was = proxyRight(before.get(k)!, { kind: r.kind, name: r.name });
      if (r.right === true && was === false) better++;
      else if (r.right === false && was !== false) worse++;
      if (args.includes('--verbose')) {
        const d = byDoc.get(r.doc)!;
        console.log(`\n${r.doc} @${r.start} [${r.kind}/${r.cause}] «${r.source}»: ${before.get(k) ?? '—'} → ${r.got ?? '—'}\n  ${quoteContext(d.article.text, { start: r.start, end: r.start + 1 }, 1, 600).slice(-900)}`);
      }
    }
    console.log(`diff: ${changed} labelled quotes changed, ${better} to the label, ${worse} away from it`);
  }
  const show = Number(at('--show') ?? 0);
  if (show) {
    const cause = at('--cause');
    const rnd = prng(Number(at('--seed') ?? 12));
    const wrong = rows.filter((r) => r.right === false && (!cause || `${r.kind}/${r.cause}` === cause || r.cause === cause));
    const pick = wrong.map((r) => [rnd(), r] as const).sort((a, b) => a[0] - b[0]).slice(0, show).map((x) => x[1]);
    for (const r of pick) {
      const d = byDoc.get(r.doc)!;
      const q = extractQuotes(d.article).find((x) => x.start === r.start)!;
      console.log(`\n${r.doc} @${r.start} [${r.kind}/${r.cause}] annotated «${r.source}» → ${r.name ?? '(nobody)'}; engine ${r.got ?? '—'}\n  ${quoteContext(d.article.text, q, 1, 350).slice(-520)}`);
    }
  }
}
