/**
 * Synthetic articles for measurements (bench/, scripts/store-measure.ts): an Article built from
 * paragraphs of sentences, with units laid out exactly as ingestion lays them out
 * (paragraphs joined by "\n\n", sentences by a space, offsets into the text). Not for tests of
 * ingestion: it skips it on purpose, so a measurement times only what it names.
 */
import type { Article, Unit } from '../lib/types';

export interface SyntheticSpec {
  id: string;
  title: string;
  outlet: string | null;
  date?: string | null;
  url?: string | null;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

export function syntheticArticle(spec: SyntheticSpec): Article {
  let text = '';
  const units: Unit[] = [];
  spec.paragraphs.forEach((sentences, p) => {
    if (p) text += '\n\n';
    sentences.forEach((t, k) => {
      if (k) text += ' ';
      const start = text.length;
      text += t;
      units.push({ i: units.length, text: t, p, start, end: start + t.length, kind: 'body' });
    });
  });
  return {
    id: spec.id,
    title: spec.title,
    outlet: spec.outlet,
    date: spec.date ?? null,
    url: spec.url ?? null,
    language: 'en',
    byline: null,
    description: null,
    text,
    units,
    quotes: [],
    warnings: [],
    hash: `synthetic:${spec.id}`,
    format: 'text',
  };
}
