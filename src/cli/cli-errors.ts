/** Exit codes of the operator CLI (documented in docs/operations.md, "Operator CLI"). */
export const EXIT = {
  ok: 0,
  /** The operation ran and found a problem, or refused: broken chain, unknown subject, conflicting table. */
  failed: 1,
  /** Bad arguments: the usage text is printed. */
  usage: 2,
  /** A bad environment variable (same code as the service, EX_CONFIG). */
  config: 78,
} as const;

/** Bad arguments: the message names what is wrong, the usage text follows it. */
export class UsageError extends Error {
  readonly code = 'CLI_USAGE';

  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The operation refused or failed for a reason an operator can act on; `code` is stable. */
export class CliFailure extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'CliFailure';
  }
}
