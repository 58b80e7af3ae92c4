import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { BREACH_CLASSES } from '../../../../domain/rules/disclosure.js';

/** A26: a breach by the agency (its own credit) or by one of its recorded staff. */
export class RecordAgencyBreachRequest {
  @ApiProperty({ enum: BREACH_CLASSES, example: 'general', description: 'minor 轻微失信 / general 一般失信 / serious 严重失信 (国办发〔2025〕22号)' })
  @IsIn(BREACH_CLASSES)
  breachClass!: (typeof BREACH_CLASSES)[number];

  @ApiProperty({ example: '昆信办〔2026〕4号', description: 'the document that decided it (number and title) / 认定文书' })
  @IsString() @Length(1, 300)
  basisDocument!: string;

  @ApiProperty({ example: '2026-02-27', description: 'date of the deciding document, not after today / 认定日期' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decisionDate must be a calendar date YYYY-MM-DD' })
  decisionDate!: string;

  @ApiProperty({ example: '出具的信用报告未按行业标准核实财务数据', description: 'what happened / 失信情形' })
  @IsString() @Length(1, 2000)
  summary!: string;

  @ApiPropertyOptional({ example: 'staff-2024-0042', nullable: true, description: 'the recorded staff member responsible, if one (pseudonymous, A28) / 责任从业人员匿名编号' })
  @IsOptional() @IsString() @Length(3, 64)
  staffId?: string | null;
}
