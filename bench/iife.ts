/**
 * One bench module bundled into a script a page can run (`page.evaluate` / an init script): vite's
 * library build as an IIFE exposing `name`, in memory. Used by the browser benches for the code
 * they inject into the extension's pages (browser-page.ts, options-fill.ts).
 */
import { fileURLToPath } from 'node:url';

export async function iifeOf(file: string, name: string, minify = false): Promise<string> {
  const { build } = await import('vite');
  const entry = fileURLToPath(new URL(`./${file}`, import.meta.url));
  const out = await build({ configFile: false, logLevel: 'error', build: { write: false, minify, lib: { entry, formats: ['iife'], name } } });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  return outputs[0]!.output.find((o) => o.type === 'chunk')!.code!;
}
