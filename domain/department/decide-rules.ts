/** A24: each department sets its own rules for the use of credit products, by matter and area. */
import { InvalidInputError } from '../kernel/domain-error.js';
import { requireDistinctSubset, requireOneOf, requireText } from '../rules/input-checks.js';
import { isUsageArea } from './areas.js';
import type { RetireDepartmentRule, SetDepartmentRule } from './commands.js';
import { RuleAlreadyRetiredError, RuleAlreadySetError, RuleNotFoundError } from './errors.js';
import type { DepartmentEvent } from './events.js';
import { refuseIfSucceededOn } from './guards.js';
import { CREDIT_PRODUCTS, RULE_MODES } from './rule-terms.js';
import type { RegisteredDepartmentState } from './state.js';
import { requireSchemeDate } from './validate.js';

export function decideSetRule(command: SetDepartmentRule, department: RegisteredDepartmentState): readonly DepartmentEvent[] {
  const ruleId = requireText('ruleId', command.ruleId, 'A24', 'REQUIRED');
  if (department.rules.some((rule) => rule.ruleId === ruleId)) throw new RuleAlreadySetError(department.departmentId, ruleId);
  const effectiveFrom = requireSchemeDate(command.effectiveFrom, 'effectiveFrom', 'A24');
  refuseIfSucceededOn(department, effectiveFrom);
  // A12/A17: the area is one the measure names.
  if (!isUsageArea(command.area)) {
    throw new InvalidInputError('area', 'USAGE_AREA', `${JSON.stringify(command.area)} is not an A12 review area or an A17 report area`, {}, 'A12, A17');
  }
  // A3: stored in the measure's order, so equal rules look equal.
  const chosen = requireDistinctSubset('products', command.products, CREDIT_PRODUCTS, 'A3');
  const products = CREDIT_PRODUCTS.filter((product) => chosen.includes(product));
  return [
    {
      type: 'DepartmentRuleSet',
      data: {
        departmentId: department.departmentId,
        ruleId,
        matterKind: requireText('matterKind', command.matterKind, 'A24', 'REQUIRED'),
        area: command.area,
        products,
        mode: requireOneOf('mode', command.mode, RULE_MODES, 'A24'),
        effectiveFrom,
      },
    },
  ];
}

/** A retirement dated on or before the rule's first day cancels it: it never applied. */
export function decideRetireRule(command: RetireDepartmentRule, department: RegisteredDepartmentState): readonly DepartmentEvent[] {
  const ruleId = requireText('ruleId', command.ruleId, 'A24', 'REQUIRED');
  const rule = department.rules.find((candidate) => candidate.ruleId === ruleId);
  if (!rule) throw new RuleNotFoundError(department.departmentId, ruleId);
  if (rule.retiredOn !== null) throw new RuleAlreadyRetiredError(department.departmentId, ruleId, rule.retiredOn);
  return [
    {
      type: 'DepartmentRuleRetired',
      data: { departmentId: department.departmentId, ruleId, on: requireSchemeDate(command.on, 'on', 'A24') },
    },
  ];
}
