/**
 * One bench module bundled into a script a page can run (`page.evaluate` / an init script): vite's
 * library build as an IIFE exposing `name`, in memory. Used by the browser benches for the code
 * they inject into the extension's pages (browser-page.ts, options-fill.ts).
 */
import { fileURLToPath } from 'node:url';

export async function iifeOf(file: string, name: string, minify = false): Promise<string> {
  const { build } = await import('vite');
  const entry = fileURLToPath(new URL(`./${file}`, import.meta.url));
  // As the extension's own build does (its bundles read `{}.X` for lib/'s `process.env.X`): lib/ code
  // that looks at an environment variable must not throw in a page that has no `process`.
  const define = { 'process.env.NODE_ENV': '"production"', 'process.env': '{}' };
  const out = await build({ configFile: false, logLevel: 'error', define, build: { write: false, minify, lib: { entry, formats: ['iife'], name } } });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  return outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
}
