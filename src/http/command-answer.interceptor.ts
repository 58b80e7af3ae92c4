import { Injectable, UseInterceptors, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { commandAnswer, type CommandAnswer, type HandlerAnswer } from './command-answer.js';

/**
 * Every command route answers alike: `ETag: "<revision>"` (send it back as If-Match), and the body
 * of command-answer.ts with the ids the handler gave beside it (`{ breachId, stream, revision, … }`).
 */
@Injectable()
export class CommandAnswerInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler<HandlerAnswer>): Observable<CommandAnswer> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(map((answer) => {
      const { result, ...given } = 'result' in answer ? answer : { result: answer };
      response.setHeader('ETag', `"${result.revision}"`);
      return { ...given, ...commandAnswer(result) };
    }));
  }
}

/** On a command route: the controller returns what its handler answered. */
export const AnswersCommand = () => UseInterceptors(CommandAnswerInterceptor);
