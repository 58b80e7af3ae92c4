import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Length, Matches, Min } from 'class-validator';
import { BREACH_CLASSES, type BreachClass } from '../../../domain/rules/disclosure.js';

/**
 * A9: breach information as the deciding department states it. The breach id and whether the
 * subject was a minor on the decision date (A28) are the server's, never the body's.
 */
export class BreachFactsRequest {
  @ApiProperty({ enum: BREACH_CLASSES, example: 'general', description: 'minor 轻微失信 / general 一般失信 / serious 严重失信 (国办发〔2025〕22号)' })
  @IsIn(BREACH_CLASSES)
  breachClass!: BreachClass;

  @ApiProperty({ example: '昆住建罚〔2026〕12号', description: 'the deciding document / 认定依据文书' })
  @IsString() @Length(1, 200)
  basisDocument!: string;

  @ApiProperty({ example: '2026-02-10', description: 'date of the deciding document, not after today (YYYY-MM-DD) / 认定日期' })
  @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decisionDate must be a calendar date YYYY-MM-DD' })
  decisionDate!: string;

  @ApiProperty({ example: 6, minimum: 0, maximum: 36, description: 'A9: months of public disclosure — minor 0–3 (0 = not disclosed), general 3–12, serious 12–36 / 公示期限（月）' })
  // The class bounds are the decider's rule (422 DISCLOSURE_PERIOD_OUT_OF_BOUNDS), not a shape check.
  @IsInt() @Min(0)
  disclosureMonths!: number;

  @ApiProperty({ example: '未按承诺期限补齐施工许可材料', description: 'what the breach was / 失信行为摘要' })
  @IsString() @Length(1, 2000)
  summary!: string;
}
