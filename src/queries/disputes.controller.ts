import { Controller, Get, HttpException, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { subjectStreamName } from '../../domain/subject/decider.js';
import type { SubjectEvent } from '../../domain/subject/events.js';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port.js';
import { errorBody } from '../http/error-body.js';
import { ViewReader } from '../projections/view-reader.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../subjects/subject-decider.provider.js';
import { badQuery } from './query-params.js';

const OBJECTION_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/** An investigator's case file: the disputed record, every event touching it, the subject as it stood when the record was made, deadlines. */
@ApiTags('queries 查询')
@Controller('disputes')
export class DisputesController {
  constructor(
    @Inject(ViewReader) private readonly views: ViewReader,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
  ) {}

  @Get(':oid')
  @ApiOperation({ summary: 'Dispute case file (SH-SCR 36–38) / 异议案卷' })
  async caseFile(@Param('oid') objectionId: string) {
    if (!OBJECTION_ID.test(objectionId)) throw badQuery('oid', 'OBJECTION_ID', 'is not an objection id');
    const caseFile = await this.views.get('dispute-case-files', 'dispute_case_files', objectionId);
    if (!caseFile) throw new HttpException(errorBody(404, 'OBJECTION_NOT_FOUND', `objection ${objectionId} does not exist`, { objectionId }), 404);
    const history = await this.views.get('dispute-case-files', 'record_histories', String(caseFile.recordKey));
    const madeAt = history?.madeAt as { revision: number; recordedAt: string } | null | undefined;
    const subjectId = String(caseFile.subjectId);
    const stateWhenMade = madeAt ? await this.stateAt(subjectId, madeAt.revision - 1) : null;
    return { ...caseFile, record: history, subjectStateWhenRecordWasMade: stateWhenMade && { revision: madeAt!.revision - 1, asOf: madeAt!.recordedAt, state: stateWhenMade } };
  }

  private async stateAt(subjectId: string, revision: number) {
    if (revision < 0) return this.decider.initialState;
    const events = await this.events.readStream(subjectStreamName(subjectId), { toRevision: revision });
    return events.reduce((state, event) => this.decider.evolve(state, { type: event.type, data: event.data } as unknown as SubjectEvent), this.decider.initialState);
  }
}
