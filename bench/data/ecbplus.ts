/**
 * ECB+ (Cybulska & Vossen, LREC 2014; CC BY 3.0): 982 news articles in 43 topics. Each topic holds
 * two different events of the same kind (the ECB articles about one, the ECB+ articles about
 * another: two different earthquakes, two different Oscar hosts announced, two different hacker
 * arrests), so it is a same-story set with built-in same-topic-different-event distractors.
 *
 * Read from the public mirror of github.com/cltl/ECB-parser (the XML files under `ECB+/`), fetched
 * with the project's `fetch` tool into /work/.mirror. Nothing of it is committed: when the mirror
 * is absent, `loadEcbPlus` returns null and the caller prints why it skipped.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';
import { shuffleInPlace } from '../../tests/hostile/harness.ts';

export const ECB_GIT = '/work/.mirror/cltl+ECB-parser/repo/.git';

export interface EcbDoc {
  article: Article;
  topic: number;
  /** `${topic}a` for the ECB event of the topic, `${topic}b` for the ECB+ one. */
  story: string;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|''|”|’)$/;
const NO_SPACE_AFTER = /^(?:[([{$#]|``|“|‘)$/;

/**
 * Figures as a newspaper prints them: the tokenizer split "20,000", "8.6", "4:08", "86-yard" and
 * "18-year-old" into pieces that `detokenize` would space ("20, 000", "8. 6", "86 - yard"). Joined
 * again: a thousands group after a comma, decimals, minutes, and a hyphen after a number (and the
 * words hyphenated on to it).
 */
export function glueFigures(tokens: string[]): string[] {
  const out: string[] = [];
  let chain = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const last = out[out.length - 1];
    const next = tokens[i + 1];
    const num = last !== undefined && /^\d[\d,.]*$/.test(last);
    if (last !== undefined && next !== undefined) {
      const joined =
        (t === ',' && /^\d{1,3}(?:,\d{3})*$/.test(last) && /^\d{3}$/.test(next)) ||
        (t === '.' && /^\d+$/.test(last) && /^\d+$/.test(next)) ||
        (t === ':' && /^\d{1,2}$/.test(last) && /^\d{2}$/.test(next)) ||
        (t === '-' && (num || chain) && /^[\p{L}\d]/u.test(next));
      if (joined) {
        chain = t === '-';
        out[out.length - 1] = last + t + next;
        i++;
        continue;
      }
    }
    chain = false;
    out.push(t);
  }
  return out;
}

/** Tokens back to text: "Lohan , 25 , was" → "Lohan, 25, was". */
export function detokenize(tokens: string[]): string {
  let out = '';
  let quoteOpen = false;
  let glue = true;
  for (const raw of tokens) {
    let t = raw;
    let before = !glue && !NO_SPACE_BEFORE.test(t);
    if (t === '"') {
      // Straight quotes alternate: opening ones take a space before, closing ones after.
      before = !glue && !quoteOpen;
      quoteOpen = !quoteOpen;
      out += (before ? ' ' : '') + t;
      glue = quoteOpen;
      continue;
    }
    // The tokenizer sometimes leaves a mark on its word ("Dissolution as one token): it still opens or
    // closes a quotation, or the next lone mark would be read the wrong way round ("years, "Robert
    // McFarlane … said").
    if (t.length > 1) for (const ch of t) if (ch === '"') quoteOpen = !quoteOpen;
    if (t === '``') t = '“';
    if (t === "''") t = '”';
    out += (before ? ' ' : '') + t;
    glue = NO_SPACE_AFTER.test(t) || t === '“';
  }
  return out.replace(/\s+([”’])/g, '$1');
}

function decode(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** One ECB+ XML document → its sentences (tokens joined; `figures`: figures glued as printed, glueFigures). */
export function sentencesOf(xml: string, figures = false): string[] {
  const bySentence = new Map<number, string[]>();
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const k = Number(m[1]);
    let arr = bySentence.get(k);
    if (!arr) bySentence.set(k, (arr = []));
    arr.push(decode(m[2]!));
  }
  return [...bySentence.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => detokenize(figures ? glueFigures(t) : t).trim()).filter(Boolean);
}

export interface EcbFile {
  /** `ecb-<topic>_<n>` for an ECB article, `ecb-<topic>_<n>p` for an ECB+ one. */
  name: string;
  topic: number;
  story: string;
  /** The article as Markdown with front matter: title = first sentence that is not a URL. */
  markdown: string;
}

/**
 * All 982 articles, ingested as Markdown (see ecbFiles), or null when the mirror is absent. `figures`:
 * figures glued as printed (glueFigures; bench/conflicts-data.ts reads them so).
 */
export function loadEcbPlus(gitDir = ECB_GIT, figures = false): EcbDoc[] | null {
  const files = ecbFiles(gitDir, figures);
  if (!files) return null;
  const out: EcbDoc[] = [];
  for (const f of files) {
    const a = ingestFile({ name: `${f.name}.md`, content: f.markdown }).articles[0];
    if (!a || a.units.length === 0) continue;
    out.push({ article: { ...a, id: f.name }, topic: f.topic, story: f.story });
  }
  return out;
}

/** The ECB+ articles of at least two sentences as Markdown, or null when the mirror is absent. */
export function ecbFiles(gitDir = ECB_GIT, figures = false): EcbFile[] | null {
  if (!existsSync(gitDir)) return null;
  const files = mirrorBlobs(gitDir, 'ECB+/').filter((f) => /^ECB\+\/\d+\/\d+_\d+ecb(?:plus)?\.xml$/.test(f.path));
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  const blobs = mirrorRead(gitDir, files.map((f) => f.sha));
  const out: EcbFile[] = [];
  for (const [k, f] of files.entries()) {
    const xml = blobs[k]!.toString('utf8');
    const m = /(\d+)_(\d+)(ecb(?:plus)?)\.xml$/.exec(f.path)!;
    const topic = Number(m[1]);
    const plus = m[3] === 'ecbplus';
    let sentences = sentencesOf(xml, figures);
    let url: string | null = null;
    if (sentences[0] && /^https?:/i.test(sentences[0])) {
      url = sentences[0].replace(/\s+/g, '');
      sentences = sentences.slice(1);
    }
    if (sentences.length < 2) continue;
    const name = `ecb-${topic}_${m[2]}${plus ? 'p' : ''}`;
    const host = url ? (/^https?:\/\/(?:www\.)?([^/]+)/i.exec(url)?.[1] ?? null) : null;
    const md = [
      '---',
      `title: ${JSON.stringify(sentences[0])}`,
      host ? `outlet: ${JSON.stringify(host)}` : null,
      url ? `url: ${JSON.stringify(url)}` : null,
      '---',
      sentences.slice(1).join('\n\n'),
    ]
      .filter((x) => x !== null)
      .join('\n');
    out.push({ name, topic, story: `${topic}${plus ? 'b' : 'a'}`, markdown: md + '\n' });
  }
  return out;
}

/** Up to `size` articles of each event, chosen by a seeded shuffle (events with fewer than 2 are left out). */
export function drawStories(docs: EcbDoc[], size: number, seed: number): EcbDoc[] {
  let s = seed >>> 0;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const byStory = new Map<string, EcbDoc[]>();
  for (const d of docs) byStory.set(d.story, [...(byStory.get(d.story) ?? []), d]);
  const out: EcbDoc[] = [];
  for (const story of [...byStory.keys()].sort()) {
    const xs = [...byStory.get(story)!];
    shuffleInPlace(xs, rnd);
    if (xs.length >= 2) out.push(...xs.slice(0, size));
  }
  return out;
}
