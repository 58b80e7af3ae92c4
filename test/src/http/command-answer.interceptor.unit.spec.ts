import { describe, it, expect } from '@jest/globals';
import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { firstValueFrom, of } from 'rxjs';
import type { AppendResult } from '../../../src/event-store/event-store.port.js';
import type { HandlerAnswer } from '../../../src/http/command-answer.js';
import { CommandAnswerInterceptor } from '../../../src/http/command-answer.interceptor.js';

const RESULT: AppendResult = {
  stream: 'subject-91320583722291823U', revision: 3, position: 1042, replayed: false,
  events: [{
    eventId: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', type: 'BreachRecorded', stream: 'subject-91320583722291823U', revision: 3, position: 1042, schemaVersion: 1,
    data: { breachId: 'BR-1' }, metadata: {} as AppendResult['events'][number]['metadata'],
  }],
};

/** The interceptor on one request: the headers it set and the body it answered. */
async function answer(handled: HandlerAnswer) {
  const headers: Record<string, string> = {};
  const context = { switchToHttp: () => ({ getResponse: () => ({ setHeader: (name: string, value: string) => (headers[name] = value) }) }) } as unknown as ExecutionContext;
  const next: CallHandler<HandlerAnswer> = { handle: () => of(handled) };
  const body = await firstValueFrom(new CommandAnswerInterceptor().intercept(context, next));
  return { headers, body };
}

describe('CommandAnswerInterceptor: every command answers with ETag "<revision>" and the command answer (issue 11)', () => {
  const written = { stream: RESULT.stream, revision: 3, position: 1042, replayed: false, events: [{ eventId: RESULT.events[0]!.eventId, type: 'BreachRecorded', revision: 3, position: 1042, data: { breachId: 'BR-1' } }] };

  it('a handler that answers the append alone', async () => {
    expect(await answer(RESULT)).toEqual({ headers: { ETag: '"3"' }, body: written });
  });

  it('a handler that answers ids the server gave beside the append: the ids first, then the answer', async () => {
    const recorded = { breachId: 'BR-1', result: RESULT };
    const { headers, body } = await answer(recorded);
    expect(headers).toEqual({ ETag: '"3"' });
    expect(body).toEqual({ breachId: 'BR-1', ...written });
    expect(Object.keys(body)[0]).toBe('breachId');
  });
});
