/**
 * facts47: what the clause splitter's "relative clause inside the subject" cut (lib/nlp/clauses.ts CLAUSE_RULES.embedded)
 * changes, over the nine DEV sets (and the zyte pages with --zyte; --list prints each changed unit). Now one case of
 * bench/facts48-cuts.ts (`--rule=embedded`); kept so docs/notes/facts47.md's command still runs.
 *   npx tsx bench/facts47-embedded.ts [--zyte] [--list]
 */
if (!process.argv.some((a) => a.startsWith('--rule='))) process.argv.push('--rule=embedded');
await import('./facts48-cuts.ts');
