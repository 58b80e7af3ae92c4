import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';
import type { LogFormat, LogLevel } from '../config/app-config.js';
import { REQUEST_LINE_FIELDS } from './request-line.js';

export interface RootLoggerOptions {
  readonly level: LogLevel;
  /** undefined: pretty when the destination is a terminal, json otherwise. */
  readonly format: LogFormat | undefined;
  /** Where the lines go; default stdout. Tests pass a stream to read them. */
  readonly destination?: DestinationStream;
}

/**
 * The one pino logger of the service. JSON: one object per line with `level` as a word, `time` in
 * ISO 8601 UTC, `context` (the Nest logger's name) or `requestId`, and `msg`; no pid or hostname
 * (the process supervisor adds its own). Pretty: the same entries for a person at a terminal.
 * Writes are synchronous, so the line written just before `process.exit` is never lost.
 */
export function createRootLogger({ level, format, destination }: RootLoggerOptions): Logger {
  const options: LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  const toTerminal = destination === undefined && process.stdout.isTTY === true;
  if ((format ?? (toTerminal ? 'pretty' : 'json')) === 'json') return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(options, pretty({
    colorize: toTerminal,
    translateTime: "UTC:yyyy-mm-dd HH:MM:ss.l'Z'",
    // The request line's fields are all in its message already.
    ignore: ['context', 'requestId', ...REQUEST_LINE_FIELDS].join(','),
    messageFormat: '{if context}[{context}] {end}{msg}{if requestId} ({requestId}){end}',
    sync: true,
    ...(destination === undefined ? {} : { destination: destination as NodeJS.WritableStream }),
  }));
}
