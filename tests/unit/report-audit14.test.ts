/**
 * Cards a reader found wrong on real multi-outlet news (ECB+, docs/notes/audit14.md), each cause
 * checked on text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine/index';
import type { Article } from '../../lib/types';
import { sentenceArticle } from '../data/engine/sentence-article';

const article = (id: string, sentences: string[]): Article => sentenceArticle(id, sentences, { outlet: `${id}.example`, date: '2009-01-07' });

describe('one quotation in two outlets is one fact', () => {
  // The quotation runs over two sentences: its first sentence has no closing mark, and neither
  // outlet names the speaker inside it. Both give it after a sentence about the same man.
  const a = article('a', [
    'Chargers receiver Vincent Jackson was arrested early Tuesday on suspicion of drunk driving, the California Highway Patrol said.',
    'Jackson was booked into the county jail in San Diego and released a few hours later.',
    'Jackson issued a statement through the team on Wednesday afternoon.',
    '“I don\'t think any charges will be filed as a result of the stop.',
    'In the event they are, I look forward to clearing my name.”',
    'The arrest will not affect his status for Sunday\'s playoff game in Pittsburgh.',
  ]);
  const b = article('b', [
    'Vincent Jackson, the Chargers receiver, was arrested on suspicion of drunk driving early Tuesday, the California Highway Patrol said.',
    'Jackson proclaimed his innocence in a statement released by the Chargers.',
    '“I don\'t think any charges will be filed as a result of the stop.',
    'In the event they are, I look forward to clearing my name.”',
    'Jackson will play in Sunday\'s playoff game at Pittsburgh, the team said.',
  ]);

  it('the same quoted sentence is shared, never left out by the other nor added from it', async () => {
    const r = await compareArticle(a, new MemoryIndex([b]));
    expect(r.related.map((x) => x.id)).toEqual(['b']);
    const quote = 3;
    expect(r.leftOut.map((f) => f.i)).not.toContain(quote);
    expect(r.shared.find((f) => f.i === quote)?.sources.map((s) => s.id)).toEqual(['b']);
    expect(r.added.map((f) => f.text)).not.toContain(b.units[2]!.text);
  });
});
