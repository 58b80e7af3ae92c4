import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length } from 'class-validator';
import type { Correction, ObjectionOutcome } from '../../../../domain/subject/values.js';

export const OBJECTION_OUTCOMES = ['corrected', 'rejected', 'unresolved'] as const satisfies readonly ObjectionOutcome[];

/** SH-SCR arts. 36–38 (docs/domain.md): the decision on an objection. */
export class DecideObjectionRequest {
  @ApiProperty({ enum: OBJECTION_OUTCOMES, example: 'corrected', description: 'corrected 更正 / rejected 驳回 / unresolved 无法核实' })
  @IsIn(OBJECTION_OUTCOMES)
  outcome!: ObjectionOutcome;

  @ApiPropertyOptional({ example: '经复核，认定日期登记有误', description: 'required when rejected or unresolved / 理由（驳回或无法核实时必填）' })
  @IsOptional() @IsString() @Length(1, 2000)
  reasons?: string;

  @ApiPropertyOptional({
    type: 'object', additionalProperties: true, example: { disclosureMonths: 3 },
    description: 'corrected: field → new value; only the correctable fields of the record kind (breach: breachClass, disclosureMonths, basisDocument, decisionDate, summary; review-report: conclusion, findings; credit-report: rating, riskNotes, summary; commitment-check: outcome) / 更正内容',
  })
  @IsOptional() @IsObject()
  correction?: Correction;

  @ApiPropertyOptional({ example: false, description: 'corrected: the record is revoked (a revoked breach leaves disclosure within 3 working days) / 撤销该记录' })
  @IsOptional() @IsBoolean()
  revokesRecord?: boolean;
}
