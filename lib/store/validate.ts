/**
 * Checks that untrusted data (an imported bundle, a restored record) has an Article's shape
 * before anything is written, so a bad file is refused with a message naming the record and field.
 */
import type { Article, CorpusBundle, Quote, Unit } from '../types';

const FORMATS = new Set(['text', 'markdown', 'html', 'page', 'json']);
const UNIT_KINDS = new Set(['body', 'heading', 'embed']);
const QUOTE_KINDS = new Set(['direct', 'reported', 'embedded']);

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export class InvalidArticleError extends Error {
  override name = 'InvalidArticleError';
}

function unitProblem(u: unknown, k: number): string | null {
  if (!u || typeof u !== 'object') return `units[${k}] is not an object`;
  const x = u as Partial<Unit>;
  if (x.i !== k) return `units[${k}].i should be ${k}`;
  if (!isStr(x.text)) return `units[${k}].text is not a string`;
  if (!isInt(x.p) || !isInt(x.start) || !isInt(x.end)) return `units[${k}] has bad p/start/end`;
  if (!UNIT_KINDS.has(x.kind as string)) return `units[${k}].kind is not body/heading/embed`;
  return null;
}

function quoteProblem(q: unknown, k: number): string | null {
  if (!q || typeof q !== 'object') return `quotes[${k}] is not an object`;
  const x = q as Partial<Quote>;
  if (!isStr(x.text)) return `quotes[${k}].text is not a string`;
  if (!Array.isArray(x.units) || !x.units.every(isInt)) return `quotes[${k}].units is not a list of unit indexes`;
  if (!isInt(x.start) || !isInt(x.end)) return `quotes[${k}] has bad start/end`;
  if (!isStrOrNull(x.speaker)) return `quotes[${k}].speaker is not a string or null`;
  if (!QUOTE_KINDS.has(x.kind as string)) return `quotes[${k}].kind is not direct/reported/embedded`;
  return null;
}

/** The first problem found in `a`, or null when it is a valid Article. */
export function articleProblem(a: unknown): string | null {
  if (!a || typeof a !== 'object' || Array.isArray(a)) return 'not an object';
  const x = a as Partial<Article>;
  if (!isStr(x.id) || x.id.trim() === '') return 'id is missing or empty';
  if (!isStr(x.title)) return 'title is not a string';
  for (const f of ['outlet', 'date', 'url', 'language', 'byline', 'description'] as const) {
    if (!isStrOrNull(x[f])) return `${f} is not a string or null`;
  }
  if (!isStr(x.text)) return 'text is not a string';
  if (!isStr(x.hash) || x.hash === '') return 'hash is missing';
  if (!FORMATS.has(x.format as string)) return 'format is not one of text/markdown/html/page/json';
  if (!Array.isArray(x.warnings) || !x.warnings.every(isStr)) return 'warnings is not a list of strings';
  if (!Array.isArray(x.units)) return 'units is not a list';
  for (let k = 0; k < x.units.length; k++) {
    const p = unitProblem(x.units[k], k);
    if (p) return p;
  }
  if (!Array.isArray(x.quotes)) return 'quotes is not a list';
  for (let k = 0; k < x.quotes.length; k++) {
    const p = quoteProblem(x.quotes[k], k);
    if (p) return p;
  }
  return null;
}

export function assertArticles(list: unknown[]): asserts list is Article[] {
  for (let k = 0; k < list.length; k++) {
    const p = articleProblem(list[k]);
    if (p) {
      const id = (list[k] as { id?: unknown } | null)?.id;
      throw new InvalidArticleError(`Article ${k + 1}${typeof id === 'string' ? ` (${id})` : ''}: ${p}.`);
    }
  }
}

/** Throws a plain message unless `b` is a corpus bundle this version can read. */
export function assertBundle(b: unknown): asserts b is CorpusBundle {
  if (!b || typeof b !== 'object') throw new InvalidArticleError('Not a Parallax corpus file: not a JSON object.');
  const x = b as Partial<CorpusBundle>;
  if (x.format !== 'parallax-corpus') throw new InvalidArticleError('Not a Parallax corpus file: "format" is not "parallax-corpus".');
  if (x.version !== 1) throw new InvalidArticleError(`Unsupported corpus file version ${String(x.version)} (this version reads 1).`);
  if (!Array.isArray(x.articles)) throw new InvalidArticleError('Corpus file has no "articles" list.');
  assertArticles(x.articles);
  const seen = new Set<string>();
  for (const a of x.articles) {
    if (seen.has(a.id)) throw new InvalidArticleError(`Corpus file lists article ${a.id} twice.`);
    seen.add(a.id);
  }
}
