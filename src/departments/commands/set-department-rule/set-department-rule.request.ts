import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { USAGE_AREAS } from '../../../../domain/department/areas.js';
import { CREDIT_PRODUCTS, RULE_MODES } from '../../../../domain/department/rule-terms.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isSet = (o: SetDepartmentRuleRequest) => o.action !== 'retire';

/** A24: which credit products a kind of matter in an area requires (`set`), or the end of such a rule (`retire`). */
export class SetDepartmentRuleRequest {
  @ApiPropertyOptional({ enum: ['set', 'retire'], default: 'set', description: 'set 设定规则 (default) / retire 废止规则' })
  @IsOptional() @IsIn(['set', 'retire'])
  action?: 'set' | 'retire';

  @ApiPropertyOptional({ example: 'government-procurement-open-tender', description: 'set: the kind of matter, in the department\'s own words / 事项类别' })
  @ValidateIf(isSet) @IsString() @Length(1, 200)
  matterKind?: string;

  @ApiPropertyOptional({ enum: USAGE_AREAS, example: 'procurement-construction-land-tendering', description: 'set: an A12 review area or an A17 report area / 适用领域（第十二条、第十七条）' })
  @ValidateIf(isSet) @IsIn(USAGE_AREAS)
  area?: string;

  @ApiPropertyOptional({ enum: CREDIT_PRODUCTS, isArray: true, example: ['report'], description: 'set: the credit products (A3): commitment 信用承诺 / review 信用审查 / report 信用报告' })
  @ValidateIf(isSet) @IsArray() @ArrayNotEmpty() @ArrayUnique() @ArrayMaxSize(3) @IsIn(CREDIT_PRODUCTS, { each: true })
  products?: string[];

  @ApiPropertyOptional({ enum: RULE_MODES, example: 'all', description: 'set: all 全部提供 / any 任选其一' })
  @ValidateIf(isSet) @IsIn(RULE_MODES)
  mode?: string;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'set: first day the rule applies, not before the measure (2017-03-06, A31) / 生效日期' })
  @ValidateIf(isSet) @IsString() @Matches(DATE, { message: 'effectiveFrom must be a calendar date YYYY-MM-DD' })
  effectiveFrom?: string;

  @ApiPropertyOptional({ example: '0193b0d1-2c3d-7e4f-9a5b-6c7d8e9f0a1b', description: 'retire: the rule id returned when it was set / 规则编号' })
  @ValidateIf((o: SetDepartmentRuleRequest) => o.action === 'retire') @IsString() @Length(1, 100)
  ruleId?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'retire: first day the rule no longer applies / 废止日期' })
  @ValidateIf((o: SetDepartmentRuleRequest) => o.action === 'retire') @IsString() @Matches(DATE, { message: 'on must be a calendar date YYYY-MM-DD' })
  on?: string;
}
