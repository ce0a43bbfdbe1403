/**
 * Shared by the tests of the side panel's warm compare context (perf54: Chrome's offscreen document;
 * ffwarm61: Firefox's background page): two invented articles of one event, and the context's listener
 * wired to runtime.sendMessage through JSON, as the browsers' messages are.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serveOffscreenCompare } from '../../lib/extension/platform';
import { ingestFile } from '../../lib/ingest';
import type { Article, Report } from '../../lib/types';

const article = (id: string, title: string, text: string): Article => ingestFile({ name: `${id}.txt`, content: `${title}\n\n${text}` }).articles[0]!;
export const HERE = article(
  'warm-a',
  'Ferry line to Elsholm halted',
  'The ferry company Nordsund stopped all crossings to Elsholm on Tuesday after a crack was found in the hull of its only vessel. About 1,200 islanders depend on the line. Repairs will take three weeks, the company said.',
);
export const OTHER = article(
  'warm-b',
  'Elsholm ferry out of service',
  'Nordsund suspended its crossings to the island of Elsholm on Tuesday when inspectors found a crack in the hull. Some 1,200 residents rely on the service. The company expects repairs to last three weeks.',
);

/** The fake browser, reset before each test; the `offscreen` API a test gives it removed after. Returns it, untyped. */
export function fakeBrowserEach(): Record<string, any> {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    delete (fakeBrowser as unknown as Record<string, unknown>).offscreen;
  });
  return fakeBrowser as unknown as Record<string, any>;
}

type Listener = (m: unknown, s: unknown, reply: (r: unknown) => void) => unknown;

/**
 * The context's listener is what `serveOffscreenCompare(compare)` registers (none when `compare` is null);
 * `senderUrl` is who asks (an extension page by default). A message no listener takes is answered as the
 * browser does: `noReceiver` 'reject' ("Receiving end does not exist") or 'undefined'. Returns the
 * sendMessage spy and the answers the listener gave.
 */
export function wireCompareContext(
  compare: ((a: Article | null) => Promise<Report | null>) | null,
  { senderUrl = fakeBrowser.runtime.getURL('/sidepanel.html'), noReceiver = 'reject' as 'reject' | 'undefined' } = {},
) {
  let listener: Listener | null = null;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l: any) => {
    listener = l;
  });
  if (compare) serveOffscreenCompare(compare);
  const wire = (x: unknown) => JSON.parse(JSON.stringify(x));
  const answered: unknown[] = [];
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
    (async (m: unknown) =>
      new Promise((resolve, reject) => {
        const r = listener?.(wire(m), { url: senderUrl }, (x) => (answered.push(x), resolve(wire(x))));
        if (r === true) return;
        if (noReceiver === 'reject') reject(new Error('Could not establish connection. Receiving end does not exist.'));
        else resolve(undefined);
      })) as never,
  );
  return { send, answered };
}
