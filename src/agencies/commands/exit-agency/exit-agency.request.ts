import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { EXIT_REASONS } from '../../../../domain/agency/filing-level.js';

/** A26 market exit (市场退出): of the agency's own will, or removed for misconduct. */
export class ExitAgencyRequest {
  @ApiProperty({ example: '2026-03-02', description: 'first day out of the market, not before the filing / 退出之日' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'exitedOn must be a calendar date YYYY-MM-DD' })
  exitedOn!: string;

  @ApiProperty({ enum: EXIT_REASONS, example: 'misconduct', description: 'voluntary 主动退出 / misconduct 违规退出 (its earlier reports are then flagged)' })
  @IsIn(EXIT_REASONS)
  reason!: (typeof EXIT_REASONS)[number];

  @ApiProperty({ example: '昆信办〔2026〕5号', description: 'the document that decided it (number and title) / 决定文书' })
  @IsString() @Length(1, 300)
  basisDocument!: string;
}
