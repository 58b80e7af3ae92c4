import { Inject, Injectable } from '@nestjs/common';
import { DepartmentFacts } from './department-facts.js';

/**
 * docs/domain.md "Departments change over time": pending matters follow the successor from the
 * effective date. Every department that took over from `departmentId` by `date` (empty when none),
 * for the subject decider's `…Successors` facts.
 */
@Injectable()
export class DepartmentSuccessors {
  constructor(@Inject(DepartmentFacts) private readonly departments: DepartmentFacts) {}

  async of(departmentId: string, date: string): Promise<readonly string[]> {
    const chain = await this.departments.chainOn(departmentId, date);
    return [...chain.keys()].filter((id) => id !== departmentId);
  }
}
