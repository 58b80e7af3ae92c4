import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DepartmentCommand } from '../../../../domain/department/commands.js';
import { departmentDecider, departmentStreamName } from '../../../../domain/department/decider.js';
import { ApiCommand } from '../../../commands/api-command.js';
import { CommandExecutor } from '../../../commands/command-executor.js';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import { CLOCK, type Clock } from '../../../shared/clock.js';
import { uuidV7 } from '../../../shared/uuid-v7.js';
import type { SetDepartmentRuleRequest } from './set-department-rule.request.js';

export interface SetDepartmentRuleResult {
  readonly ruleId: string;
  readonly result: AppendResult;
}

export class SetDepartmentRuleCommand extends ApiCommand<{ departmentId: string }, SetDepartmentRuleRequest, SetDepartmentRuleResult> {}

/**
 * A24: a department sets which products a matter needs, on its own stream (the department itself or
 * the credit office: the policy table). An unknown department is a 404 (DEPARTMENT_NOT_REGISTERED);
 * after a merger or split the successor sets the rules (DEPARTMENT_SUCCEEDED).
 */
@CommandHandler(SetDepartmentRuleCommand)
export class SetDepartmentRuleHandler implements ICommandHandler<SetDepartmentRuleCommand, SetDepartmentRuleResult> {
  constructor(@Inject(CommandExecutor) private readonly commands: CommandExecutor, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ path: { departmentId }, request, actor, headers }: SetDepartmentRuleCommand): Promise<SetDepartmentRuleResult> {
    const retire = request.action === 'retire';
    const ruleId = retire ? request.ruleId! : uuidV7(this.clock.nowMs());
    const result = await this.commands.run({
      decider: departmentDecider, stream: departmentStreamName(departmentId), actor, headers,
      build: (_, now): DepartmentCommand => retire
        ? { type: 'RetireDepartmentRule', now, departmentId, ruleId, on: request.on! }
        : {
          type: 'SetDepartmentRule', now, departmentId, ruleId, matterKind: request.matterKind!, area: request.area!,
          products: request.products!, mode: request.mode!, effectiveFrom: request.effectiveFrom!,
        },
    });
    // An idempotent retry answers with the rule the first request set.
    return { ruleId: String(result.events[0]?.data.ruleId ?? ruleId), result };
  }
}
