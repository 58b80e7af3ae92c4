import { Module } from '@nestjs/common';
import { SubjectsModule } from '../subjects/subjects.module.js';
import { AccessLogController } from './access-log.controller.js';
import { ErasureController } from './erasure.controller.js';
import { PersonalDataAccess } from './personal-data-access.js';
import { PersonalDataController } from './personal-data.controller.js';

/** A28: unmasked personal-data reads (logged), the access log, erasure. */
@Module({ imports: [SubjectsModule], controllers: [PersonalDataController, AccessLogController, ErasureController], providers: [PersonalDataAccess] })
export class PrivacyModule {}
