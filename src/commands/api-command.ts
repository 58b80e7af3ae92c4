import { Command } from '@nestjs/cqrs';
import type { ActingUser } from '../http/acting-user.js';
import type { CommandHeaders } from '../http/command-headers.js';

/** A route with no path parameters. */
export type NoPath = Readonly<Record<never, never>>;

/**
 * What every API command carries from its controller to its handler: the ids in the path, the
 * validated body, the verified acting user and the command headers (Idempotency-Key, If-Match).
 * A use case declares its command in one line beside its handler,
 * `export class RecordBreachCommand extends ApiCommand<{ subjectId: string }, RecordBreachRequest, RecordedBreach> {}`:
 * the class is what @nestjs/cqrs dispatches on, the type parameters what the handler reads and answers.
 */
export abstract class ApiCommand<Path, Body, Answer> extends Command<Answer> {
  constructor(readonly path: Path, readonly request: Body, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
