import { Module } from '@nestjs/common';
import { UseCaseSupportModule } from '../use-case-support/use-case-support.module.js';
import { AccessLogController } from './access-log.controller.js';
import { ErasureController } from './erasure.controller.js';
import { PersonalDataAccess } from './personal-data-access.js';
import { PersonalDataController } from './personal-data.controller.js';

/** A28: unmasked personal-data reads (logged), the access log, erasure. */
@Module({ imports: [UseCaseSupportModule], controllers: [PersonalDataController, AccessLogController, ErasureController], providers: [PersonalDataAccess] })
export class PrivacyModule {}
