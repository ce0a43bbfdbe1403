/** The command line of the benchmarks and scripts. */

/** The value after `--name` on the command line (`name` given with or without its dashes), or undefined. */
export function optionValue(name: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  const k = argv.indexOf(name.startsWith('--') ? name : `--${name}`);
  return k >= 0 ? argv[k + 1] : undefined;
}

/** The two lib copies an A/B bench loads (`--base DIR --branch DIR`: git archive exports with node_modules); an error when either is missing. */
export function armDirs(argv: readonly string[] = process.argv.slice(2)): { base: string; branch: string } {
  const base = optionValue('--base', argv);
  const branch = optionValue('--branch', argv);
  if (!base || !branch) throw new Error('--base DIR and --branch DIR (git archive exports, with node_modules) are required');
  return { base, branch };
}

/** Runs a script's `main` and exits: 0 when it resolves, 1 (its error printed) when it throws. */
export function runMain(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
