/** The command line of the benchmarks and scripts. */
import { resolve as resolvePath } from 'node:path';

/** The value after `--name` on the command line (`name` given with or without its dashes), or undefined. */
export function optionValue(name: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  const k = argv.indexOf(name.startsWith('--') ? name : `--${name}`);
  return k >= 0 ? argv[k + 1] : undefined;
}

/** Every `--arm NAME=DIR` on the command line, in order, the directory made absolute (the builds an A/B browser bench loads). */
export function namedArms(argv: readonly string[] = process.argv.slice(2)): Array<{ name: string; dir: string }> {
  const arms: Array<{ name: string; dir: string }> = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--arm') continue;
    const [name, dir] = argv[++i]!.split('=');
    arms.push({ name: name!, dir: resolvePath(dir!) });
  }
  return arms;
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
