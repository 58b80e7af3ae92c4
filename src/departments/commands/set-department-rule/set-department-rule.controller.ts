import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Acting, type ActingUser } from '../../../http/acting-user.js';
import { CommandAnswer } from '../../../http/command-answer.js';
import { AnswersCommand } from '../../../http/command-answer.interceptor.js';
import { CommandOptions, type CommandHeaders } from '../../../http/command-headers.js';
import { ApiCommandErrors } from '../../../http/openapi.js';
import { DepartmentIdPipe } from '../../department-id.pipe.js';
import { SetDepartmentRuleCommand } from './set-department-rule.handler.js';
import { SetDepartmentRuleRequest } from './set-department-rule.request.js';

export class DepartmentRuleAnswer extends CommandAnswer {
  @ApiProperty({ example: '0193b0d1-2c3d-7e4f-9a5b-6c7d8e9f0a1b', description: 'the rule id (given by the server when set) / 规则编号' })
  ruleId!: string;
}

@ApiTags('departments 部门')
@Controller('departments')
export class SetDepartmentRuleController {
  constructor(@Inject(CommandBus) private readonly bus: CommandBus) {}

  @AnswersCommand()
  @Post(':did/rules')
  @HttpCode(201)
  @ApiOperation({ summary: 'Set or retire a department\'s rule: which credit products a matter needs (A24) / 设定或废止部门信用产品使用规则', description: 'The department itself, or the credit office. A later rule for the same matter and area supersedes an earlier one from its date. 部门本身或市信用办可操作。' })
  @ApiParam({ name: 'did', description: 'department id / 部门编号', example: 'ks-finance' })
  @ApiBody({ type: SetDepartmentRuleRequest, examples: {
    set: { value: { matterKind: 'government-procurement-open-tender', area: 'procurement-construction-land-tendering', products: ['report'], mode: 'all', effectiveFrom: '2026-04-01' } },
    retire: { value: { action: 'retire', ruleId: '0193b0d1-2c3d-7e4f-9a5b-6c7d8e9f0a1b', on: '2026-12-31' } },
  } })
  @ApiCreatedResponse({ type: DepartmentRuleAnswer })
  @ApiForbiddenResponse({ description: 'FORBIDDEN: neither the department itself nor the credit office / 非本部门或市信用办' })
  @ApiCommandErrors('DEPARTMENT_SUCCEEDED', 'RULE_ALREADY_SET', 'RULE_ALREADY_RETIRED', 'RULE_NOT_FOUND (404)')
  set(@Param('did', DepartmentIdPipe) departmentId: string, @Body() body: SetDepartmentRuleRequest, @Acting() actor: ActingUser, @CommandOptions() headers: CommandHeaders) {
    return this.bus.execute(new SetDepartmentRuleCommand({ departmentId }, body, actor, headers));
  }
}
