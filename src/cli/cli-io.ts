/** Where a verb writes: results to stdout (pipeable), progress and diagnostics to stderr. */
export interface CliIo {
  /** One line of result on stdout. */
  out(line: string): void;
  /** One line of diagnostics on stderr. */
  err(line: string): void;
  /** The stream progress bars draw on. */
  readonly progress: NodeJS.WriteStream;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr,
};
