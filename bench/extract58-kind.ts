/**
 * bench/page-kind.ts (non-article refusals on the extension's path) with Defuddle's article in Readability's
 * place, or as its fallback (bench/extract58-defuddle.ts; docs/notes/extract58.md):
 *   npx tsx bench/extract58-kind.ts readability|defuddle|fallback|rescue|prune [page-kind.ts's options]
 * e.g. `… defuddle --only senior,zyte,wceb,readability,site --wceb-split dev`.
 */
import { setReader, type ReaderMode } from './extract58-defuddle.ts';

const mode = process.argv[2] as ReaderMode;
if (!['readability', 'defuddle', 'fallback', 'rescue', 'prune'].includes(mode)) throw new Error('first argument: readability, defuddle, fallback, rescue or prune');
process.argv.splice(2, 1);
setReader(mode);
console.log(`reader: ${mode}`);
await import('./page-kind.ts');
