import { Injectable } from '@nestjs/common';
import { PathIdPipe, UUID } from '../use-case-support/paths/path-id.pipe.js';

/** Commitment ids are server-generated UUIDs (v7). */
@Injectable()
export class CommitmentIdPipe extends PathIdPipe {
  constructor() {
    super({ field: 'cid', pattern: UUID, expected: 'a commitment id (a UUID)', rule: 'COMMITMENT_ID' });
  }
}
