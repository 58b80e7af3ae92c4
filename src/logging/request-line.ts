import type { IncomingMessage, ServerResponse } from 'node:http';

/** The fields of the one line logged per request, beside `requestId`, `level`, `time` and `msg`. */
export const REQUEST_LINE_FIELDS = ['method', 'route', 'path', 'status', 'durationMs', 'aborted'] as const;

/** A path longer than this (a scanner, a mistake) is cut: the line stays one readable line. */
const MAX_PATH = 200;

/** A path segment shaped like a resident identity number (18 characters, or the old 15 digits): never logged. */
const IDENTITY_NUMBER_SHAPE = /^(\d{17}[\dXx]|\d{15})$/;

/** Liveness and readiness probes: logged at debug, so an orchestrator polling them does not fill the log. */
const PROBES = new Set(['/health', '/health/ready']);

export interface RequestLine {
  readonly method: string;
  /** The route that answered, with its parameters named (`/subjects/:id/status`); absent when none matched. */
  readonly route?: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  /** The client went away before the answer was sent. */
  readonly aborted?: true;
}

type Request = IncomingMessage & { originalUrl?: string; route?: { path?: unknown } };

/**
 * What a request log line says. Never the query string (`?purpose=` carries the free text of A28,
 * a list filter may carry a name), the body, or any header: not Authorization (a credential), not
 * X-Purpose (free text that may name a person), not the client's IP (personal data; the proxy logs
 * it if needed). Path parameters are subject, agency or record ids: pseudonymous; an identity number
 * only travels in bodies (`POST /subjects/lookup`), so a path segment shaped like one is a client's
 * mistake and is masked.
 */
export function requestLine(request: Request, response: ServerResponse, durationMs: number): RequestLine {
  const url = request.originalUrl ?? request.url ?? '';
  const path = url.split('?')[0]!.split('/').map((segment) => (IDENTITY_NUMBER_SHAPE.test(segment) ? '*' : segment)).join('/');
  const route = request.route?.path;
  return {
    method: request.method ?? '?',
    ...(typeof route === 'string' ? { route } : {}),
    path: path.length > MAX_PATH ? `${path.slice(0, MAX_PATH)}…` : path,
    status: response.statusCode,
    durationMs,
    ...(response.writableEnded ? {} : { aborted: true as const }),
  };
}

export function requestMessage(line: RequestLine): string {
  return `${line.method} ${line.path} ${line.status} ${line.durationMs} ms${line.aborted ? ' (aborted by the client)' : ''}`;
}

/** 5xx is the service's fault: error. Probes that succeed: debug. Everything else, client errors included: info. */
export function requestLevel(request: Request, response: ServerResponse, error: unknown): 'error' | 'info' | 'debug' {
  if (error !== undefined || response.statusCode >= 500) return 'error';
  const path = (request.originalUrl ?? request.url ?? '').split('?')[0]!;
  return PROBES.has(path) && response.statusCode < 400 ? 'debug' : 'info';
}
