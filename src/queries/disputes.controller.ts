import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiQueryErrors } from '../http/openapi.js';
import { subjectStreamName } from '../../domain/subject/decider.js';
import { foldStored } from '../commands/loaded-state.js';
import { EVENT_STORE, type EventStore, type StoredEvent } from '../event-store/event-store.port.js';
import { recordHistoryOf } from '../../projections/dispute-case-files/record-history.js';
import { toProjectedEvent } from '../projections/projected-event.js';
import { ObjectionNotFoundError } from '../../domain/subject/errors.js';
import { OBJECTION_OUTCOME_LABELS } from '../http/labels.js';
import type { ObjectionOutcome } from '../../domain/subject/values.js';
import { ViewReader } from '../projections/view-reader.js';
import { SUBJECT_DECIDER, type SubjectDecider } from '../use-case-support/subject-decider.provider.js';
import { badQuery } from '../http/query-params.js';
import { withArticles } from '../use-case-support/event-articles.js';
import type { CaseEventEntry } from '../../projections/dispute-case-files/case-file.doc.js';

const OBJECTION_ID = /^[A-Za-z0-9._:-]{1,200}$/;

const OID = '91320583722291823U.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b';
const EVENT = { type: 'ObjectionFiled', articles: ['A9', 'A28', 'Shanghai Social Credit Regulation arts. 36–38 (docs/domain.md)'], position: 118, revision: 4, recordedAt: '2026-02-24T09:00:00.000+08:00', actor: { kind: 'subject', id: '91320583722291823U', department: null }, summary: { objectionId: OID } };
const EXAMPLE = {
  objectionId: OID, subjectId: '91320583722291823U', target: { kind: 'breach', recordId: '0195f3a0-0000-7000-8000-000000000001' },
  recordKey: '91320583722291823U:breach:0195f3a0-0000-7000-8000-000000000001', filedAt: '2026-02-24T09:00:00.000+08:00',
  deadlines: { forwardDueAt: '2026-02-26T23:59:59.999+08:00', centerDueAt: '2026-03-03T23:59:59.999+08:00', departmentDueAt: '2026-03-05T23:59:59.999+08:00' },
  forwardedTo: 'ks-drc', outcome: 'corrected', outcomeLabel: '更正', decidedAt: '2026-03-04T16:00:00.000+08:00', late: false, events: [EVENT],
  record: {
    recordKey: '91320583722291823U:breach:0195f3a0-0000-7000-8000-000000000001', subjectId: '91320583722291823U', kind: 'breach', recordId: '0195f3a0-0000-7000-8000-000000000001',
    madeAt: { type: 'BreachRecorded', position: 97, revision: 2, recordedAt: '2026-02-10T11:00:00.000+08:00' }, objectionIds: [OID], events: [{ ...EVENT, type: 'BreachRecorded', articles: ['A9', 'A28', '国办发〔2025〕22号', 'NDRC 令第36号'], position: 97, revision: 2 }],
  },
  subjectStateWhenRecordWasMade: { revision: 1, asOf: '2026-02-10T11:00:00.000+08:00', state: { registered: true, kind: 'organisation' } },
};

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
  @ApiParam({ name: 'oid', description: 'objection id <subject id>.<UUIDv7> / 异议标识', example: OID })
  @ApiOkResponse({ description: 'the case file: objection, deadlines, outcome (+ outcomeLabel), events, the disputed record\'s history and the subject\'s state when it was made; every event entry names the articles of its type (event catalogue) / 异议案卷', schema: { example: EXAMPLE } })
  @ApiQueryErrors({ invalid: 'oid: OBJECTION_ID', notFound: 'OBJECTION_NOT_FOUND: no objection with this id / 异议不存在', views: true })
  async caseFile(@Param('oid') objectionId: string) {
    if (!OBJECTION_ID.test(objectionId)) throw badQuery('oid', 'OBJECTION_ID', 'is not an objection id');
    const caseFile = await this.views.get('dispute-case-files', 'dispute_case_files', objectionId);
    if (!caseFile) throw new ObjectionNotFoundError(objectionId);
    const subjectId = String(caseFile.subjectId);
    // The record's history is read from the log (one read of the subject's stream serves it and the state).
    const stream = await this.events.readStream(subjectStreamName(subjectId));
    const history = caseFile.recordKey ? recordHistoryOf(stream.map(toProjectedEvent), String(caseFile.recordKey)) : null;
    const madeAt = history?.madeAt;
    const stateWhenMade = madeAt ? this.stateAt(stream, madeAt.revision - 1) : null;
    const outcome = caseFile.outcome as ObjectionOutcome | null;
    const events = (caseFile.events as unknown as CaseEventEntry[]).map(withArticles);
    const record = history && { ...history, events: history.events.map(withArticles) };
    return { ...caseFile, events, outcomeLabel: outcome ? OBJECTION_OUTCOME_LABELS[outcome] : null, record, subjectStateWhenRecordWasMade: stateWhenMade && { revision: madeAt!.revision - 1, asOf: madeAt!.recordedAt, state: stateWhenMade } };
  }

  private stateAt(stream: readonly StoredEvent[], revision: number) {
    return foldStored(this.decider, stream.slice(0, revision + 1));
  }
}
