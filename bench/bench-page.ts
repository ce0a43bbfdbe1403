/**
 * The browser benches' page: an extension-origin page (its manifest.json, so no app runs on the
 * database meanwhile) with bench/browser-page.ts evaluated in it, and a typed call into its API.
 */
import { SEED_003, type ExtensionHarness } from '../tests/e2e/fixtures.ts';
import type { BenchApi } from './browser-page.ts';
import { iifeOf } from './iife.ts';
import { optionValue } from './args.ts';
import { benchProbes, loadZyte } from '../tests/data/engine/fixtures.ts';

/**
 * The kept-profile benches' start: `--profile-dir` (a profile bench:browser filled, with the same PARALLAX_EXT_DIR), the
 * ingest cache off, and bench/browser.ts's probes in its order.
 */
export function keptProfile(args: string[]): { profileDir: string; probes: string[] } {
  const profileDir = optionValue('--profile-dir', args);
  if (!profileDir) throw new Error('--profile-dir: a profile filled by bench:browser (--profile-dir) with the same PARALLAX_EXT_DIR');
  process.env.PARALLAX_CACHE ??= 'off';
  return { profileDir, probes: benchProbes(loadZyte(5, process.env.ZYTE_HTML_DIR ?? '/work/shared/data/zyte-article-extraction/html')) };
}

export async function openBenchPage(ext: ExtensionHarness) {
  // Named (sourceURL), so a CPU profile gives each function, the anonymous ones too, a line of this bundle;
  // PX_BENCH_BUNDLE=FILE writes the bundle there to read those lines.
  const code = (await iifeOf('browser-page.ts', 'pxBenchPage')) + '\n//# sourceURL=px-bench-page.js\n';
  if (process.env.PX_BENCH_BUNDLE) (await import('node:fs')).writeFileSync(process.env.PX_BENCH_BUNDLE, code);
  await ext.waitForCorpus(5, 60_000);
  const page = await ext.openExtensionPage('manifest.json');
  await page.evaluate(code);
  const call = <K extends keyof BenchApi>(name: K, ...a: Parameters<BenchApi[K]>) =>
    page.evaluate(([n, xs]) => (globalThis as any).__pxBench[n](...xs), [name, a] as const) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
  return { page, call };
}

/** Seed 003's page on the local news site, given to Parallax by its toolbar button (the tab the panel reads). */
export async function openSeedTab(ext: ExtensionHarness) {
  const page = await ext.context.newPage();
  await page.goto(ext.newsSite.url(SEED_003), { waitUntil: 'load' });
  const tabId = await ext.clickToolbarButton(page);
  return { page, tabId };
}
