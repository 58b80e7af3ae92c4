/**
 * Storage faults: the disk is full, read-only, gone or failing. Not the caller's fault and not a
 * bug, so they answer 503 STORAGE_UNAVAILABLE (issue 10) and take the service out of readiness.
 * SQLite reports them as SQLITE_FULL, SQLITE_IOERR_* …; the file system as ENOSPC, EIO, EROFS …
 */
const SQLITE_FAULTS = /^SQLITE_(FULL|IOERR|CANTOPEN|READONLY|CORRUPT|NOTADB|PROTOCOL|NOLFS)(_|$)/;
// Another connection held the file past the busy timeout: 503 too, but the disk is fine (readiness stays).
const SQLITE_BUSY = /^SQLITE_(BUSY|LOCKED)(_|$)/;
const OS_FAULTS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'ENXIO', 'EFBIG']);

/**
 * The code (`SQLITE_FULL`, `ENOSPC` …) of a storage fault, or null when the error is something else;
 * looked for along the error's causes too (a store's StorageUnavailable wraps the SQLite error).
 */
export function storageFaultCode(error: unknown): string | null {
  for (let current = error, depth = 0; current !== null && typeof current === 'object' && depth < 8; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (SQLITE_FAULTS.test(code) || OS_FAULTS.has(code))) return code;
    if (code === 'STORAGE_UNAVAILABLE') return (current as { reason?: unknown }).reason?.toString() ?? code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

export function isStorageFault(error: unknown): boolean {
  return storageFaultCode(error) !== null;
}

/** `SQLITE_BUSY` / `SQLITE_LOCKED` (a lock held past the busy timeout), or null. */
export function storageBusyCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' && SQLITE_BUSY.test(code) ? code : null;
}
