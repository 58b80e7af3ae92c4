import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { AuditController } from './audit.controller.js';

@Module({ imports: [UseCaseSupportModule], controllers: [AuditController] })
export class AuditModule {}
