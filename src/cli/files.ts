// Writing files without losing any. A new file is created exclusively ('wx'): never over one that
// appeared meanwhile. A replacement is written beside the file and renamed over it, so the old one
// stays whole until the new one is complete.
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileProblem } from './io.ts';
import { UsageError } from './usage.ts';

/** Creates `path` holding `content`; false (and nothing written) when it exists already. */
export function createNew(path: string, content: string, mode: number): boolean {
  try {
    writeFileSync(path, content, { flag: 'wx', mode });
    return true;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'EEXIST') return false;
    throw new UsageError(`cannot write: ${fileProblem(err, path)}`);
  }
}

/** Replaces `path` with `content` in one step (a temporary file renamed over it). */
export function replaceFile(path: string, content: string, mode: number): void {
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    writeFileSync(temporary, content, { flag: 'wx', mode });
    renameSync(temporary, path);
  } catch (err) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write: ${fileProblem(err, path)}`);
  }
}
