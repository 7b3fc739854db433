// One process per embedded data folder: two PGlite instances writing the same files silently lose data.
// The lock is a file holding the owner's pid; a lock left by a dead process is taken over.
import { openSync, readFileSync, unlinkSync, writeSync, closeSync } from 'node:fs';

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database folder is in use by process ${ownerPid} (lock file ${lockFile}). ` +
        'Stop that process, or set DATA_DIR to another folder or DATABASE_URL to a PostgreSQL server. ' +
        `If no such process is running Tuotteisto, delete ${lockFile}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

/** Lock files held by this process, so a second open in the same process is refused too. */
const heldHere = new Set<string>();

export function acquireDataDirLock(file: string): DataDirLock {
  if (heldHere.has(file)) throw new DataDirLockedError(file, process.pid);
  // Two attempts: the second follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file)) return hold(file);
    const owner = readOwner(file);
    if (owner !== undefined && isAlive(owner)) throw new DataDirLockedError(file, owner);
    removeIfOwnedBy(file, owner);
  }
  throw new Error(`Could not take over the stale lock ${file}: another process keeps recreating it`);
}

function hold(file: string): DataDirLock {
  heldHere.add(file);
  // A normal exit (also process.exit) removes the lock; a crash leaves it stale, which the next start handles.
  const onExit = () => removeIfOwnedBy(file, process.pid);
  process.once('exit', onExit);
  return {
    file,
    release() {
      process.removeListener('exit', onExit);
      heldHere.delete(file);
      removeIfOwnedBy(file, process.pid);
    },
  };
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Our own pid in a lock we do not hold (heldHere was checked) is stale: a container restarted with the same
 * pid. EPERM means the process exists but belongs to another user: alive.
 */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfOwnedBy(file: string, pid: number | undefined): void {
  if (readOwner(file) !== pid) return;
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
