import { ApiProperty } from '@nestjs/swagger';
import type { AppendResult } from '../event-store/event-store.port.js';

export class WrittenEvent {
  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b' }) eventId!: string;
  @ApiProperty({ example: 'BreachRecorded' }) type!: string;
  @ApiProperty({ example: 3 }) revision!: number;
  @ApiProperty({ example: 1042, description: 'global log position / 全局日志位置' }) position!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

/** Every command answers with where it was written: pass `position` as X-Min-Position to read your own write. */
export class CommandAnswer {
  @ApiProperty({ example: 'subject-91320583722291823U' }) stream!: string;
  @ApiProperty({ example: 3, description: 'stream revision after the command; send as If-Match next time / 写入后的流版本' }) revision!: number;
  @ApiProperty({ example: 1042, description: 'log position of the last event written / 最后写入事件的日志位置' }) position!: number;
  @ApiProperty({ description: 'true when an Idempotency-Key matched an earlier request: nothing new was written / 幂等重放' }) replayed!: boolean;
  @ApiProperty({ type: [WrittenEvent] }) events!: WrittenEvent[];
}

/**
 * What a command handler answers: the append, alone or with the ids the server gave beside it
 * (`{ breachId, result }`). The controller returns it as it is; CommandAnswerInterceptor shapes it.
 */
export type HandlerAnswer = AppendResult | { readonly result: AppendResult };

export function commandAnswer(result: AppendResult): CommandAnswer {
  return {
    stream: result.stream,
    revision: result.revision,
    position: result.position,
    replayed: result.replayed,
    events: result.events.map((e) => ({ eventId: e.eventId, type: e.type, revision: e.revision, position: e.position, data: e.data })),
  };
}
