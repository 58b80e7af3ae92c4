import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * True when another process has the views database open (the running service always does).
 * Leaving WAL mode needs the only connection to the file: SQLite answers SQLITE_BUSY while any
 * other connection holds it, at once (busy_timeout 0). When we are alone, WAL is set back before
 * closing, so the file is left as the service expects it.
 */
export function viewsInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new BetterSqlite3(file);
  try {
    db.pragma('busy_timeout = 0');
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') return true;
    db.pragma('journal_mode = WAL');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}
