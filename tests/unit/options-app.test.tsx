// @vitest-environment happy-dom
/**
 * The corpus manager page as a whole: what the reader starts before the page is ready is not lost.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/options/App';
import { Corpus } from '../../lib/store/corpus';
import { newestSummaries } from '../../lib/store/first-rows';
import { article } from './store-helpers';
import { SEEDS_FILE } from '../../lib/seeds-file';
import { packSeeds, seedFiles } from '../../lib/seeds-pack';

// happy-dom loads no script file: the content script's page readers, handed over directly.
vi.mock('../../lib/extension/page-reader', () => import('./page-readers-here'));

const STORY = `---
title: Council approves the river bridge
outlet: Test Gazette
date: 2025-03-04
---

The city council approved the new river bridge on Tuesday after a debate that lasted four hours.

The bridge will cost 12 million dollars and should open in two years, the mayor said after the vote.

Residents of the east bank have asked for a second crossing since the old ferry stopped running in 2019.
`;

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root); // unmount: the page's subscriptions end
  root = null;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'storage'); // a test's stand-in for the browser's storage figure
  document.body.innerHTML = '';
});

/** The options page rendered, and the reader choosing one story file in the import's file picker. */
async function renderAndChooseStory(): Promise<HTMLElement> {
  const page = (root = document.createElement('div'));
  document.body.append(page);
  await act(async () => render(<App />, page));
  const input = page.querySelector<HTMLInputElement>('#px-file-input')!;
  Object.defineProperty(input, 'files', { value: [new File([STORY], 'bridge.md', { type: 'text/markdown' })], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return page;
}

it('imports files chosen while the corpus is still opening, instead of dropping them', async () => {
  vi.stubGlobal('Worker', undefined); // the page's fallback: ingest on the page (no worker file in a unit test)
  const open = Corpus.open.bind(Corpus);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  vi.spyOn(Corpus, 'open').mockImplementation(async (opts) => {
    await gate; // the database opens only after the reader has chosen the files
    return open(opts);
  });
  const page = await renderAndChooseStory();
  release();
  await vi.waitFor(() => expect(page.textContent).toContain('bridge.md'), { timeout: 15_000 });
  expect(page.textContent).toContain('Added');
  const corpus = await open();
  const titles = (await corpus.db.articles.toArray()).map((a) => a.title);
  expect(titles).toContain('Council approves the river bridge');
});

it('after "Reset to seeds" the last import no longer lists files as added: the reset removed them', async () => {
  vi.stubGlobal('Worker', undefined);
  // The package's seeds file, as the extension's origin serves it to the page (lib/seeds.ts).
  const packed = new Uint8Array(packSeeds(seedFiles()));
  vi.stubGlobal('fetch', async (url: string) => (url === `/${SEEDS_FILE}` ? new Response(packed) : new Response(null, { status: 404 })));
  // The browser's storage figure (Chromium: bytes of its IndexedDB files, which a reset does not shrink at once).
  Object.defineProperty(navigator, 'storage', { value: { estimate: async () => ({ usage: 2_900_000, quota: 7e10 }) }, configurable: true });
  const page = await renderAndChooseStory();
  const storageLine = () => [...page.querySelectorAll('dt')].find((d) => d.textContent === 'Storage used')?.nextElementSibling?.textContent ?? '';
  await vi.waitFor(() => expect(storageLine()).toMatch(/MB/), { timeout: 15_000 });
  expect(page.textContent).not.toContain('give back');
  expect(page.textContent).not.toContain('gives back');
  const importResults = () => page.querySelector('[aria-label="Import results"]');
  await vi.waitFor(() => expect(importResults()?.textContent).toContain('bridge.md'), { timeout: 15_000 });
  const button = (name: string) => [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
  await act(async () => button('Reset to seeds…').click());
  await act(async () => button('Replace with seeds').click());
  await vi.waitFor(() => expect(page.textContent).toContain('The corpus now holds the 5 seed articles'), { timeout: 15_000 });
  expect(importResults()).toBeNull();
  expect(page.textContent).not.toContain('Imported 1 of 1 file');
  // The figure did not drop: the line says why, rather than leave the reader thinking the reset kept the articles.
  expect(storageLine()).toMatch(/MB/);
  expect(page.textContent).toContain('Storage used does not drop at once after a reset: the browser gives back the space of removed articles later.');
  const corpus = await Corpus.open();
  expect((await corpus.db.articles.toArray()).map((a) => a.title)).not.toContain('Council approves the river bridge');
});


/** Corpus.open waits until the returned function is called: the page as it is before its corpus has opened. */
function holdCorpusOpen(): () => void {
  const open = Corpus.open.bind(Corpus);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  vi.spyOn(Corpus, 'open').mockImplementation(async (opts) => {
    await gate;
    return open(opts);
  });
  return release;
}

it('shows the newest rows read early before the corpus has opened, then the whole corpus', async () => {
  vi.stubGlobal('Worker', undefined);
  const seedCorpus = await Corpus.open();
  await seedCorpus.upsert([
    { ...article({ id: 'early-1', text: 'The ferry returns in May. It was stopped in 2019.', date: '2030-01-02' }), title: 'Ferry returns in May' },
    { ...article({ id: 'early-2', text: 'A second bridge is planned. The council voted.', date: '2030-01-01' }), title: 'Second bridge planned' },
  ]);
  const count = await seedCorpus.count();
  seedCorpus.close();
  const early = newestSummaries('parallax', 2);
  await early.ready;
  const release = holdCorpusOpen();
  const page = (root = document.createElement('div'));
  document.body.append(page);
  await act(async () => render(<App early={early} />, page));
  // The corpus has not opened: the two rows read early are in the table already.
  const titles = () => [...page.querySelectorAll('tbody tr[data-id] .px-title-text')].map((t) => t.textContent);
  expect(titles()).toEqual(['Ferry returns in May', 'Second bridge planned']);
  expect(page.textContent).toContain('shown so far');
  release();
  await vi.waitFor(() => expect(page.textContent).toContain(`${count} articles`), { timeout: 15_000 });
  expect(titles().slice(0, 2)).toEqual(['Ferry returns in May', 'Second bridge planned']);
});

it('shows rows read early that come in after the first render, before the corpus has opened', async () => {
  vi.stubGlobal('Worker', undefined);
  const rows = await newestSummaries('parallax', 2).ready;
  expect(rows).toHaveLength(2);
  // Not in at the first render; in by the time the page's effects run, then announced.
  const early = { rows: undefined as typeof rows | undefined, ready: Promise.resolve(rows) };
  const release = holdCorpusOpen();
  const page = (root = document.createElement('div'));
  document.body.append(page);
  await act(async () => {
    render(<App early={early} />, page);
    expect(page.querySelector('tbody tr[data-id]')).toBeNull();
    early.rows = rows;
  });
  await vi.waitFor(() => expect([...page.querySelectorAll('tbody tr[data-id]')].map((t) => t.getAttribute('data-id'))).toEqual(rows!.map((r) => r.id)));
  release();
});

it('prepares for compare what a feed refresh in the background added, when the page opens (perf45)', async () => {
  vi.stubGlobal('Worker', undefined);
  // Items the background's alarm refresh wrote while no extension page was open: no vectors kept for them.
  const bg = await Corpus.open();
  await bg.upsert([
    { ...article({ id: 'feed-a', text: 'The harbour reopened on Monday after the storm. Ships waited for two days.' }), title: 'Harbour reopens', fromFeed: true },
    { ...article({ id: 'feed-b', text: 'The storm closed the harbour for two days. Fishing boats stayed in port.' }), title: 'Storm closes harbour', fromFeed: true },
  ]);
  await bg.db.vectors.clear();
  const ids = (await bg.db.articles.toCollection().primaryKeys()) as string[];
  const page = (root = document.createElement('div'));
  document.body.append(page);
  await act(async () => render(<App />, page));
  // Opening the page is enough: no import, no refresh from it.
  await vi.waitFor(async () => expect(((await bg.db.vectors.toCollection().primaryKeys()) as string[]).sort()).toEqual(ids.sort()), { timeout: 15_000, interval: 100 });
  bg.close();
});
