import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { REVIEW_CONCLUSIONS, type ReviewConclusion } from '../../../../domain/subject/values.js';

/** A10: the center's answer to a review: a conclusion and what it found. */
export class IssueReviewReportRequest {
  @ApiProperty({ enum: REVIEW_CONCLUSIONS, example: 'no-adverse-record', description: 'no-adverse-record 未发现不良信用记录 / adverse-record-found 发现不良信用记录' })
  @IsIn(REVIEW_CONCLUSIONS)
  conclusion!: ReviewConclusion;

  @ApiProperty({ type: [String], example: ['未发现失信被执行人记录', '近三年无行政处罚记录'], description: 'findings, one per line (may be empty) / 审查发现' })
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 2000, { each: true })
  findings!: string[];
}
