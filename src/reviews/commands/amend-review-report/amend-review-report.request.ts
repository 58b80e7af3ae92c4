import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { REVIEW_CONCLUSIONS, type ReviewConclusion } from '../../../../domain/subject/values.js';

/** A14: the report as amended after a material change, and why. */
export class AmendReviewReportRequest {
  @ApiProperty({ enum: REVIEW_CONCLUSIONS, example: 'adverse-record-found', description: 'no-adverse-record 未发现不良信用记录 / adverse-record-found 发现不良信用记录' })
  @IsIn(REVIEW_CONCLUSIONS)
  conclusion!: ReviewConclusion;

  @ApiProperty({ type: [String], example: ['2026-05-12 一般失信：未按承诺提交年度报告'], description: 'findings of the amended report / 变更后的审查发现' })
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 2000, { each: true })
  findings!: string[];

  @ApiProperty({ example: '审查报告有效期内新增失信信息', description: 'the material change (A14) / 重大变化说明' })
  @IsString() @Length(1, 2000)
  reason!: string;
}
