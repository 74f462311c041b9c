import { execFileSync } from 'node:child_process';
import parseDiff from 'parse-diff';

/**
 * Lines changed since a git ref, per path relative to `root`: what `--since` keeps findings on.
 * Untracked files count as changed everywhere (`'all'`).
 */
export function changedLines(root: string, ref: string): Map<string, Set<number> | 'all'> {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  let diff: string;
  let untracked: string;
  try {
    diff = git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', ref, '--', '.']);
    untracked = git(['ls-files', '--others', '--exclude-standard']);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`--since ${ref}: git failed${stderr ? `: ${stderr}` : ''}`);
  }
  const changed = new Map<string, Set<number> | 'all'>();
  for (const file of parseDiff(diff)) {
    if (!file.to || file.to === '/dev/null') continue;
    if (file.new) {
      changed.set(file.to, 'all');
      continue;
    }
    const lines = new Set<number>();
    for (const chunk of file.chunks) for (const change of chunk.changes) if (change.type === 'add') lines.add(change.ln);
    changed.set(file.to, lines);
  }
  for (const path of untracked.split('\n').filter(Boolean)) changed.set(path, 'all');
  return changed;
}
