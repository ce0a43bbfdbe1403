/**
 * Two extension builds alternating on ONE kept browser profile (bench/panel-ab.ts, bench/perf55-first-panel.ts):
 * the options they share and how each session starts.
 */
import { cp, rm } from 'node:fs/promises';
import { launchExtension, type ExtensionHarness } from '../tests/e2e/fixtures.ts';
import { optionValue } from './args.ts';

export interface AbBuilds {
  /** `--profile-dir DIR`: the kept Chromium profile (the filled database). */
  profileDir: string;
  /** `--live DIR`: where each build is copied before its session (one path: one extension id, one database). */
  live: string;
  /** `--builds A_DIR,B_DIR`. */
  builds: [string, string];
  /** `--rounds N` (2). */
  rounds: number;
}

/** Reads the shared options; throws the usage when one is missing. */
export function abBuilds(args: readonly string[] = process.argv.slice(2)): AbBuilds {
  const profileDir = optionValue('--profile-dir', args);
  const live = optionValue('--live', args);
  const builds = optionValue('--builds', args)?.split(',') ?? [];
  if (!profileDir || !live || builds.length !== 2) throw new Error('usage: --profile-dir DIR --live DIR --builds A_DIR,B_DIR [--rounds N]');
  return { profileDir, live, builds: [builds[0]!, builds[1]!], rounds: Number(optionValue('--rounds', args) ?? 2) };
}

/** Copies `build` to the live directory and starts Chromium with it on the kept profile. */
export async function launchBuild(ab: AbBuilds, build: string): Promise<ExtensionHarness> {
  await rm(ab.live, { recursive: true, force: true });
  await cp(build, ab.live, { recursive: true });
  return launchExtension({ extensionDir: ab.live, userDataDir: ab.profileDir });
}
