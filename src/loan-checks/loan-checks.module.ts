import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { RecordLoanCheckController } from './commands/record-loan-check/record-loan-check.controller.js';
import { RecordLoanCheckHandler } from './commands/record-loan-check/record-loan-check.handler.js';

/** Loan checks: a bank's dual-report check (A18). */
@Module({ imports: [UseCaseSupportModule], controllers: [RecordLoanCheckController], providers: [RecordLoanCheckHandler] })
export class LoanChecksModule {}
