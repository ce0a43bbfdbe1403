/**
 * parallax CLI: the same lib/ code the extension runs, over article files on disk.
 *   npm run -s cli -- list    --corpus DIR [--json]
 *   npm run -s cli -- compare ARTICLE_FILE --corpus DIR [--json]
 *   npm run -s cli -- trace   "QUOTE TEXT" --corpus DIR [--from ARTICLE_FILE] [--json]
 *   npm run -s cli -- pairs   FILE.jsonl [--json]
 * Each command lives in its own module and exports `run(argv): Promise<number>` (the exit code).
 */
const USAGE = `usage:
  parallax list    --corpus DIR [--json]
  parallax compare ARTICLE_FILE --corpus DIR [--json]
  parallax trace   "QUOTE TEXT" --corpus DIR [--from ARTICLE_FILE] [--json]
  parallax pairs   FILE.jsonl [--json]`;

const commands: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  list: () => import('./list.ts'),
  compare: () => import('./compare.ts'),
  trace: () => import('./trace.ts'),
  pairs: () => import('./pairs.ts'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`parallax: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  const mod = await load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`parallax: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
