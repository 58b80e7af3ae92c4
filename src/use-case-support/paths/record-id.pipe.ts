import { PathIdPipe, UUID } from './path-id.pipe.js';

/** Record ids in paths (reviews, reports) are the server's UUIDs, in either case: anything else is bad input, not an unknown record. */
export class RecordIdPipe extends PathIdPipe {
  constructor(field: string) {
    super({ field, pattern: new RegExp(UUID.source, 'i'), expected: 'a record id (UUID)', rule: 'RECORD_ID', normalise: (value) => value.toLowerCase() });
  }
}
