/**
 * PolNeAR v1.0.0 (Newell, Margolin & Ruths, "An attribution relations corpus for political news", LREC 2018):
 * 1,028 US news articles on the 2016 presidential campaign from seven outlets (HuffPost, Breitbart, The New
 * York Times, Politico, The Washington Post, Western Journalism, USA Today), every attribution annotated by
 * hand as source / cue / content spans (brat standoff, character offsets into the raw text). Split by month:
 * train (840 articles, first 10 months), dev (84, month 11), test (84, month 12).
 *
 * Read from the public mirror of github.com/networkdynamics/PolNeAR, fetched with the project's `fetch` tool
 * into /work/.mirror. The repository states no licence, so nothing of it is committed: no text, no prefix of a
 * quote; a judged sample keeps only the article's file name, an offset and the speaker's name. When the mirror
 * is absent `loadPolnear` returns null and the caller prints why it skipped.
 *
 * The text files are the article as published, paragraphs separated by a blank line, the headline first: read
 * as Markdown with the headline and outlet in front matter (the body unchanged), the same way bench/data/
 * newswcl.ts reads NewsWCL50. Nothing needs rebuilding from tokens (unlike ECB+).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';
import { mirrorRead } from './mirror.ts';

export const POLNEAR_GIT = '/work/.mirror/networkdynamics+PolNeAR/repo';

export const PUBLISHERS: Record<string, string> = {
  'huff-post': 'HuffPost',
  breitbart: 'Breitbart',
  nyt: 'The New York Times',
  politico: 'Politico',
  'wash-post': 'The Washington Post',
  'west-journal': 'Western Journalism',
  'usa-today': 'USA Today',
};

export type Compartment = 'train' | 'dev' | 'test';

/** One annotated attribution: spans as [start, end) offsets into the raw text. */
export interface Attribution {
  id: string;
  source: Array<[number, number]>;
  cue: Array<[number, number]>;
  content: Array<[number, number]>;
  /** The source span's words as annotated ("Brafman", "He", "the campaign"); '' when the annotator marked none. */
  sourceText: string;
}

export interface PolnearDoc {
  /** "pn-<filename>" (filename as in the corpus's metadata.tsv). */
  id: string;
  publisher: string;
  raw: string;
  article: Article;
  /** Start of the ingested body within `raw`: article.text offset o is raw offset o + bodyAt, when `aligned`. */
  bodyAt: number;
  /** True when article.text is exactly raw's body (offsets carry over by bodyAt). */
  aligned: boolean;
  attributions: Attribution[];
}

const git = (...args: string[]) => execFileSync('git', ['--git-dir', POLNEAR_GIT, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });

const blobs = (shas: string[]): string[] => mirrorRead(POLNEAR_GIT, shas).map((b) => b!.toString('utf8'));

/** A brat .ann file → its attributions (events "E<n> Attribution:T Content:T Cue:T Source:T"). */
export function parseAnn(ann: string, raw: string): Attribution[] {
  const spans = new Map<string, Array<[number, number]>>();
  const events: Array<{ id: string; roles: Record<string, string> }> = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\w+ ([\d ;]+)\t/.exec(line);
    if (t) {
      spans.set(t[1]!, t[2]!.split(';').map((p) => p.trim().split(' ').map(Number) as [number, number]));
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) {
      const roles: Record<string, string> = {};
      for (const r of e[2]!.trim().split(/\s+/)) {
        const [k, v] = r.split(':');
        if (k && v) roles[k.replace(/\d+$/, '')] = v;
      }
      events.push({ id: e[1]!, roles });
    }
  }
  return events.map(({ id, roles }) => {
    const get = (k: string) => (roles[k] ? (spans.get(roles[k]!) ?? []) : []);
    const source = get('Source');
    return { id, source, cue: get('Cue'), content: get('Content'), sourceText: source.map(([a, b]) => raw.slice(a, b)).join(' … ') };
  });
}

/**
 * The articles of a compartment, ingested as the extension reads a Markdown file, with their attributions
 * (the first annotator's file, by name, where several annotated one article); null when the mirror is absent.
 */
export function loadPolnear(compartment: Compartment): PolnearDoc[] | null {
  if (!existsSync(POLNEAR_GIT)) return null;
  const meta = new Map<string, { publisher: string; date: string; title: string }>();
  for (const line of git('show', 'HEAD:data/metadata.tsv').split('\n').slice(1)) {
    const f = line.split('\t');
    if (f[0] === compartment) meta.set(f[1]!, { publisher: f[4]!, date: f[5]!, title: f[7]! });
  }
  const tree = git('ls-tree', '-r', 'HEAD', `data/${compartment}/`).split('\n');
  const texts = new Map<string, string>();
  const anns = new Map<string, string>();
  for (const line of tree) {
    const m = /^\d+ blob ([0-9a-f]+)\tdata\/\w+\/(text|attributions)\/(.+)\.(txt|ann)$/.exec(line);
    if (!m) continue;
    if (m[2] === 'text') texts.set(m[3]!, m[1]!);
    else {
      const base = m[3]!.replace(/_[0-9a-f]{4}$/, '');
      if (!anns.has(base)) anns.set(base, m[1]!); // ls-tree lists by name: the first annotator's file
    }
  }
  const names = [...texts.keys()].filter((n) => anns.has(n) && meta.has(n)).sort();
  const rawTexts = blobs(names.map((n) => texts.get(n)!));
  const annTexts = blobs(names.map((n) => anns.get(n)!));
  const out: PolnearDoc[] = [];
  names.forEach((name, i) => {
    const raw = rawTexts[i]!;
    const m = meta.get(name)!;
    // The headline is the first line; the body starts after the blank line that follows it.
    const nl = raw.indexOf('\n\n');
    const bodyAt = nl < 0 ? 0 : nl + 2;
    const body = raw.slice(bodyAt);
    const md = ['---', `title: ${JSON.stringify(raw.slice(0, Math.max(0, nl)).trim() || m.title)}`, `outlet: ${JSON.stringify(PUBLISHERS[m.publisher] ?? m.publisher)}`, `date: "${m.date}"`, '---', body].join('\n');
    const a = ingestFile({ name: `pn-${name}.md`, content: md }).articles[0];
    if (!a || a.units.length === 0) return;
    out.push({
      id: `pn-${name}`,
      publisher: m.publisher,
      raw,
      article: { ...a, id: `pn-${name}` },
      bodyAt,
      aligned: a.text === body || body.startsWith(a.text),
      attributions: parseAnn(annTexts[i]!, raw),
    });
  });
  return out;
}

/**
 * article.text offset → raw offset. Ingestion changes whitespace (no-break spaces, runs of spaces, single line
 * breaks), drops invisible characters and a few lines it reads as page furniture ("FACEBOOK."): walk both texts,
 * matching characters one for one, skipping whitespace runs on either side, and on a mismatch moving on to where
 * the next 16 characters of article.text occur again in the raw text (within 2,000 characters).
 */
export function offsetMap(doc: PolnearDoc): Int32Array {
  const t = doc.article.text;
  const b = doc.raw;
  const map = new Int32Array(t.length + 1);
  const ws = (c: string | undefined) => c !== undefined && /[\s\u200b-\u200f\ufeff]/.test(c);
  let j = doc.bodyAt;
  for (let i = 0; i < t.length; ) {
    if (ws(t[i]) || ws(b[j])) {
      const i0 = i;
      while (i < t.length && ws(t[i])) i++;
      while (j < b.length && ws(b[j])) j++;
      for (let k = i0; k < i; k++) map[k] = j;
      continue;
    }
    if (t[i] !== b[j]) {
      const probe = t.slice(i, i + 16);
      const at = b.indexOf(probe, j);
      if (at >= 0 && at - j < 2000) j = at;
    }
    map[i++] = j++;
  }
  map[t.length] = j;
  return map;
}

const maps = new WeakMap<PolnearDoc, Int32Array>();
/** An article.text span → the raw text span. */
export function rawSpan(doc: PolnearDoc, start: number, end: number): [number, number] {
  if (doc.aligned) return [start + doc.bodyAt, end + doc.bodyAt];
  let m = maps.get(doc);
  if (!m) maps.set(doc, (m = offsetMap(doc)));
  return [m[start]!, m[end]!];
}

/** The attribution whose content overlaps the raw span most (null when none does). */
export function attributionOf(doc: PolnearDoc, span: [number, number]): Attribution | null {
  let best: Attribution | null = null;
  let most = 0;
  for (const at of doc.attributions) {
    let o = 0;
    for (const [a, b] of at.content) o += Math.max(0, Math.min(b, span[1]) - Math.max(a, span[0]));
    if (o > most) {
      most = o;
      best = at;
    }
  }
  return best;
}

/** A compartment's articles, or the reason the calling bench (`what`) is skipped — the mirror is absent — and exit 0. */
export function polnearOrSkip(compartment: Compartment, what: string): PolnearDoc[] {
  const docs = loadPolnear(compartment);
  if (docs) return docs;
  console.log(`${what}: skipped, the PolNeAR mirror is absent (${POLNEAR_GIT}; fetch github:networkdynamics/PolNeAR)`);
  process.exit(0);
}
