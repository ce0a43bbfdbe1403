/**
 * The engine keeps what it derives from an article across compares (lib/engine/features.ts
 * `derivedOf`): the same article read again from the store (a new object, same content) is not
 * derived again, and an article edited or re-segmented under the same id is.
 */
import { describe, expect, it } from 'vitest';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { derivedOf, featuresOf } from '../../lib/engine/features';
import { ingestFile } from '../../lib/ingest';
import type { Article } from '../../lib/types';

const article = (id: string, text: string, title = 'Harbour strike'): Article =>
  ingestFile({ name: `${id}.txt`, content: `${title}\n\n${text}` }).articles[0]!;

const A = article(
  'cache-a',
  'Dockworkers at the port of Rotterdam walked out on Monday over pay. The union said 454 members joined the strike. Ships queued outside the harbour for two days.',
);

describe('per-article derived features', () => {
  it('serves a fresh copy with the same content from the cache, and derives an edited one again', () => {
    const first = featuresOf(A);
    expect(featuresOf(structuredClone(A))).toBe(first);
    expect(derivedOf(structuredClone(A))).toBe(derivedOf(A));

    const edited = article('cache-a', A.text.replace('454', '812'));
    expect(edited.id).toBe(A.id);
    const f = featuresOf(edited);
    expect(f).not.toBe(first);
    expect(f.flatMap((u) => u.figures.map((q) => q.value))).toContain(812);
    expect(f.flatMap((u) => u.figures.map((q) => q.value))).not.toContain(454);

    // A unit's kind changed (a re-segmented article, same text): derived again.
    const j = featuresOf(A).findIndex((f) => f.fact && f.unit.kind === 'body');
    expect(j).toBeGreaterThanOrEqual(0);
    const reSegmented = structuredClone(A);
    reSegmented.units[j] = { ...reSegmented.units[j]!, kind: 'heading' };
    const before = featuresOf(A);
    expect(featuresOf(reSegmented)).not.toBe(before);
    expect(featuresOf(reSegmented)[j]!.fact).toBe(false);
  });

  it('gives the same report for fresh copies as for the objects first compared, and follows an edit', async () => {
    const B = article(
      'cache-b',
      'Dockworkers in Rotterdam stopped work on Monday in a dispute over wages. According to the union, 454 members took part. Ships waited outside the harbour.',
      'Rotterdam dockworkers strike',
    );
    const index = new MemoryIndex([A, B]);
    const before = await compareArticle(A, index);
    expect(before.related.map((r) => r.id)).toEqual(['cache-b']);
    expect(JSON.stringify(await compareArticle(structuredClone(A), new MemoryIndex([structuredClone(A), structuredClone(B)])))).toBe(
      JSON.stringify(before),
    );
    // The other outlet's figure changes: the figure is now a conflict, not a match.
    const B2 = article('cache-b', B.text.replace('454', '900'), 'Rotterdam dockworkers strike');
    const after = await compareArticle(A, new MemoryIndex([A, B2]));
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    expect(JSON.stringify(after)).toContain('900');
  });
});
