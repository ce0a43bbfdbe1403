/**
 * The nine facts dev sets of bench/eval.ts's F1S mean (docs/notes/README.md), with the folder of those whose texts are
 * committed; the NewsWCL50 sets (no folder) are read from the mirror (tests/data/engine/newswcl.ts loadNewsWclSet).
 */
export const FACTS_DEV: Array<{ name: string; dir?: string }> = [
  { name: 'seeds', dir: 'seeds' },
  { name: 'harbor', dir: 'tests/data/engine/harbor' },
  { name: 'doobie', dir: 'tests/data/engine/doobie' },
  { name: 'plague', dir: 'tests/data/engine/plague' },
  { name: 'dnc' },
  { name: 'ukvisit' },
  { name: 'meth', dir: 'tests/data/engine/meth' },
  { name: 'pompeo' },
  { name: 'caravan' },
];
