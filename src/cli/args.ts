import { parseArgs, type ParseArgsConfig } from 'node:util';
import { checkStreamName } from '../event-store/append-validation.js';
import { UsageError } from './cli-errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/** Strict parsing: an unknown option, a missing value or too many arguments is a usage error. */
export function parseVerbArgs(verb: string, args: readonly string[], options: Options, positionals: { min: number; max: number }): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${verb}: ${(error as Error).message}`);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw new UsageError(`${verb}: missing argument`);
  if (count > positionals.max) throw new UsageError(`${verb}: unexpected argument "${parsed.positionals[positionals.max]}"`);
  return { positionals: parsed.positionals, values: parsed.values as ParsedArgs['values'] };
}

/** A stream name argument, checked by the store's own rule before anything is opened. */
export function streamArg(verb: string, stream: string): string {
  try {
    checkStreamName(stream);
  } catch (error) {
    throw new UsageError(`${verb}: ${(error as Error).message}`);
  }
  return stream;
}
