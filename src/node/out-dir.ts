import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Vite empties the output folder synchronously before it writes, while nothing else can run: at 100,000 articles
 * that is 247,700 files and about 70 s of unlinking on a 2-core machine. Moving the old entries aside takes one
 * rename each; a detached process deletes them while (and after) the new site is built.
 */

const TRASH_MARK = '-deleting-';

const trashPrefix = (outDir: string) => `.${path.basename(outDir)}${TRASH_MARK}`;

/** Whether the file lies in an earlier build's files awaiting deletion (the dev server need not watch them). */
export function isInTrash(outDir: string, file: string): boolean {
  const fromParent = path.relative(path.dirname(outDir), file);
  return fromParent.startsWith(trashPrefix(outDir)) && !path.isAbsolute(fromParent);
}

/** Hidden sibling folders left by earlier builds of this outDir whose deletion has not finished. */
export function leftoverTrash(outDir: string): string[] {
  const parent = path.dirname(outDir);
  const prefix = trashPrefix(outDir);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix))
    .sort()
    .map((name) => path.join(parent, name));
}

/**
 * Moves every entry of outDir except `.git` (which Vite keeps too, for sites deployed from a checkout) into a new
 * hidden sibling folder, and returns that folder; null when outDir does not exist or holds nothing to move. When a
 * rename fails (another device, a locked file), the entries not yet moved stay, and Vite deletes them as before.
 */
export function moveOutDirAside(outDir: string, stamp = `${process.pid}-${Date.now()}`): string | null {
  let names: string[];
  try {
    names = fs.readdirSync(outDir).filter((name) => name !== '.git');
  } catch {
    return null;
  }
  if (names.length === 0) return null;
  const trash = path.join(path.dirname(outDir), `${trashPrefix(outDir)}${stamp}`);
  try {
    fs.mkdirSync(trash);
  } catch {
    return null;
  }
  for (const name of names) {
    try {
      fs.renameSync(path.join(outDir, name), path.join(trash, name));
    } catch {
      break;
    }
  }
  return trash;
}

const DELETE_SCRIPT =
  "const fs = require('node:fs'); for (const dir of process.argv.slice(1)) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} }";

/** Deletes the folders in a detached, low-priority Node process that may outlive this one. */
export function deleteInBackground(dirs: string[]): void {
  if (dirs.length === 0) return;
  const child = spawn(process.execPath, ['-e', DELETE_SCRIPT, ...dirs], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  if (child.pid !== undefined) {
    try {
      // The build needs the CPU more than the deletion does.
      os.setPriority(child.pid, 19);
    } catch {
      // Not permitted everywhere; the deletion still runs.
    }
  }
  child.unref();
}
