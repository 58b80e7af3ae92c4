/**
 * Storage faults: the disk is full, read-only, gone or failing. Not the caller's fault and not a
 * bug, so they answer 503 STORAGE_UNAVAILABLE (issue 10) and take the service out of readiness.
 * SQLite reports them as SQLITE_FULL, SQLITE_IOERR_* …; the file system as ENOSPC, EIO, EROFS …
 */
const SQLITE_FAULTS = /^SQLITE_(FULL|IOERR|CANTOPEN|READONLY|CORRUPT|NOTADB|PROTOCOL|NOLFS)(_|$)/;
const OS_FAULTS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'ENXIO', 'EFBIG']);

/** The code (`SQLITE_FULL`, `ENOSPC` …) of a storage fault, or null when the error is something else. */
export function storageFaultCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code !== 'string') return null;
  return SQLITE_FAULTS.test(code) || OS_FAULTS.has(code) ? code : null;
}

export function isStorageFault(error: unknown): boolean {
  return storageFaultCode(error) !== null;
}
