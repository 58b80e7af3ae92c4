/** Examples and descriptions of the auditor's routes for the OpenAPI document (/docs). */
export const SUBJECT = '91320583722291823U';
export const ID_PARAM = { name: 'id', description: 'subject id: USCC or pseudonymous id / 主体标识', example: SUBJECT };
export const ID_RULE = 'id: SUBJECT_ID';
export const NOT_REGISTERED = 'SUBJECT_NOT_REGISTERED: no events for this subject / 主体不存在';

export const ENTRY_EXAMPLE = {
  revision: 0, position: 41, eventId: '0195f3a2-0000-7000-8000-00000000000a', type: 'SubjectRegistered', schemaVersion: 1, articles: ['A4', 'A28', 'GB 32100-2015', 'GB 11643-1999'],
  data: { subjectId: SUBJECT, kind: 'organisation', uscc: SUBJECT, name: '昆山示例精密机械有限公司', registeredAt: '2026-01-05T09:00:00.000+08:00' },
  who: { kind: 'department', id: 'officer-7', department: 'ks-drc' }, when: '2026-01-05T09:00:00.120+08:00',
  why: { command: 'RegisterSubject', commandId: '0195f3a2-0000-7000-8000-00000000000b', correlationId: '0195f3a2-0000-7000-8000-00000000000b', causationId: null },
};
export const VERIFY_EXAMPLE = { ok: true, checkedEvents: 12, checkedStreams: 1, firstBroken: null };

const BREACH = {
  id: '0195f3a0-0000-7000-8000-000000000001',
  record: {
    breachId: '0195f3a0-0000-7000-8000-000000000001', departmentId: 'ks-market', breachClass: 'general', basisDocument: '昆市监罚〔2026〕12号',
    decisionDate: '2026-02-27', disclosureMonths: 6, disclosedThrough: '2026-08-27', repairPossibleFrom: '2026-05-27', commitmentId: null,
    summary: '未履行承诺', subjectMinorOnDecision: false, recordedAt: '2026-03-02T10:00:00.000+08:00', pendingRepairId: null, repairedAt: null, repairedBy: null,
  },
};
const EMPTY = { count: 0, items: [], nextCursor: null };
const META = { subjectId: SUBJECT, asOf: null, revision: 3, position: 130, recordedAt: '2026-03-02T10:00:00.000+08:00' };
const CURSOR = 'WzMsImJyZWFjaGVzIiwxXQ';

export const STATE_EXAMPLE = {
  ...META,
  state: {
    registration: ENTRY_EXAMPLE.data,
    commitments: EMPTY, breaches: { count: 2, items: [BREACH], nextCursor: CURSOR }, reviews: EMPTY, creditReports: EMPTY, reportUses: EMPTY,
    loanChecks: EMPTY, objections: EMPTY, annotations: EMPTY, repairs: EMPTY,
  },
};
export const SECTION_EXAMPLE = { ...META, section: 'breaches', count: 2, items: [BREACH], nextCursor: CURSOR };

export const STATE_DESCRIPTION =
  'The subject as it stood at an instant (asOf) or revision, the latest without either: the stream folded up to it (from the state cache or the newest snapshot ' +
  'before it, checked against the log). Bounded whatever the stream\'s length (records ≤ 512 KiB per answer): without `section`, the registration and, ' +
  'for each section (commitments, breaches, reviews, creditReports, reportUses, loanChecks, objections, annotations, repairs), its count and first `limit` ' +
  'records (default 20, at most 100) as {id, record}; with `section`, one page of that section (limit default 100, at most 1000). Records come in the order ' +
  'they were made. `nextCursor` pins the revision: follow it with ?cursor= (alone, or with its section) to page through the same state ' +
  '/ 时间回溯：按时刻或版本回放主体状态；分节分页返回，游标固定版本';
