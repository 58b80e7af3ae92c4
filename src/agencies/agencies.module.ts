import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { ExitAgencyController } from './commands/exit-agency/exit-agency.controller.js';
import { ExitAgencyHandler } from './commands/exit-agency/exit-agency.handler.js';
import { FileAgencyController } from './commands/file-agency/file-agency.controller.js';
import { FileAgencyHandler } from './commands/file-agency/file-agency.handler.js';
import { RecogniseAgencyController } from './commands/recognise-agency/recognise-agency.controller.js';
import { RecogniseAgencyHandler } from './commands/recognise-agency/recognise-agency.handler.js';
import { RecordAgencyBreachController } from './commands/record-agency-breach/record-agency-breach.controller.js';
import { RecordAgencyBreachHandler } from './commands/record-agency-breach/record-agency-breach.handler.js';
import { RecordAgencyStaffController } from './commands/record-agency-staff/record-agency-staff.controller.js';
import { RecordAgencyStaffHandler } from './commands/record-agency-staff/record-agency-staff.handler.js';
import { SuspendAgencyController } from './commands/suspend-agency/suspend-agency.controller.js';
import { SuspendAgencyHandler } from './commands/suspend-agency/suspend-agency.handler.js';
import { AgencyRegistryController } from './queries/agency-registry/agency-registry.controller.js';
import { AgencyRegistryReader } from './queries/agency-registry/agency-registry.reader.js';

/** Agencies (A15, A20, A21, A26): the credit office files and supervises them; anyone reads the registry. */
@Module({
  imports: [UseCaseSupportModule],
  controllers: [FileAgencyController, RecogniseAgencyController, SuspendAgencyController, ExitAgencyController, RecordAgencyStaffController, RecordAgencyBreachController, AgencyRegistryController],
  providers: [FileAgencyHandler, RecogniseAgencyHandler, SuspendAgencyHandler, ExitAgencyHandler, RecordAgencyStaffHandler, RecordAgencyBreachHandler, AgencyRegistryReader],
})
export class AgenciesModule {}
