import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { BreachFactsRequest } from '../../../use-case-support/requests/breach-facts.request.js';

export const CHECK_OUTCOMES = ['kept', 'breached'] as const;

/** A8–A9: the follow-up check of a commitment; a breached check carries its breach information. */
export class RecordCommitmentCheckRequest {
  @ApiProperty({ enum: CHECK_OUTCOMES, example: 'breached', description: 'kept 守诺 / breached 违诺' })
  @IsIn(CHECK_OUTCOMES)
  outcome!: (typeof CHECK_OUTCOMES)[number];

  @ApiProperty({ example: '2026-03-02', description: 'A8: the date of the check, not after today (YYYY-MM-DD) / 核查日期' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'checkedOn must be a calendar date YYYY-MM-DD' })
  checkedOn!: string;

  @ApiPropertyOptional({ type: BreachFactsRequest, nullable: true, description: 'A9: required when breached, absent or null when kept / 违诺时必填的失信信息' })
  // A9: a breached check must carry an object (missing or null is a 400 naming breach, issue 10); a kept one may omit it.
  @ValidateIf((o: RecordCommitmentCheckRequest) => o.outcome === 'breached' || (o.breach !== undefined && o.breach !== null))
  @IsObject() @ValidateNested() @Type(() => BreachFactsRequest)
  breach?: BreachFactsRequest | null;
}
