/**
 * An article built from sentences for engine tests: one paragraph and one body unit per sentence,
 * offsets into the joined text, no ingestion. `fields` overrides any default (title: the first
 * sentence's first 40 characters; outlet and hash: the id).
 */
import type { Article } from '../../../lib/types';

export function sentenceArticle(id: string, sentences: string[], fields: Partial<Article> = {}): Article {
  let text = '';
  const units = sentences.map((t, i) => {
    if (i) text += '\n\n';
    const start = text.length;
    text += t;
    return { i, text: t, p: i, start, end: start + t.length, kind: 'body' as const };
  });
  return {
    id, title: sentences[0]?.slice(0, 40) ?? id, outlet: id, date: null, url: null, language: 'en', byline: null, description: null,
    text, units, quotes: [], warnings: [], hash: id, format: 'text',
    ...fields,
  };
}
