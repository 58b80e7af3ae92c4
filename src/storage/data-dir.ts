import { closeSync, fsyncSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/config-error.js';

/** DATA_DIR cannot be used: read-only, missing and uncreatable, full. Exit 78 like any bad configuration. */
export class DataDirUnusable extends ConfigError {
  constructor(dataDir: string, reason: string) {
    super('DATA_DIR', `cannot use "${dataDir}": ${reason}`);
    this.name = 'DataDirUnusable';
  }
}

/**
 * `EROFS: read-only file system, open '/x/y'` → the OS reason with its code, from any file-system or
 * SQLite error — also one that crossed a thread and arrived as a plain object.
 */
export function osReason(error: unknown): string {
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  if (typeof message === 'string' && message !== '') return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
  if (typeof code === 'string') return code;
  return typeof error === 'object' ? JSON.stringify(error) : String(error);
}

/**
 * Checks at start that DATA_DIR can hold the service's files: it exists or can be created, and a
 * small file can be written, flushed to disk and removed there (read-only, full or missing fails
 * here, with the OS's reason, instead of as a stack from whichever store opens first).
 */
export function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new DataDirUnusable(dataDir, `the directory cannot be created: ${osReason(error)}`);
  }
  const probe = join(dataDir, `.write-check-${process.pid}`);
  try {
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, Buffer.alloc(16 * 1024));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new DataDirUnusable(dataDir, `it is not writable: ${osReason(error)}`);
  } finally {
    rmSync(probe, { force: true });
  }
}
