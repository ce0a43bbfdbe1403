/**
 * A word table with no inherited keys. A plain object literal answers `table['constructor']` with
 * Object's constructor, so a look-up keyed by a word from a page ("the constructor title",
 * "constructor said") finds a function where it expects a number or a string. Tables keyed by text
 * are built with this instead.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
