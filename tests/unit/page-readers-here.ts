/**
 * lib/extension/page-reader.ts for tests of extension pages under happy-dom, which loads no script
 * file: the readers the content script would lend (`lendPageReaders`), handed over directly.
 * `vi.mock('../../lib/extension/page-reader', () => import('./page-readers-here'))`. The loading
 * itself is tested in feeds-platform.test.ts and, in Chromium, by tests/e2e/feeds.e2e.ts and options.e2e.ts.
 */
import { extractHtml } from '../../lib/feeds/page-extract';
import { domPageEnv } from '../../lib/ingest/page';
import type { PageReaders } from '../../lib/extension/page-reader';

export const pageReaders = async (): Promise<PageReaders> => ({ extractHtml, domPageEnv });
