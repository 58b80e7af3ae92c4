import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { USAGE_AREAS, type UsageArea } from '../../../../domain/department/areas.js';
import type { ReportKind } from '../../../../domain/subject/values.js';

/** A17/A12, A19, A25: a use of a report the subject holds, for a matter; the user is the acting department or bank. */
export class RecordReportUseRequest {
  @ApiPropertyOptional({ enum: ['credit-report', 'review-report'], default: 'credit-report', description: 'credit-report 信用报告 (default; {rpid} is the report id) / review-report 信用审查报告 ({rpid} is the review id: a review report is reused the same way, A12, A14)' })
  @IsOptional() @IsIn(['credit-report', 'review-report'])
  reportKind?: ReportKind;

  @ApiProperty({ enum: USAGE_AREAS, example: 'procurement-construction-land-tendering', description: 'A17 area for a credit report, A12 area for a review report / 使用领域' })
  @IsIn(USAGE_AREAS)
  area!: UsageArea;

  @ApiProperty({ example: '2026年市政道路养护项目公开招标', description: 'the matter the report is used for (A25) / 使用事项' })
  @IsString() @Length(1, 200)
  matter!: string;
}
