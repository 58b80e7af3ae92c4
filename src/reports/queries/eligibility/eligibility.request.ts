import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { USAGE_AREAS, type UsageArea } from '../../../../domain/department/areas.js';

/** A12/A17 area and the kind of matter (A24 rules are written per matter kind and area). */
export class EligibilityRequest {
  @ApiPropertyOptional({ enum: USAGE_AREAS, example: 'procurement-construction-land-tendering', description: 'departments: required — the A12 or A17 area of the matter / 部门查询必填：使用领域' })
  @IsOptional() @IsIn(USAGE_AREAS)
  area?: UsageArea;

  @ApiPropertyOptional({ example: 'government-procurement-tender', description: 'departments: required — the matter kind the department\'s rule names (A24) / 部门查询必填：事项类别' })
  @IsOptional() @IsString() @Length(1, 200)
  matter?: string;
}
