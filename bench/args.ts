/** The command line of the benchmarks and scripts. */

/** The value after `--name` on the command line (`name` given with or without its dashes), or undefined. */
export function optionValue(name: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  const k = argv.indexOf(name.startsWith('--') ? name : `--${name}`);
  return k >= 0 ? argv[k + 1] : undefined;
}
