/**
 * Re-cutting a stored article with today's segmenter and quote finder (Corpus.reindex). Its own
 * module, re-exported by lib/ingest/index.ts: the store needs only this, and importing it must not
 * bring the file readers (front matter, JSON, HTML) into every page that opens the corpus.
 */
import type { Article, Unit } from '../types';
import { segmentParagraphs } from '../segment/index';
import { extractQuotes } from '../quotes/extract';

/**
 * A stored article with its units and quotes rebuilt by today's segmenter and quote finder, from
 * its own text (paragraphs are "\n\n"-separated; each keeps the kind its units had). Articles
 * imported before a change to sentence splitting or quote extraction are brought up to date with
 * this (Corpus.reindex), so the corpus and a freshly read page are cut into units the same way and
 * a quote's speaker is the same in the CLI and the extension. Returns the article itself when
 * nothing changed.
 */
export function resegment(a: Article): Article {
  const paras = a.text.split('\n\n');
  const kindOf = new Map<number, Unit['kind']>();
  for (const u of a.units) if (!kindOf.has(u.p)) kindOf.set(u.p, u.kind);
  const { text, units } = segmentParagraphs(
    paras.map((t, p) => ({ text: t, kind: kindOf.get(p) ?? 'body' })),
    { lang: a.language ? a.language.slice(0, 2) : 'en' },
  );
  // Paragraphs with no unit (none in practice) would shift indexes: keep the stored cut then.
  if (text !== a.text || !units.length) return a;
  const quotes = extractQuotes({ text, units, title: a.title });
  const same = units.length === a.units.length && units.every((u, k) => u.start === a.units[k]!.start && u.end === a.units[k]!.end && u.kind === a.units[k]!.kind);
  if (same && JSON.stringify(quotes) === JSON.stringify(a.quotes)) return a;
  return { ...a, units, quotes };
}
