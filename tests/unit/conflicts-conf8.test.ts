/**
 * conf8: true conflicts the engine missed on the dev rows of bench/data/conflicts-labels.json
 * (`npx tsx bench/conflicts-eval.ts --dev-only --misses`), grouped by cause and fixed generally
 * (docs/notes/conf8.md). Short texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { figureConflict } from '../../lib/engine/conflicts';
import { quantities } from '../../lib/nlp';

describe('a bound read against a rounded figure', () => {
  it('"about 20,000" and "over 24,000" refugees disagree', () => {
    const x = quantities('The camp shelters about 20,000 refugees from the mountains.');
    const y = quantities('The camp now holds over 24,000 refugees who fled the fighting.');
    expect(figureConflict(x, y)).toBe('number: about 20,000 vs over 24,000');
  });

  it('"about 20,000" and "more than 20,000", or "24,000" and "over 24,000", still agree', () => {
    const x = quantities('The camp shelters about 20,000 refugees from the mountains.');
    expect(figureConflict(x, quantities('The camp holds more than 20,000 refugees.'))).toBeNull();
    expect(figureConflict(quantities('The camp holds 24,000 refugees.'), quantities('The camp holds over 24,000 refugees.'))).toBeNull();
  });
});
