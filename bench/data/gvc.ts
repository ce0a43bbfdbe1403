/**
 * The news articles of SemEval-2018 Task 5 ("Counting Events and Participants in the Long Tail", Postma, Ilievski &
 * Vossen, SemEval 2018): local US news reports of gun-violence incidents registered by the Gun Violence Archive
 * (GVA), crawled from archive.org by the task's organisers (CLTL, VU Amsterdam) — the documents the Gun Violence
 * Corpus (GVC, github.com/cltl/GunViolenceCorpus, CC BY 4.0; its own CoNLL files are not in the mirror) was annotated
 * on. Each article is filed under the GVA incident it reports, so the articles of one incident are one event told by
 * several outlets (different local papers and TV stations): a same-event, multi-outlet source no earlier round read.
 *
 * Read from the public mirror of github.com/cltl/LongTailQATask (`EventRegistries/GunViolenceArchive/the_violent_corpus/
 * <incident>/<md5>.json`; the files are Python pickles of the task's `classes.NewsItem`, protocol 3, despite the name):
 * title, dct (document creation time), uri (an archive.org copy of the outlet's page), id and content (the article text,
 * paragraphs separated by blank lines). The repository states no licence; the README distributes "the task data,
 * consisting of questions and the documents" to the shared task's participants (research use). Nothing of it is
 * committed: when the mirror is absent, `loadGvc` returns null and the caller prints why it skipped.
 */
import { existsSync } from 'node:fs';
import { ingestFile } from '../../lib/ingest/index.ts';
import type { Article } from '../../lib/types.ts';
import { fnv1a } from './fnv.ts';
import { mirrorBlobs, mirrorRead } from './mirror.ts';

export const GVC_GIT = '/work/.mirror/cltl+LongTailQATask/repo';
const DIR = 'EventRegistries/GunViolenceArchive/the_violent_corpus/';

export interface GvcItem {
  incident: string;
  /** The document's md5 id (its file name). */
  id: string;
  title: string;
  /** YYYY-MM-DD, or null. */
  date: string | null;
  /** The outlet's page (the archive.org prefix removed). */
  url: string | null;
  /** The outlet's host without "www.", or null. */
  host: string | null;
  content: string;
}

export interface GvcDoc {
  article: Article;
  incident: string;
  host: string | null;
}

/**
 * A minimal reader of the pickles: the opcodes these files use (protocol 3: a class global, NEWOBJ, a dict of str
 * and a datetime.date built by REDUCE from its 4 bytes). Returns the object's state dict; throws on any other opcode.
 */
export function readNewsItemPickle(buf: Buffer): Record<string, unknown> {
  const stack: unknown[] = [];
  const marks: number[] = [];
  const memo = new Map<number, unknown>();
  const MARK = Symbol('mark');
  let p = 0;
  let state: Record<string, unknown> | null = null;
  const line = () => {
    const nl = buf.indexOf(10, p);
    const s = buf.subarray(p, nl).toString('latin1');
    p = nl + 1;
    return s;
  };
  for (;;) {
    const op = buf[p++];
    switch (op) {
      case 0x80: p++; break; // PROTO
      case 0x63: stack.push({ global: `${line()}.${line()}` }); break; // GLOBAL
      case 0x71: memo.set(buf[p++]!, stack[stack.length - 1]); break; // BINPUT
      case 0x72: memo.set(buf.readUInt32LE(p), stack[stack.length - 1]); p += 4; break; // LONG_BINPUT
      case 0x68: stack.push(memo.get(buf[p++]!)); break; // BINGET
      case 0x6a: stack.push(memo.get(buf.readUInt32LE(p))); p += 4; break; // LONG_BINGET
      case 0x29: stack.push([]); break; // EMPTY_TUPLE
      case 0x85: stack.push([stack.pop()]); break; // TUPLE1
      case 0x86: { const b = stack.pop(); const a = stack.pop(); stack.push([a, b]); break; } // TUPLE2
      case 0x81: { stack.pop(); const cls = stack.pop() as { global: string }; stack.push({ cls: cls.global }); break; } // NEWOBJ
      case 0x7d: stack.push({}); break; // EMPTY_DICT
      case 0x28: marks.push(stack.length); stack.push(MARK); break; // MARK
      case 0x4e: stack.push(null); break; // NONE
      case 0x58: { const n = buf.readUInt32LE(p); p += 4; stack.push(buf.subarray(p, p + n).toString('utf8')); p += n; break; } // BINUNICODE
      case 0x8c: { const n = buf[p++]!; stack.push(buf.subarray(p, p + n).toString('utf8')); p += n; break; } // SHORT_BINUNICODE
      case 0x43: { const n = buf[p++]!; stack.push(buf.subarray(p, p + n)); p += n; break; } // SHORT_BINBYTES
      case 0x42: { const n = buf.readUInt32LE(p); p += 4; stack.push(buf.subarray(p, p + n)); p += n; break; } // BINBYTES
      case 0x52: { // REDUCE: only datetime.date(bytes)
        const args = stack.pop() as unknown[];
        const fn = stack.pop() as { global: string };
        const b = args[0];
        if (fn.global === 'datetime.date' && Buffer.isBuffer(b) && b.length === 4) {
          const y = b.readUInt16BE(0);
          stack.push(`${y}-${String(b[2]).padStart(2, '0')}-${String(b[3]).padStart(2, '0')}`);
        } else stack.push(null);
        break;
      }
      case 0x75: { // SETITEMS
        const at = marks.pop()!;
        const items = stack.splice(at);
        items.shift();
        const d = stack[stack.length - 1] as Record<string, unknown>;
        for (let i = 0; i + 1 < items.length; i += 2) d[items[i] as string] = items[i + 1];
        break;
      }
      case 0x73: { const v = stack.pop(); const k = stack.pop() as string; (stack[stack.length - 1] as Record<string, unknown>)[k] = v; break; } // SETITEM
      case 0x62: { state = stack.pop() as Record<string, unknown>; break; } // BUILD
      case 0x2e: if (!state) throw new Error('pickle: no state'); return state; // STOP
      default:
        throw new Error(`pickle: opcode 0x${(op ?? 0).toString(16)} at ${p - 1}`);
    }
  }
}

/** The outlet's page behind an archive.org address ("http://web.archive.org/web/2014…/http://q13fox.com/…"). */
export function outletUrl(uri: string): string {
  const m = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i.exec(uri);
  return m ? m[1]! : uri;
}

/** Every article of the corpus, in path order, or null when the mirror is absent. */
export function gvcItems(gitDir = GVC_GIT): GvcItem[] | null {
  if (!existsSync(gitDir)) return null;
  const files: Array<{ sha: string; incident: string; id: string }> = [];
  for (const b of mirrorBlobs(gitDir, DIR)) {
    const m = /\/the_violent_corpus\/(\d+)\/([0-9a-f]+)\.json$/.exec(b.path);
    if (m) files.push({ sha: b.sha, incident: m[1]!, id: m[2]! });
  }
  files.sort((a, b) => (a.incident !== b.incident ? Number(a.incident) - Number(b.incident) : a.id < b.id ? -1 : 1));
  const blobs = mirrorRead(gitDir, files.map((f) => f.sha));
  const out: GvcItem[] = [];
  for (const [k, f] of files.entries()) {
    const body = blobs[k];
    if (!body) continue;
    const s = readNewsItemPickle(body);
    const url = typeof s.uri === 'string' ? outletUrl(s.uri) : null;
    const host = url ? (/^https?:\/\/(?:www\.)?([^/:]+)/i.exec(url)?.[1]?.toLowerCase() ?? null) : null;
    out.push({
      incident: f.incident,
      id: f.id,
      title: typeof s.title === 'string' ? s.title.trim() : '',
      date: typeof s.dct === 'string' ? s.dct : null,
      url,
      host,
      content: typeof s.content === 'string' ? s.content : '',
    });
  }
  return out;
}

/** An item as the Markdown a reader's file would be: front matter (title, outlet, url, date), then the paragraphs. */
export function gvcMarkdown(it: GvcItem): string {
  const paras = it.content.split(/\n\s*\n|\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return [
    '---',
    `title: ${JSON.stringify(it.title || paras[0] || it.id)}`,
    it.host ? `outlet: ${JSON.stringify(it.host)}` : null,
    it.url ? `url: ${JSON.stringify(it.url)}` : null,
    it.date ? `date: ${JSON.stringify(it.date)}` : null,
    '---',
    paras.join('\n\n'),
  ]
    .filter((x) => x !== null)
    .join('\n') + '\n';
}

/** The articles (ingested as a reader's Markdown file) of the given items; ids `gvc-<incident>-<first 8 of md5>`. */
export function gvcArticles(items: GvcItem[]): GvcDoc[] {
  const out: GvcDoc[] = [];
  for (const it of items) {
    const name = `gvc-${it.incident}-${it.id.slice(0, 8)}`;
    const a = ingestFile({ name: `${name}.md`, content: gvcMarkdown(it) }).articles[0];
    if (!a || a.units.length === 0) continue;
    out.push({ article: { ...a, id: name }, incident: it.incident, host: it.host });
  }
  return out;
}

/** Every article of the corpus as an Article, or null when the mirror is absent. */
export function loadGvc(gitDir = GVC_GIT): GvcDoc[] | null {
  const items = gvcItems(gitDir);
  return items ? gvcArticles(items) : null;
}

/**
 * One article per outlet of an incident's list: the first by md5 id of each host, leaving out empty texts and texts an
 * article already picked has (whitespace folded). The picks of the conflicts rounds and the story / retrieval benches.
 */
export function pickPerOutlet(list: GvcItem[]): GvcItem[] {
  const hosts = new Set<string>();
  const texts = new Set<string>();
  const picked: GvcItem[] = [];
  for (const it of [...list].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const text = it.content.replace(/\s+/g, ' ').trim();
    if (!text || !it.host || hosts.has(it.host) || texts.has(text)) continue;
    hosts.add(it.host);
    texts.add(text);
    picked.push(it);
  }
  return picked;
}

/** The split of an incident (docs/notes/story29.md §0): FNV-1a of `gvc-<incident>`, even → dev, odd → held. */
export function gvcSplitOf(incident: string): 'dev' | 'held' {
  return fnv1a(`gvc-${incident}`) % 2 === 0 ? 'dev' : 'held';
}

export interface GvcStoryCorpus {
  split: 'dev' | 'held';
  /** The read articles (incidents told by ≥ 2 outlets, one article per outlet, 2–maxOutlets each). */
  read: GvcDoc[];
  /** One article of every other incident of the split. */
  distractors: GvcDoc[];
  readIncidents: number;
  /** Incidents of the split told by ≥ 2 outlets (read or not). */
  multi: Set<string>;
  /** Article id → its own date (YYYY-MM-DD or null), for the read articles. */
  dateOf: Map<string, string | null>;
}

/**
 * The story benches' corpus of one split (bench/story-gvc.ts, bench/fit-story.ts): the split's incidents in FNV order;
 * one article per outlet (pickPerOutlet); incidents with ≥ 2 outlets are read (their first maxOutlets articles) until
 * `articles` read articles are taken; every other incident gives its first pick as a distractor.
 */
/** A split's incidents in FNV order (ties by number), each with its articles picked one per outlet (none-picked left out). */
export function gvcIncidentsInOrder(items: GvcItem[], split: 'dev' | 'held'): { incident: string; picked: GvcItem[] }[] {
  const byIncident = new Map<string, GvcItem[]>();
  for (const it of items) if (gvcSplitOf(it.incident) === split) byIncident.set(it.incident, [...(byIncident.get(it.incident) ?? []), it]);
  return [...byIncident]
    .map(([incident, list]) => ({ incident, picked: pickPerOutlet(list), h: fnv1a(`gvc-${incident}`) }))
    .filter((x) => x.picked.length > 0)
    .sort((a, b) => a.h - b.h || Number(a.incident) - Number(b.incident))
    .map(({ incident, picked }) => ({ incident, picked }));
}

export function gvcStoryCorpus(items: GvcItem[], split: 'dev' | 'held', articles = 300, maxOutlets = 4): GvcStoryCorpus {
  const incidents = gvcIncidentsInOrder(items, split);
  const readItems: GvcItem[] = [];
  const distItems: GvcItem[] = [];
  let readIncidents = 0;
  for (const x of incidents) {
    if (x.picked.length >= 2 && readItems.length < articles) {
      readItems.push(...x.picked.slice(0, maxOutlets));
      readIncidents++;
    } else distItems.push(x.picked[0]!);
  }
  return {
    split,
    read: gvcArticles(readItems),
    distractors: gvcArticles(distItems),
    readIncidents,
    multi: new Set(incidents.filter((x) => x.picked.length >= 2).map((x) => x.incident)),
    dateOf: new Map(readItems.map((it) => [`gvc-${it.incident}-${it.id.slice(0, 8)}`, it.date])),
  };
}
