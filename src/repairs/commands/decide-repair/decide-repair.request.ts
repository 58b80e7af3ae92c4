import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { RepairOutcome } from '../../../../domain/subject/values.js';

export const REPAIR_OUTCOMES = ['approved', 'refused'] as const satisfies readonly RepairOutcome[];

/** NDRC 令第36号: the recording department's decision on a repair application. */
export class DecideRepairRequest {
  @ApiProperty({ enum: REPAIR_OUTCOMES, example: 'approved', description: 'approved 准予修复 / refused 不予修复' })
  @IsIn(REPAIR_OUTCOMES)
  outcome!: RepairOutcome;

  @ApiPropertyOptional({ example: '履行证明不完整', description: 'required when refused / 不予修复的理由' })
  @IsOptional() @IsString() @Length(1, 2000)
  reasons?: string;
}
