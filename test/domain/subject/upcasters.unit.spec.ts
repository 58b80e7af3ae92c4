import { describe, it, expect } from '@jest/globals';
import { SUBJECT_EVENT_CATALOGUE } from '../../../domain/subject/events.js';
import { SUBJECT_UPCASTERS } from '../../../domain/subject/upcasters.js';

/** The upcaster of `type` from v1, applied to data exactly as the log holds it (parsed from its stored JSON text). */
function readV1(type: string, storedJson: string) {
  const step = SUBJECT_UPCASTERS.find((u) => u.type === type && u.fromVersion === 1);
  if (!step) throw new Error(`no upcaster for ${type} v1`);
  const stored = JSON.parse(storedJson);
  const frozen = JSON.stringify(stored);
  const upcast = step.upcast(stored);
  expect(JSON.stringify(stored)).toBe(frozen); // pure: the stored data is never changed
  return upcast;
}

/** The catalogue's current fields of `type`: an upcast event carries exactly these. */
const fieldsOf = (type: string) => Object.keys(SUBJECT_EVENT_CATALOGUE.find((s) => s.type === type)?.fields ?? {}).sort();

describe('subject upcasters: an old stored shape is read in the current one (the log is never rewritten)', () => {
  describe('ReviewRequested v1 → v2', () => {
    const V1_BY_DEPARTMENT =
      '{"reviewId":"RV-1","requestedBy":{"kind":"department","departmentId":"DEP-FINANCE"},"area":"fiscal-funds-policy-loans","matter":"technology subsidy 2026",' +
      '"receivedAt":"2026-02-02T09:00:00+08:00","dueAt":"2026-02-09T23:59:59.999+08:00","dueDate":"2026-02-09","provisional":false}';
    const V1_BY_SUBJECT = V1_BY_DEPARTMENT.replace('{"kind":"department","departmentId":"DEP-FINANCE"}', '{"kind":"subject"}');

    it("A10, A13: a department's request stored without forDepartmentId is for that department", () => {
      const v2 = readV1('ReviewRequested', V1_BY_DEPARTMENT);
      expect(v2).toEqual({ ...JSON.parse(V1_BY_DEPARTMENT), forDepartmentId: 'DEP-FINANCE' });
      expect(Object.keys(v2).sort()).toEqual(fieldsOf('ReviewRequested'));
    });

    it("A13: a subject's request stored before naming a department was required is for none (null)", () => {
      expect(readV1('ReviewRequested', V1_BY_SUBJECT)).toEqual({ ...JSON.parse(V1_BY_SUBJECT), forDepartmentId: null });
    });

    it('A13: a v1 event that already carries forDepartmentId keeps what it stored', () => {
      const named = V1_BY_SUBJECT.replace('"provisional":false}', '"provisional":false,"forDepartmentId":"DEP-SCIENCE"}');
      expect(readV1('ReviewRequested', named)).toEqual(JSON.parse(named));
    });
  });

  describe('LoanCheckRecorded v1 → v2', () => {
    const V1 =
      '{"loanCheckId":"LC-1","bankId":"BANK-1","amountFen":500000000,"pbocReferenceChecked":true,"reliesOn":{"kind":"credit-report","reportId":"CR-1"},' +
      '"thresholdFen":1000000000,"dualReportRequired":false,"checkedAt":"2026-02-20T10:00:00+08:00"}';

    it('A26: a check stored before the misconduct flag existed is read as not flagged', () => {
      const v2 = readV1('LoanCheckRecorded', V1);
      expect(v2).toEqual({ ...JSON.parse(V1), agencyExitedForMisconduct: false });
      expect(Object.keys(v2).sort()).toEqual(fieldsOf('LoanCheckRecorded'));
    });

    it('A26: a v1 event that already carries the flag keeps it', () => {
      const flagged = V1.replace('"dualReportRequired"', '"agencyExitedForMisconduct":true,"dualReportRequired"');
      expect(readV1('LoanCheckRecorded', flagged)).toMatchObject({ agencyExitedForMisconduct: true });
    });
  });

  describe('RecordCorrected v1 → v2', () => {
    // The first stored shape: no recomputed disclosure, no linked breach, no provisional mark.
    const V1_FIRST =
      '{"objectionId":"OB-1","target":{"kind":"breach","id":"BR-1"},"correction":{"disclosureMonths":3},"revokesRecord":false,' +
      '"correctedAt":"2026-02-27T10:00:00+08:00","disclosureEndsBy":null}';
    // The second: `recomputed` added, still at v1.
    const V1_RECOMPUTED = V1_FIRST.replace('"revokesRecord"', '"recomputed":{"disclosedThrough":"2026-04-15","repairPossibleFrom":"2026-04-16"},"revokesRecord"');
    // The third: all fields, still at v1.
    const V1_FULL =
      '{"objectionId":"OB-2","target":{"kind":"commitment-check","id":"CM-1"},"correction":{"outcome":"kept"},"recomputed":null,"revokesRecord":false,' +
      '"correctedAt":"2026-03-05T10:00:00+08:00","disclosureEndsBy":"2026-03-10","revokesLinkedBreachId":"BR-9","provisional":true}';

    it('A9, A8: the first shape is read with no recomputed disclosure, no linked breach revoked and no provisional mark', () => {
      const v2 = readV1('RecordCorrected', V1_FIRST);
      expect(v2).toEqual({ ...JSON.parse(V1_FIRST), recomputed: null, revokesLinkedBreachId: null, provisional: false });
      expect(Object.keys(v2).sort()).toEqual(fieldsOf('RecordCorrected'));
    });

    it('A9: a v1 event with its recomputed disclosure keeps it; the later fields are filled', () => {
      expect(readV1('RecordCorrected', V1_RECOMPUTED)).toEqual({
        ...JSON.parse(V1_RECOMPUTED), recomputed: { disclosedThrough: '2026-04-15', repairPossibleFrom: '2026-04-16' }, revokesLinkedBreachId: null, provisional: false,
      });
    });

    it('A8, A9: a v1 event already in the full shape is read unchanged', () => {
      expect(readV1('RecordCorrected', V1_FULL)).toEqual(JSON.parse(V1_FULL));
    });
  });

  it('the stored v1 schema and the fields an upcaster fills make the current shape exactly', () => {
    for (const step of SUBJECT_UPCASTERS) expect([...step.storedFields, ...Object.keys(step.reads)].sort()).toEqual(fieldsOf(step.type));
  });

  it('every upcaster names, for each field it fills, how it is read and why (shown in docs/events.md)', () => {
    for (const step of SUBJECT_UPCASTERS) {
      const spec = SUBJECT_EVENT_CATALOGUE.find((s) => s.type === step.type);
      expect(spec?.schemaVersion).toBeGreaterThan(step.fromVersion);
      expect(Object.keys(step.reads).length).toBeGreaterThan(0);
      for (const field of Object.keys(step.reads)) expect(Object.keys(spec?.fields ?? {})).toContain(field);
    }
  });
});
