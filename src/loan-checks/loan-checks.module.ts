import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { RecordLoanCheckController } from './commands/record-loan-check/record-loan-check.controller.js';
import { RecordLoanCheckHandler } from './commands/record-loan-check/record-loan-check.handler.js';

/** Loan checks: a bank's dual-report check (A18). */
@Module({ imports: [SubjectsModule, ReportsModule], controllers: [RecordLoanCheckController], providers: [RecordLoanCheckHandler] })
export class LoanChecksModule {}
