import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsObject, IsOptional, IsString, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';

/** A15: who commissioned the report: the subject, or a department (named). */
export class ReportCommissionerRequest {
  @ApiProperty({ enum: ['subject', 'department'], example: 'subject', description: 'subject 主体自行委托 / department 部门委托' })
  @IsIn(['subject', 'department'])
  kind!: 'subject' | 'department';

  @ApiPropertyOptional({ example: 'ks-finance', description: 'department commissions: its id / 委托部门' })
  @ValidateIf((o: ReportCommissionerRequest) => o.kind === 'department')
  @IsString() @Matches(/^[A-Za-z0-9._:@-]{1,100}$/)
  departmentId?: string;
}

const section = (zh: string, example?: string) =>
  ApiPropertyOptional({ type: String, nullable: true, description: `A16 ${zh}; absent or null when the report has none`, ...(example ? { example } : {}) });

/** A16: the named sections of a credit report, each optional; no other name is accepted. */
export class ReportSectionsRequest {
  @section('基本信息 basic information', '成立于2003年，注册资本5000万元') @IsOptional() @IsString() @Length(1, 20000) basicInformation?: string | null;
  @section('经营信息 business information') @IsOptional() @IsString() @Length(1, 20000) businessInformation?: string | null;
  @section('主要财务数据和指标 financial data', '2025年营业收入3.2亿元，资产负债率41%') @IsOptional() @IsString() @Length(1, 20000) financialData?: string | null;
  @section('银行信贷记录 bank credit records') @IsOptional() @IsString() @Length(1, 20000) bankCreditRecords?: string | null;
  @section('合同履约 contract performance') @IsOptional() @IsString() @Length(1, 20000) contractPerformance?: string | null;
  @section('公共信用监管信息 public credit supervision') @IsOptional() @IsString() @Length(1, 20000) publicCreditSupervision?: string | null;
  @section('司法信用信息 judicial credit') @IsOptional() @IsString() @Length(1, 20000) judicialCredit?: string | null;
  @section('其他信息 other information') @IsOptional() @IsString() @Length(1, 20000) otherInformation?: string | null;
}

/** A15–A16, A19–A20: a credit report as the filing agency (the acting user) submits it. */
export class FileCreditReportRequest {
  @ApiProperty({ type: ReportCommissionerRequest })
  @IsObject() @ValidateNested() @Type(() => ReportCommissionerRequest)
  commissionedBy!: ReportCommissionerRequest;

  @ApiProperty({ example: '2026-03-02', description: 'A19: issue date (Asia/Shanghai); the year of validity runs from it; the agency must have been filed and in force on it (A20) / 出具日期' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/) @IsISO8601({ strict: true })
  issuedOn!: string;

  @ApiProperty({ type: ReportSectionsRequest })
  @IsObject() @ValidateNested() @Type(() => ReportSectionsRequest)
  sections!: ReportSectionsRequest;

  @ApiProperty({ example: '企业经营稳定，履约记录良好', description: 'A16 summary / 报告结论' })
  @IsString() @Length(1, 5000)
  summary!: string;

  @ApiProperty({ example: 'AA+', description: 'A16 rating: AAA, AA, A, BBB, BB, B, CCC, CC, C (D), with +/− except on AAA and below CCC / 信用等级' })
  @IsString() @Length(1, 4)
  rating!: string;

  @ApiProperty({ type: [String], example: ['应收账款集中度较高'], description: 'A16 risk notes (may be empty) / 风险提示' })
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 2000, { each: true })
  riskNotes!: string[];
}
