/**
 * `npm run build:cli`: the bundled CLI (node, no tsx) prints what the sources print, and keeps its
 * corpus cache between runs (the code stamp of a bundle is its own files: cli/load.ts codeStamp).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../cli/compare';
import { ROOT } from '../data/engine/fixtures';
import { captureRun } from './dom-helpers';

const exec = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-bundle-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the bundled CLI', () => {
  it('builds, gives the same report as the sources, and reads its corpus from the cache the second time', async () => {
    const out = join(tmp, 'cli');
    await exec(process.execPath, ['--import', 'tsx', join(ROOT, 'cli/build.ts'), '--outdir', out], { cwd: ROOT });
    expect(existsSync(join(out, 'index.js'))).toBe(true);
    const cache = join(tmp, 'cache');
    // VITEST in the environment turns the cache off (cli/load.ts defaultCacheDir): not for the child.
    const env: NodeJS.ProcessEnv = { ...process.env, PARALLAX_CACHE_DIR: cache };
    delete env.VITEST;
    const argv = ['seeds/003_38879e5049cf1087.txt', '--corpus', 'seeds', '--json'];
    const expected = (await captureRun(run, argv)).out;
    const first = await exec(process.execPath, [join(out, 'index.js'), 'compare', ...argv], { cwd: ROOT, env });
    expect(first.stdout).toBe(expected);
    expect(first.stderr).toMatch(/ingesting the corpus: 5\/5 files/);
    // The snapshot: its index part and one body file.
    expect(readdirSync(join(cache, 'corpus')).map((n) => n.replace(/^[0-9a-f]+\./, '').replace(/^[0-9a-f]+\./, '')).sort()).toEqual(['bodies', 'json']);
    const second = await exec(process.execPath, [join(out, 'index.js'), 'compare', ...argv], { cwd: ROOT, env });
    expect(second.stdout).toBe(expected);
    expect(second.stderr).not.toMatch(/ingesting/);
  }, 120_000);
});
