// @vitest-environment happy-dom
/**
 * "Add what I read" (issue 11 item 7): with the switch on, every article the panel reads is added
 * through the panel's own "Add this page" path, once; with it off nothing is added; pages that are
 * not articles are never added. The setting lives in the corpus settings; the options page's switch
 * carries the privacy note.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AddWhatIReadCard } from '../../components/options/SourcesReading';
import { ok } from '../../lib/extension/protocol';
import { autoAddWhatIRead, getAddWhatIRead, setAddWhatIRead } from '../../lib/feeds/reading';
import type { SidebarDeps } from '../../lib/sidebar/controller';
import { mountPoint } from './dom-helpers';
import { fakeSidebarCorpus, fixtureArticle, fixturePage, sidebarPanel } from './sidebar-fixture';
import { Sidebar, type SidebarActions } from '../../components/sidebar/Sidebar';
import { openTestCorpus } from './store-helpers';

const root = mountPoint();

function panel(page = ok(fixturePage()) as Awaited<ReturnType<SidebarDeps['extract']>>) {
  return sidebarPanel({ extract: vi.fn(async () => page) }, fakeSidebarCorpus(['other']));
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the panel with "Add what I read"', () => {
  it('on: the article read is added once, through "Add this page"', async () => {
    const { store, controller, corpus } = panel();
    const add = vi.fn(() => controller.addToCorpus());
    const auto = autoAddWhatIRead(store, add, () => true);
    await controller.load(1);
    await settle();
    expect(add).toHaveBeenCalledTimes(1);
    expect(corpus.upsert).toHaveBeenCalledWith([fixtureArticle()]);
    expect(store.getState().inCorpus).toBe(fixtureArticle().id);
    // Reading the same page again adds nothing more.
    await controller.load(1);
    await settle();
    expect(corpus.upsert).toHaveBeenCalledTimes(1);
    auto.off();
  });

  it('off: nothing is added; turning it on adds the article shown', async () => {
    const { store, controller, corpus } = panel();
    let on = false;
    const auto = autoAddWhatIRead(store, () => controller.addToCorpus(), () => on);
    await controller.load(1);
    await settle();
    expect(corpus.upsert).not.toHaveBeenCalled();
    on = true;
    auto.check();
    await settle();
    expect(corpus.upsert).toHaveBeenCalledTimes(1);
    auto.off();
  });

  it('a page that is not an article is never added', async () => {
    const { store, controller, corpus } = panel(ok({ notArticle: true, reason: 'search results' }));
    const auto = autoAddWhatIRead(store, () => controller.addToCorpus(), () => true);
    await controller.load(1);
    await settle();
    expect(store.getState().phase.kind).toBe('not-article');
    expect(corpus.upsert).not.toHaveBeenCalled();
    auto.off();
  });
});

describe('"Compare anyway" with "Add what I read" on', () => {
  it('a page refused as not an article and compared on request is not added by the switch; "Add this page" still adds it', async () => {
    const extract = vi.fn(async (_tab: number, opts?: { anyway?: boolean }) =>
      opts?.anyway ? ok(fixturePage()) : ok({ notArticle: true as const, reason: "this is the site's home page (14 headline links)" }),
    );
    const { store, controller, corpus } = sidebarPanel({ extract }, fakeSidebarCorpus(['other']));
    const auto = autoAddWhatIRead(store, () => controller.addToCorpus(), () => true);
    await controller.load(1);
    await controller.compareAnyway();
    await settle();
    expect(store.getState().phase.kind).toBe('ready');
    expect(store.getState().anyway).toBe(true);
    expect(corpus.upsert).not.toHaveBeenCalled();
    // The panel says why this page was compared at all.
    await act(() => render(<Sidebar state={store.getState()} actions={{} as SidebarActions} />, root()));
    expect(root().querySelector('[data-note="anyway"]')!.textContent).toBe('Compared because you asked: this page did not look like a news article.');
    // The reader's own click adds it.
    await controller.addToCorpus();
    expect(corpus.upsert).toHaveBeenCalledTimes(1);
    // The next page read normally is an article again: added by the switch, and no note.
    extract.mockImplementation(async () => ok({ ...fixturePage(), url: 'https://example.com/next' }));
    await controller.load(2);
    await settle();
    expect(store.getState().anyway).toBe(false);
    auto.off();
  });
});

describe('the setting and its switch', () => {
  it('is off until the reader turns it on, and kept in the corpus settings', async () => {
    const corpus = await openTestCorpus();
    expect(await getAddWhatIRead(corpus)).toBe(false);
    await setAddWhatIRead(corpus, true);
    expect(await getAddWhatIRead(corpus)).toBe(true);
    corpus.close();
  });

  it('the switch says what is stored and that it stays on this device', async () => {
    const onChange = vi.fn();
    await act(() => render(<AddWhatIReadCard on={false} onChange={onChange} />, root()));
    const box = root().querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    const note = document.getElementById(box.getAttribute('aria-describedby')!)!.textContent!;
    expect(note).toMatch(/nothing is sent anywhere/);
    expect(note).toMatch(/address, title, outlet, date and text/);
    await act(() => box.click());
    expect(onChange).toHaveBeenCalledWith(true);
  });
});
