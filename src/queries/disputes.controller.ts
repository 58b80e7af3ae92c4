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
import type { WorkingDayCalendar } from '../../domain/rules/calendar/working-day-calendar.js';
import { replayDoc } from '../../projections/kernel/replay-doc.js';
import type { ObjectionDoc } from '../../projections/objections/objections.doc.js';
import { OBJECTIONS_COLLECTION, objectionsProjection } from '../../projections/objections/objections.projection.js';
import { CALENDAR } from '../calendar/calendar.token.js';
import { CLOCK, type Clock } from '../shared/clock.js';
import { CASE_FILE_DESCRIPTION, CASE_FILE_EXAMPLE } from './dispute-docs.js';
import { deadlineSteps } from './dispute-deadlines.js';
import { disclosureAroundDecision } from './dispute-disclosure.js';
import { queryTime } from './query-time.js';

const OBJECTION_ID = /^[A-Za-z0-9._:-]{1,200}$/;

/** An investigator's case file: the disputed record, every event touching it, the subject as it stood when the record was made, deadlines. */
@ApiTags('queries 查询')
@Controller('disputes')
export class DisputesController {
  constructor(
    @Inject(ViewReader) private readonly views: ViewReader,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(SUBJECT_DECIDER) private readonly decider: SubjectDecider,
    @Inject(CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':oid')
  @ApiOperation({ summary: 'Dispute case file (SH-SCR 36–38) / 异议案卷' })
  @ApiParam({ name: 'oid', description: 'objection id <subject id>.<UUIDv7> / 异议标识', example: CASE_FILE_EXAMPLE.objectionId })
  @ApiOkResponse({ description: CASE_FILE_DESCRIPTION, schema: { example: CASE_FILE_EXAMPLE } })
  @ApiQueryErrors({ invalid: 'oid: OBJECTION_ID', notFound: 'OBJECTION_NOT_FOUND: no objection with this id / 异议不存在', views: true })
  async caseFile(@Param('oid') objectionId: string) {
    if (!OBJECTION_ID.test(objectionId)) throw badQuery('oid', 'OBJECTION_ID', 'is not an objection id');
    const caseFile = await this.views.get('dispute-case-files', 'dispute_case_files', objectionId);
    if (!caseFile) throw new ObjectionNotFoundError(objectionId);
    const subjectId = String(caseFile.subjectId);
    // The record's history is read from the log (one read of the subject's stream serves it and the state).
    const stream = await this.events.readStream(subjectStreamName(subjectId));
    const projected = stream.map(toProjectedEvent);
    const recordKey = caseFile.recordKey ? String(caseFile.recordKey) : null;
    const history = recordKey ? recordHistoryOf(projected, recordKey) : null;
    const madeAt = history?.madeAt;
    const stateWhenMade = madeAt ? this.stateAt(stream, madeAt.revision - 1) : null;
    const outcome = caseFile.outcome as ObjectionOutcome | null;
    const events = (caseFile.events as unknown as CaseEventEntry[]).map(withArticles);
    const record = history && { ...history, events: history.events.map(withArticles) };
    const { now, today } = queryTime(this.clock.nowMs());
    // The objection as the objections view's evolve folds it, from the same read of the log.
    const objection = replayDoc(objectionsProjection, projected, { collection: OBJECTIONS_COLLECTION, id: objectionId }) as ObjectionDoc | null;
    const steps = objection ? deadlineSteps(objection, this.calendar, now) : { deadlineSteps: [], dueNext: null };
    const disclosure = recordKey ? disclosureAroundDecision(projected, objectionId, recordKey, today) : null;
    return {
      ...caseFile, events, asOf: now, ...steps, disclosure, outcomeLabel: outcome ? OBJECTION_OUTCOME_LABELS[outcome] : null, record,
      subjectStateWhenRecordWasMade: stateWhenMade && { revision: madeAt!.revision - 1, asOf: madeAt!.recordedAt, state: stateWhenMade },
    };
  }

  private stateAt(stream: readonly StoredEvent[], revision: number) {
    return foldStored(this.decider, stream.slice(0, revision + 1));
  }
}
