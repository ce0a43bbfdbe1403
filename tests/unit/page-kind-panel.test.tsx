// @vitest-environment happy-dom
/**
 * A search-results page, end to end below the browser: extractPage refuses it with a reason, the
 * controller's not-article state carries that reason, and the panel says so without offering
 * "Add this page to the corpus".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it, vi } from 'vitest';
import { Sidebar, NOT_ARTICLE_MESSAGE } from '../../components/sidebar/Sidebar';
import { extractPage } from '../../lib/extract';
import { createPageController } from '../../lib/extension/messaging';
import { isNotArticle } from '../../lib/extension/protocol';
import { initialState, reduce } from '../../lib/sidebar/store';

const root = document.createElement('div');
document.body.appendChild(root);
afterEach(() => render(null, root));

it('shows why a search page is not an article and offers no "Add this page"', () => {
  const html = readFileSync(join(__dirname, '../data/pages/search-results.html'), 'utf8');
  const verdict = extractPage(parseHTML(html).document as unknown as Document, 'https://news.example/search?q=ferry');
  if (!isNotArticle(verdict)) throw new Error('the search page was read as an article');
  const state = reduce(reduce(initialState, { type: 'start', tabId: 3, url: 'https://news.example/search?q=ferry' }), { type: 'not-article', reason: verdict.reason });
  const actions = { retry: vi.fn(), compareAnyway: vi.fn(), openCorpusManager: vi.fn(), addToCorpus: vi.fn(), scrollTo: vi.fn(), setHighlight: vi.fn(), trace: vi.fn() };
  act(() => render(<Sidebar state={state} actions={actions} />, root));
  const shown = (root.textContent ?? '').replace(/\s+/g, ' ');
  expect(shown).toContain(NOT_ARTICLE_MESSAGE);
  expect(shown).toContain('Why: this is a search-results page');
  expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Add this page to the corpus');
  // The reader can overrule the verdict: "Compare anyway" asks for the page again.
  const anyway = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Compare anyway');
  act(() => anyway!.click());
  expect(actions.compareAnyway).toHaveBeenCalledTimes(1);
});

it('reads a refused page when the reader says "Compare anyway": the content script extracts it without the refusal', async () => {
  const html = readFileSync(join(__dirname, '../data/pages/search-results.html'), 'utf8');
  const doc = parseHTML(html).document as unknown as Document;
  const url = 'https://news.example/search?q=ferry';
  const page = createPageController({ document: doc, url: () => url, extract: (d, u, o) => extractPage(d, u, o?.anyway ? { lenient: true } : {}) });
  const refused = await page.handle({ type: 'parallax:extract' });
  expect(refused.ok && isNotArticle(refused.value)).toBe(true);
  const anyway = await page.handle({ type: 'parallax:extract', anyway: true });
  if (!anyway.ok || isNotArticle(anyway.value)) throw new Error('the page was refused again');
  expect(anyway.value.blocks.length).toBeGreaterThan(0);
});
