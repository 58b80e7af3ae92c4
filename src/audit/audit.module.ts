import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { AuditController } from './audit.controller.js';

@Module({ imports: [SubjectsModule], controllers: [AuditController] })
export class AuditModule {}
