import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction } from 'express';
import type { PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { pinoHttp, startTime } from 'pino-http';
import { requestIdFor } from './request-id.js';
import { requestLevel, requestLine, requestMessage } from './request-line.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * The first middleware of the app (before helmet, the body parsers, the input guard and the token
 * check, so a request they refuse is logged too): gives the request its id, echoes it in
 * `X-Request-Id`, logs one line when the answer is sent, and runs the rest of the request in a
 * logging context, so whatever a `new Logger('X')` writes meanwhile carries the same `requestId`.
 */
export function requestLogging(log: Logger, context: PinoLogger): (request: IncomingMessage, response: ServerResponse, next: NextFunction) => void {
  const http = pinoHttp({
    logger: log,
    genReqId: (request, response) => {
      const id = requestIdFor(request.headers['x-request-id']);
      response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId' },
    // Neither the request (headers, remote address) nor the response object is logged: only the line below.
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (request, response, error) => requestLevel(request, response, error),
    customSuccessObject: (request, response, value: { responseTime: number }) => requestLine(request, response, value.responseTime),
    customErrorObject: (request, response, _error, value: { responseTime: number }) => requestLine(request, response, value.responseTime),
    customSuccessMessage: (request, response, durationMs) => requestMessage(requestLine(request, response, durationMs)),
    // pino-http does not hand the duration to this one: the same subtraction from its own start time.
    customErrorMessage: (request, response) => requestMessage(requestLine(request, response, Date.now() - response[startTime])),
  });
  return (request, response, next) => http(request, response, () => context.runInContext(() => next(), { bindings: { requestId: request.id } }));
}

