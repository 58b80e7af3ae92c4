import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { SetDepartmentRuleController } from './commands/set-department-rule/set-department-rule.controller.js';
import { SetDepartmentRuleHandler } from './commands/set-department-rule/set-department-rule.handler.js';
import { PilotDepartmentSeeder } from './pilot-department-seeder.js';
import { DepartmentNamesController } from './queries/department-names/department-names.controller.js';
import { DepartmentUsageController } from './queries/department-usage/department-usage.controller.js';
import { DepartmentRegistryReader } from './queries/departments/department-registry.reader.js';
import { DepartmentsController } from './queries/departments/departments.controller.js';

/** Departments (A2, A13, A24, A25): the A13 pilots seeded at start, their rules, the registry and yearly usage. */
@Module({
  imports: [UseCaseSupportModule],
  // DepartmentNamesController first: `/departments/names/{did}` must not be read as `/departments/{did}/usage` with did = names.
  controllers: [DepartmentNamesController, SetDepartmentRuleController, DepartmentsController, DepartmentUsageController],
  providers: [PilotDepartmentSeeder, SetDepartmentRuleHandler, DepartmentRegistryReader],
})
export class DepartmentsModule {}
