import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A6 (a)–(c), A8: the five pledges of a commitment letter; each must be true. */
export class PledgesRequest {
  @ApiProperty({ example: true, description: 'A6(a): states its own credit status truthfully / 如实说明自身信用状况' })
  @IsBoolean() ownCreditStatus!: boolean;

  @ApiProperty({ example: true, description: 'A6(b): the materials provided are true / 提供材料真实有效' })
  @IsBoolean() truthfulMaterials!: boolean;

  @ApiProperty({ example: true, description: 'A6(c): accepts liability for breaking the commitment / 违诺承担责任' })
  @IsBoolean() acceptsLiability!: boolean;

  @ApiProperty({ example: true, description: 'A8: accepts the supervision of the competent department / 接受主管部门监督' })
  @IsBoolean() acceptsSupervision!: boolean;

  @ApiProperty({ example: true, description: 'A8: obeys laws and regulations / 遵守法律法规' })
  @IsBoolean() compliesWithLaw!: boolean;
}

/** What a commitment letter says (A6–A8); shared by commitments and repair applications. */
export class CommitmentTermsRequest {
  @ApiProperty({ example: '建设工程施工许可告知承诺', description: 'the matter the commitment is made for / 承诺事项' })
  @IsString() @Length(1, 200)
  matter!: string;

  @ApiProperty({ type: PledgesRequest })
  // Required: ValidateNested alone lets a missing object through (issue 10).
  @IsObject() @ValidateNested() @Type(() => PledgesRequest)
  pledges!: PledgesRequest;

  @ApiProperty({ example: true, description: '国办发〔2019〕35号: the subject agrees that the commitment is published / 同意公开承诺' })
  @IsBoolean()
  consentToPublication!: boolean;

  @ApiPropertyOptional({ example: '2026-06-30', description: 'A8: planned follow-up check date, not before today (YYYY-MM-DD) / 计划核查日期' })
  @IsOptional() @IsString() @Matches(DATE, { message: 'followUpCheckOn must be a calendar date YYYY-MM-DD' })
  followUpCheckOn?: string;
}
