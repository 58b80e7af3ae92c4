import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A26: the credit office suspends an agency for a period (`suspend`), or lifts the open suspension (`lift`). */
export class SuspendAgencyRequest {
  @ApiProperty({ enum: ['suspend', 'lift'], example: 'suspend', description: 'suspend 暂停备案效力 / lift 解除暂停' })
  @IsIn(['suspend', 'lift'])
  action!: 'suspend' | 'lift';

  @ApiPropertyOptional({ example: '2026-03-09', description: 'suspend: first suspended day, not before the filing / 暂停起始日' })
  @ValidateIf((o: SuspendAgencyRequest) => o.action === 'suspend')
  @IsString() @Matches(DATE, { message: 'from must be a calendar date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-06-08', nullable: true, description: 'suspend: last suspended day (inclusive); omit or null for "until lifted" / 暂停截止日（含），不填则至解除为止' })
  @IsOptional() @ValidateIf((o: SuspendAgencyRequest) => o.action === 'suspend')
  @IsString() @Matches(DATE, { message: 'until must be a calendar date YYYY-MM-DD' })
  until?: string | null;

  @ApiPropertyOptional({ example: '报告出具不符合行业标准，责令整改', description: 'suspend: why / 暂停原因' })
  @ValidateIf((o: SuspendAgencyRequest) => o.action === 'suspend')
  @IsString() @Length(1, 1000)
  reason?: string;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'lift: first day the filing is in force again / 恢复效力之日' })
  @ValidateIf((o: SuspendAgencyRequest) => o.action === 'lift')
  @IsString() @Matches(DATE, { message: 'on must be a calendar date YYYY-MM-DD' })
  on?: string;

  @ApiProperty({ example: '昆信办〔2026〕3号', description: 'the document that decided it (number and title) / 决定文书' })
  @IsString() @Length(1, 300)
  basisDocument!: string;
}
