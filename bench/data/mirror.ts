/**
 * Reading a public mirror — a git directory without a work tree (/work/.mirror/<owner>+<name>/repo) — as the
 * bench/data loaders do: list what is under a folder at HEAD, read one file, read many blobs in one `git
 * cat-file --batch`. Nothing read here is committed.
 */
import { execFileSync } from 'node:child_process';

const git = (gitDir: string, args: string[], input?: string) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1 << 30, input });

/** The paths of the files under `dir` at HEAD, in git's order. */
export function mirrorPaths(gitDir: string, dir: string): string[] {
  return git(gitDir, ['ls-tree', '-r', '--name-only', 'HEAD', dir]).toString('utf8').split('\n').filter(Boolean);
}

/** The files under `dir` (or each of `dirs`) at `commit` (HEAD) with their blob ids, in git's order. */
export function mirrorBlobs(gitDir: string, dir: string | readonly string[], commit = 'HEAD'): Array<{ sha: string; path: string }> {
  const out: Array<{ sha: string; path: string }> = [];
  for (const line of git(gitDir, ['ls-tree', '-r', commit, ...(typeof dir === 'string' ? [dir] : dir)]).toString('utf8').split('\n')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
    if (m) out.push({ sha: m[1]!, path: m[2]! });
  }
  return out;
}

/**
 * The newest commit (the first of `git rev-list --all`) that holds `path` (a mirror whose data lives on another branch than HEAD), or
 * null when none does.
 */
export function mirrorCommitWith(gitDir: string, path: string): string | null {
  for (const c of git(gitDir, ['rev-list', '--all']).toString('utf8').split('\n').filter(Boolean)) {
    try {
      execFileSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${c}:${path}`], { stdio: 'ignore' });
      return c;
    } catch {
      /* not in this commit */
    }
  }
  return null;
}

/** One file at HEAD (or at `commit`), as bytes. */
export function mirrorFile(gitDir: string, path: string, commit = 'HEAD'): Buffer {
  return git(gitDir, ['show', `${commit}:${path}`]);
}

/** Blobs by id, read in one `git cat-file --batch`, in the order asked; null for an object that is no blob. */
export function mirrorRead(gitDir: string, shas: string[]): Array<Buffer | null> {
  const batch = git(gitDir, ['cat-file', '--batch'], shas.join('\n') + '\n');
  const out: Array<Buffer | null> = [];
  let pos = 0;
  for (let i = 0; i < shas.length; i++) {
    const nl = batch.indexOf(10, pos);
    const head = batch.subarray(pos, nl).toString('utf8').split(' ');
    if (head[1] === 'missing') {
      out.push(null);
      pos = nl + 1;
      continue;
    }
    const size = Number(head[2]);
    out.push(head[1] === 'blob' ? batch.subarray(nl + 1, nl + 1 + size) : null);
    pos = nl + 1 + size + 1;
  }
  return out;
}
