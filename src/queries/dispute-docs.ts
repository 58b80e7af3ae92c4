/** The example and description of the dispute case file (`GET /disputes/{oid}`) for the OpenAPI document (/docs). */
const SUBJECT = '91320583722291823U';
const OID = `${SUBJECT}.0195f3a2-7c1e-7b3d-9a41-2c5e8f0d1a6b`;
const BREACH_ID = '0195f3a0-0000-7000-8000-000000000001';
const RECORD_KEY = `${SUBJECT}:breach:${BREACH_ID}`;
const SH_SCR = 'Shanghai Social Credit Regulation arts. 36–38 (docs/domain.md)';
const EVENT = {
  type: 'ObjectionFiled', articles: ['A9', 'A28', SH_SCR], position: 118, revision: 4, recordedAt: '2026-02-24T09:00:00.000+08:00',
  actor: { kind: 'subject', id: SUBJECT, department: null }, summary: { objectionId: OID },
};
const BREACH_EVENT = { ...EVENT, type: 'BreachRecorded', articles: ['A9', 'A28', '国办发〔2025〕22号', 'NDRC 令第36号'], position: 97, revision: 2, recordedAt: '2026-02-10T11:00:00.000+08:00', actor: { kind: 'department', id: 'officer-7', department: 'ks-drc' }, summary: { breachId: BREACH_ID } };
const DISCLOSED = {
  breachId: BREACH_ID, breachClass: 'general', breachClassLabel: '一般失信', departmentId: 'ks-drc', basisDocument: '昆发改罚〔2026〕3号',
  decisionDate: '2026-02-10', disclosedThrough: '2027-02-10', underObjection: true,
};

export const CASE_FILE_EXAMPLE = {
  objectionId: OID, subjectId: SUBJECT, target: { kind: 'breach', id: BREACH_ID }, recordKey: RECORD_KEY, filedAt: '2026-02-24T09:00:00.000+08:00',
  deadlines: { forwardDueAt: '2026-02-26T23:59:59.999+08:00', centerDueAt: '2026-03-03T23:59:59.999+08:00', departmentDueAt: '2026-03-05T23:59:59.999+08:00' },
  forwardedTo: 'ks-drc', outcome: 'corrected', outcomeLabel: '更正', decidedAt: '2026-03-04T16:00:00.000+08:00', late: false, events: [EVENT],
  asOf: '2026-03-06T09:30:00.000+08:00',
  deadlineSteps: [
    { step: 'forward', status: 'met', dueAt: '2026-02-26T23:59:59.999+08:00', workingDaysAllowed: 2, workingDaysLeft: null, metAt: '2026-02-26T10:00:00.000+08:00', late: false },
    { step: 'center-decision', status: 'not-needed', dueAt: '2026-03-03T23:59:59.999+08:00', workingDaysAllowed: 5, workingDaysLeft: null, metAt: null, late: null },
    { step: 'department-decision', status: 'met', dueAt: '2026-03-05T23:59:59.999+08:00', workingDaysAllowed: 5, workingDaysLeft: null, metAt: '2026-03-04T16:00:00.000+08:00', late: false },
  ],
  dueNext: null,
  disclosure: {
    beforeDecision: DISCLOSED, afterDecision: { ...DISCLOSED, disclosedThrough: '2026-08-10', underObjection: false },
    beforeRevision: 5, afterRevision: 7, onDate: '2026-03-04',
  },
  record: {
    recordKey: RECORD_KEY, subjectId: SUBJECT, kind: 'breach', recordId: BREACH_ID,
    madeAt: { type: 'BreachRecorded', position: 97, revision: 2, recordedAt: '2026-02-10T11:00:00.000+08:00' }, objectionIds: [OID], events: [BREACH_EVENT, EVENT],
  },
  subjectStateWhenRecordWasMade: { revision: 1, asOf: '2026-02-10T11:00:00.000+08:00', state: { registered: true, kind: 'organisation' } },
};

export const CASE_FILE_DESCRIPTION =
  'The case file: the objection, its deadlines as instants (`deadlines`), outcome (+ outcomeLabel), its events, the disputed record\'s history and the subject\'s ' +
  'state when the record was made; every event entry names the articles of its type (the event catalogue, docs/events.md). ' +
  '`deadlineSteps`: per step (forward, center-decision, department-decision) {step, status: met | running | waiting | not-needed, dueAt, workingDaysAllowed, ' +
  'workingDaysLeft (while running, as of `asOf`, in working days by A11\'s calendar; negative = overdue), metAt, late}; `dueNext`: {step, dueAt, workingDaysLeft} of ' +
  'the decision deadline in force, null once decided. `disclosure` (a breach only, else null): the public entry of GET /disclosures right before and right after ' +
  'the decision ({beforeDecision, afterDecision, beforeRevision, afterRevision, onDate}; an entry is null when not disclosed; before a decision, beforeDecision is ' +
  'today\'s and afterDecision null) / 异议案卷：期限（工作日）、公示前后';
