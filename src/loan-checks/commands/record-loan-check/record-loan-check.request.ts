import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import type { ReportKind } from '../../../../domain/subject/values.js';

/** The report the bank relies on: a review report (by review id) or a credit report (by report id). */
export class ReliedOnReportRequest {
  @ApiProperty({ enum: ['credit-report', 'review-report'], example: 'credit-report', description: 'credit-report 第三方信用报告 / review-report 信用审查报告' })
  @IsIn(['credit-report', 'review-report'])
  kind!: ReportKind;

  @ApiProperty({ example: '0193b0c4-7f3e-7a21-9c55-2f1d0e6c1a2b', description: 'report id, or review id for a review report / 报告编号' })
  @IsString() @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  reportId!: string;
}

/** A18 dual report: a bank's check of a subject for a loan; the bank is the acting user. */
export class RecordLoanCheckRequest {
  @ApiProperty({ example: '91320583722291823U', description: 'the borrower: a USCC or a pseudonymous subject id (never an identity number) / 借款主体' })
  @IsString() @Matches(/^([0-9A-HJ-NPQRTUWXY]{18}|P[0-9A-F]{32})$/)
  subjectId!: string;

  @ApiProperty({ example: 1_500_000_000, description: 'loan amount in fen (integer, never a float) / 贷款金额（分）' })
  @IsInt() @Min(1) @Max(Number.MAX_SAFE_INTEGER)
  amountFen!: number;

  @ApiProperty({ example: true, description: 'A18: the PBOC credit reference system was checked (must be true) / 已查询人民银行征信系统' })
  @IsBoolean()
  pbocReferenceChecked!: boolean;

  @ApiPropertyOptional({ type: ReliedOnReportRequest, nullable: true, description: 'A18: at or above the threshold, a valid review or credit report must be named / 达到限额须依据有效的审查报告或信用报告' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => ReliedOnReportRequest)
  reliesOn?: ReliedOnReportRequest | null;
}
