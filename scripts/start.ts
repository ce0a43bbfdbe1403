/**
 * `npm start`: build the extension, serve the seeds as a local news site, and open Chromium with
 * Parallax loaded on seed 003's article page.
 *
 * - With a display ($DISPLAY set): a normal browser window; click the Parallax toolbar button (or
 *   press Alt+Shift+L) to open the side panel. Ctrl-C closes everything.
 * - Without one: headless. The Parallax toolbar button is pressed on the article's tab (the browser's
 *   own action click, through the DevTools protocol: it gives the tab to Parallax, as a reader's
 *   click does), the side panel page is opened for that tab, the report is
 *   awaited, and a screenshot of the panel is saved to artifacts/sidepanel.png; its path is printed.
 *
 * Options: --no-build (use the existing .output/chrome-mv3), --headless (even with a display),
 * --out FILE (screenshot path).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, launchExtension, ROOT, SEED_003 } from '../tests/e2e/fixtures';

/** What the side panel shows once it has finished: a report section or a final state. */
const SETTLED = [
  '[data-section]',
  '[data-state="not-article"]',
  '[data-state="no-related"]',
  '[data-state="empty-corpus"]',
  '[data-state="unreachable"]',
  '[data-state="error"]',
].join(', ');

function arg(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

function build(): void {
  console.log('Building the extension (wxt build)…');
  const wxt = path.join(ROOT, 'node_modules', '.bin', 'wxt');
  const res = spawnSync(wxt, ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('The build failed; see above.');
    process.exit(res.status ?? 1);
  }
}

async function headed(): Promise<void> {
  const ext = await launchExtension({ headless: false, blockExternal: false, viewport: null });
  const url = ext.newsSite.url(SEED_003);
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(url);
  console.log(`\nParallax is loaded in Chromium (extension id ${ext.extensionId}).`);
  console.log(`Article: ${url}`);
  console.log(`Not an article: ${ext.newsSite.home}`);
  console.log('Open the side panel with the Parallax toolbar button or Alt+Shift+L. Ctrl-C to quit.\n');
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await ext.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  ext.context.on('close', () => void shutdown());
}

async function headless(out: string): Promise<void> {
  const ext = await launchExtension({ headless: true });
  try {
    await ext.waitForCorpus(5, 60_000);
    const { panel } = await ext.openSidePanelFor(ext.newsSite.url(SEED_003));
    await panel.setViewportSize({ width: 420, height: 1000 });
    let settled = true;
    try {
      await panel.waitForSelector(SETTLED, { timeout: 90_000 });
      await panel.waitForTimeout(300); // let the last paint land
    } catch {
      settled = false;
    }
    mkdirSync(path.dirname(out), { recursive: true });
    await panel.screenshot({ path: out }); // what a reader sees in a 420×1000 side panel
    if (!settled) {
      console.error(`The side panel did not finish within 90 s; screenshot of what it showed: ${out}`);
      process.exitCode = 1;
      return;
    }
    if (ext.external.length > 0) console.warn(`Blocked requests beyond 127.0.0.1: ${ext.external.join(', ')}`);
    console.log(out);
  } finally {
    await ext.close();
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  console.log(`Extension: ${EXTENSION_DIR}`);
  const out = path.resolve(arg('--out') ?? path.join(ROOT, 'artifacts', 'sidepanel.png'));
  const display = !!process.env.DISPLAY && !process.argv.includes('--headless');
  if (display) await headed();
  else await headless(out);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
