import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { REVIEW_AREAS, type ReviewArea } from '../../../../domain/department/areas.js';

/** A10–A12: what a credit review is asked for. The requester is the acting user, never the body. */
export class RequestReviewRequest {
  @ApiProperty({ enum: REVIEW_AREAS, example: 'fiscal-funds-policy-loans', description: 'A12 area (一)–(五) / 信用审查适用领域: fiscal-funds-policy-loans 财政资金、政策性贷款; approval-market-access-supervision 行政审批、市场准入、日常监管; commendations-honours-titles 表彰奖励、荣誉、职称; evaluation-qualification-filing-licensing 绩效评价、资质审查、备案、许可; major-decisions-other 重大决策及其他' })
  @IsIn(REVIEW_AREAS)
  area!: ReviewArea;

  @ApiProperty({ example: '2026年度科技型中小企业贷款贴息申报', description: 'the matter the review is for / 审查事项' })
  @IsString() @Length(1, 200)
  matter!: string;

  @ApiPropertyOptional({ example: 'ks-finance', description: 'subjects: required — the participating department the review is for (A13, REVIEW_DEPARTMENT_REQUIRED otherwise); a department requests for itself and leaves this out / 主体申请时必填：审查所服务的参与部门' })
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9._:@-]{1,100}$/)
  forDepartmentId?: string;
}
