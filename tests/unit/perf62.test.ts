/**
 * perf62: the side panel asks the browser whether the offscreen document is open once, not before each
 * compare (lib/extension/platform.ts askOffscreen); a document closed since (the background closes one it
 * opened for a feed refresh) is opened again when a compare finds no one there, and the compare still runs
 * in it. Invented articles (tests/unit/compare-context.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { compareOffscreen } from '../../lib/extension/platform';
import { compareArticle, MemoryIndex } from '../../lib/engine';
import { fakeBrowserEach, HERE, OTHER, wireCompareContext } from './compare-context';
import type { Article } from '../../lib/types';

const fake = fakeBrowserEach();

/**
 * An offscreen document that opens and closes; while closed nothing takes the message, answered as the
 * browser does (`noReceiver`: "Receiving end does not exist", or no answer when another page listens).
 */
function document(noReceiver: 'reject' | 'undefined') {
  let open = true;
  const offscreen = {
    hasDocument: vi.fn(async () => open),
    createDocument: vi.fn(async () => void (open = true)),
    close: () => void (open = false),
  };
  fake.offscreen = offscreen;
  const corpus = new MemoryIndex([HERE, OTHER]);
  const compared: Article[] = [];
  const { send } = wireCompareContext(async (a) => (a ? (compared.push(a), compareArticle(a, corpus)) : null), { noReceiver });
  const inDocument = send.getMockImplementation() as unknown as (m: unknown) => Promise<unknown>;
  send.mockImplementation((async (m: unknown) => {
    if (open) return inDocument(m);
    if (noReceiver === 'reject') throw new Error('Could not establish connection. Receiving end does not exist.');
    return undefined;
  }) as never);
  return { offscreen, compared };
}

describe("the panel's compares in the offscreen document", () => {
  it.each(['reject', 'undefined'] as const)(
    'asks whether the document is open once, and opens it again when it was closed since (no receiver: %s)',
    async (noReceiver) => {
      const { offscreen, compared } = document(noReceiver);
      const related = async () => (await compareOffscreen(HERE)).related.map((r) => r.id);
      expect(await related()).toEqual(['warm-b']);
      expect(await related()).toEqual(['warm-b']);
      expect(offscreen.hasDocument).toHaveBeenCalledTimes(1);
      offscreen.close();
      expect(await related()).toEqual(['warm-b']);
      expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
      expect(compared).toHaveLength(3);
    },
  );
});
