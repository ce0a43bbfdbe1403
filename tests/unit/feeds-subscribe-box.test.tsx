// @vitest-environment happy-dom
/**
 * The options page's feed address box after Subscribe: emptied once the feed is subscribed (pressing
 * Subscribe again would only refresh it), kept when the subscription fails so the reader can correct it.
 * The browser's permission prompt says yes; the network is a stand-in serving one feed.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';

// happy-dom loads no script file: the content script's page readers, handed over directly.
vi.mock('../../lib/extension/page-reader', () => import('./page-readers-here'));

vi.mock('../../lib/extension/platform', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../lib/extension/platform')>()),
  requestOrigins: vi.fn(async () => true),
}));

const { App } = await import('../../entrypoints/options/App');
const { Corpus } = await import('../../lib/store/corpus');

const FEED_URL = 'https://harbor.example/feed.xml';
const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbor Weekly</title><link>https://harbor.example/</link>
<item><title>Ferry timetable changes in spring</title><link>https://harbor.example/ferry</link><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
<description><![CDATA[<p>The harbor ferry will leave every twenty minutes from the first of April, the port office said on Tuesday.</p><p>Evening crossings stay hourly because fewer passengers travel after eight, the office added.</p><p>Tickets bought before April remain valid until the end of the month.</p>]]></description></item>
</channel></rss>`;

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

async function subscribe(url: string): Promise<HTMLInputElement> {
  const open = Corpus.open.bind(Corpus);
  let opened!: Promise<unknown>;
  vi.spyOn(Corpus, 'open').mockImplementation((opts) => (opened = open(opts)));
  const page = (root = document.createElement('div'));
  document.body.append(page);
  await act(async () => render(<App />, page));
  await vi.waitFor(() => expect(opened).toBeDefined());
  await act(async () => {
    await opened;
  });
  const card = page.querySelector('section[aria-labelledby="px-feeds-title"]')!;
  const input = page.querySelector<HTMLInputElement>('#px-feed-input')!;
  await act(async () => {
    input.value = url;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const form = input.closest('form')!;
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  // Done: the outcome is said and the Subscribe button is free again.
  const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Subscribe')!;
  await vi.waitFor(
    () => {
      expect(card.querySelector('[role="status"] p, [role="alert"]')).not.toBeNull();
      expect(button.disabled).toBe(false);
    },
    { timeout: 5000 },
  );
  for (let k = 0; k < 3; k++) await act(async () => {});
  return input;
}

it('empties the address box once the feed is subscribed', async () => {
  vi.stubGlobal('fetch', vi.fn(async (u: string | URL) =>
    String(u) === FEED_URL
      ? new Response(RSS, { status: 200, headers: { 'content-type': 'application/rss+xml' } })
      : new Response('not found', { status: 404, statusText: 'Not Found' })));
  const input = await subscribe(FEED_URL);
  expect(root!.querySelector('section[aria-labelledby="px-feeds-title"] [role="status"]')?.textContent).toMatch(/^Subscribed\. Harbor Weekly/);
  expect(input.value).toBe('');
});

it('keeps the address when the subscription fails, so the reader can correct it', async () => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response('not found', { status: 404, statusText: 'Not Found' })));
  const input = await subscribe('https://harbor.example/feeds');
  expect(root!.querySelector('section[aria-labelledby="px-feeds-title"] [role="alert"]')?.textContent).toMatch(/^Could not subscribe: HTTP 404/);
  expect(input.value).toBe('https://harbor.example/feeds');
});

it("says a starter source's outcome in the Sources card, where its button is, and a typed feed's in the Feeds card", async () => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response('not found', { status: 404, statusText: 'Not Found' })));
  await subscribe('https://harbor.example/feeds');
  const feedsCard = root!.querySelector('section[aria-labelledby="px-feeds-title"]')!;
  const sourcesCard = root!.querySelector('section[aria-labelledby="px-sources-title"]')!;
  expect(feedsCard.querySelector('[role="alert"]')?.textContent).toMatch(/^Could not subscribe: HTTP 404/);
  expect(sourcesCard.querySelector('[role="alert"]')).toBeNull();
  // A starter source's Subscribe: at 320 px the Feeds card is a screen above this button.
  const starter = sourcesCard.querySelector<HTMLButtonElement>('button[aria-label^="Subscribe to "]')!;
  await act(async () => starter.click());
  await vi.waitFor(() => expect(sourcesCard.querySelector('[role="alert"]')?.textContent).toMatch(/^Could not subscribe: HTTP 404/), { timeout: 5000 });
  expect(feedsCard.querySelector('[role="alert"]')).toBeNull();
  expect(feedsCard.querySelector('[role="status"]')?.textContent).toBe('');
  // The Sources card's polite region was on the page before the outcome (said to screen readers).
  expect(sourcesCard.querySelector('[role="status"]')).not.toBeNull();
});
