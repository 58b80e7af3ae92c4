import { Command } from '@nestjs/cqrs';
import type { AppendResult } from '../../../event-store/event-store.port.js';
import type { ActingUser } from '../../../http/acting-user.js';
import type { CommandHeaders } from '../../../http/command-headers.js';
import type { SetDepartmentRuleRequest } from './set-department-rule.request.js';

export interface SetDepartmentRuleResult {
  readonly ruleId: string;
  readonly result: AppendResult;
}

export class SetDepartmentRuleCommand extends Command<SetDepartmentRuleResult> {
  constructor(readonly departmentId: string, readonly request: SetDepartmentRuleRequest, readonly actor: ActingUser, readonly headers: CommandHeaders) {
    super();
  }
}
