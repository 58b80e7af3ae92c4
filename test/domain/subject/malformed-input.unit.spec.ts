import { describe, it, expect } from '@jest/globals';
import type { SubjectCommand } from '../../../domain/subject/commands.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { badValues, expectTypedRefusal, withField } from '../malformed-input.js';
import * as cmd from './fixture-commands.js';
import { decided, decider, spec, stateOf } from './fixtures.js';

const BREACH_FACTS = {
  breachId: 'BR-C', breachClass: 'general' as const, basisDocument: '昆住建〔2026〕3号', decisionDate: '2026-02-20',
  disclosureMonths: 6, summary: 'started work before the permit', subjectMinorOnDecision: false,
};
const AMEND: SubjectCommand = {
  type: 'AmendReviewReport', now: '2026-03-02T10:00:00+08:00', reviewId: 'RV-1', conclusion: 'adverse-record-found',
  findings: ['BR-1'], reason: 'breach recorded after the report', requestedBy: 'center',
};

interface Row {
  readonly given: () => SubjectEvent[];
  readonly valid: SubjectCommand;
  readonly fields: readonly string[];
  /** Fields that may be null (or absent): only a wrong type is refused. */
  readonly nullable?: readonly string[];
}

/** For each command type: a valid command on a stream that accepts it, and its required fields. */
const ROWS: Readonly<Record<string, Row>> = {
  RegisterSubject: { given: () => [], valid: cmd.registerOrganisation(), fields: ['now', 'subject', 'subject.kind', 'subject.uscc', 'subject.name'] },
  'RegisterSubject (person)': {
    given: () => [],
    valid: cmd.registerOrganisation({ subject: { kind: 'person', subjectId: 'P-7f3a9c', identityNumber: '11010519491231002X' } }),
    fields: ['subject.subjectId', 'subject.identityNumber'],
    nullable: ['subject.divisionCode'],
  },
  MakeCommitment: {
    given: () => decided(),
    valid: cmd.makeCommitment(),
    fields: ['commitmentId', 'kind', 'departmentId', 'matter', 'pledges', 'consentToPublication'],
    nullable: ['followUpCheckOn'],
  },
  RecordCommitmentCheck: {
    given: () => decided(cmd.makeCommitment()),
    valid: cmd.checkCommitment({ outcome: 'breached', breach: BREACH_FACTS }),
    fields: ['commitmentId', 'outcome', 'checkedOn', 'departmentId', 'breach', ...Object.keys(BREACH_FACTS).map((f) => `breach.${f}`)],
  },
  RecordBreach: {
    given: () => decided(),
    valid: cmd.recordBreach(),
    fields: ['breachId', 'departmentId', 'breachClass', 'basisDocument', 'decisionDate', 'disclosureMonths', 'summary', 'subjectMinorOnDecision'],
  },
  RequestReview: {
    given: () => decided(),
    valid: cmd.requestReview(),
    fields: ['reviewId', 'requestedBy', 'requestedBy.kind', 'requestedBy.forDepartment', 'requestedBy.forDepartment.departmentId', 'requestedBy.forDepartment.departmentParticipates', 'area', 'matter'],
  },
  IssueReviewReport: { given: () => decided(cmd.requestReview()), valid: cmd.issueReviewReport(), fields: ['reviewId', 'conclusion', 'findings'] },
  AmendReviewReport: {
    given: () => decided(cmd.requestReview(), cmd.issueReviewReport()),
    valid: AMEND,
    fields: ['reviewId', 'conclusion', 'findings', 'reason', 'requestedBy'],
  },
  FileCreditReport: {
    given: () => decided(),
    valid: cmd.fileCreditReport(),
    fields: [
      'reportId', 'agencyId', 'agencyStanding', 'agencyStanding.status', 'agencyStanding.on', 'agencyStanding.filedOn',
      'commissionedBy', 'commissionedBy.kind', 'issuedOn', 'sections', 'summary', 'rating', 'riskNotes',
    ],
  },
  RecordReportUse: {
    given: () => decided(cmd.fileCreditReport()),
    valid: cmd.recordReportUse(),
    fields: ['useId', 'reportKind', 'reportId', 'usedBy', 'usedBy.kind', 'usedBy.id', 'area', 'matter', 'agencyExitedForMisconduct'],
  },
  RecordLoanCheck: {
    given: () => decided(),
    valid: cmd.recordLoanCheck(),
    fields: ['loanCheckId', 'bankId', 'amountFen', 'pbocReferenceChecked', 'agencyExitedForMisconduct'],
    nullable: ['reliesOn'],
  },
  FileObjection: { given: () => decided(cmd.recordBreach()), valid: cmd.fileObjection(), fields: ['objectionId', 'target', 'target.kind', 'target.id', 'reason'] },
  ForwardObjection: { given: () => decided(cmd.recordBreach(), cmd.fileObjection()), valid: cmd.forwardObjection(), fields: ['objectionId', 'toDepartmentId'] },
  DecideObjection: {
    given: () => decided(cmd.recordBreach(), cmd.fileObjection()),
    valid: cmd.decideObjection(),
    fields: ['objectionId', 'decidedBy', 'decidedBy.kind', 'outcome', 'reasons'],
  },
  'DecideObjection (corrected)': {
    given: () => decided(cmd.recordBreach(), cmd.fileObjection()),
    valid: cmd.decideObjection({ outcome: 'corrected', reasons: undefined, correction: { summary: 'late filing' }, revokesRecord: false }),
    fields: ['correction'],
    nullable: ['revokesRecord'],
  },
  ApplyForRepair: {
    given: () => decided(cmd.recordBreach()),
    valid: cmd.applyForRepair(),
    fields: ['repairId', 'breachId', 'proofOfFulfilment', 'repairCommitmentId', 'repairCommitment', 'repairCommitment.matter', 'repairCommitment.pledges', 'repairCommitment.consentToPublication'],
  },
  DecideRepair: { given: () => decided(cmd.recordBreach(), cmd.applyForRepair()), valid: cmd.decideRepair(), fields: ['repairId', 'departmentId', 'outcome'] },
};

/** The decision as a thunk for `expectTypedRefusal`, the table-driven check shared with the agency table (assertions on events use `spec()`). */
const decide = (given: SubjectEvent[], command: SubjectCommand) => decider().decide(command, stateOf(given));

describe('malformed input to every subject command is a typed refusal, never a TypeError (docs/domain.md; issue "Bad input")', () => {
  it.each(Object.entries(ROWS))('%s: the valid command the table starts from is accepted', (_name, row) => {
    expect(decide(row.given(), row.valid).length).toBeGreaterThan(0);
  });

  const cases = Object.entries(ROWS).flatMap(([name, row]) =>
    badValues(row.valid, row.fields, row.nullable ?? []).map(([label, path, value]): [string, string, Row, string, unknown] => [name, label, row, path, value]),
  );

  it.each(cases)('A4–A26: %s with %s is refused with a typed DomainError citing its article', (_name, _label, row, path, value) => {
    expectTypedRefusal(() => decide(row.given(), withField(row.valid, path, value)));
  });

  it('A4: a command that is not an object, or of an unknown type, is invalid input (OBJECT_REQUIRED, COMMAND_TYPE)', () => {
    expect(expectTypedRefusal(() => decide([], null as never)).details.rule).toBe('OBJECT_REQUIRED');
    expect(expectTypedRefusal(() => decide(decided(), { ...cmd.recordBreach(), type: 'DeleteBreach' } as never)).details.rule).toBe('COMMAND_TYPE');
  });

  it('A9: a check recorded breached with breach null is refused with BREACH_DETAILS_REQUIRED; kept with breach null is accepted', () => {
    expect(expectTypedRefusal(() => decide(decided(cmd.makeCommitment()), cmd.checkCommitment({ outcome: 'breached', breach: null as never }))).details.rule).toBe('BREACH_DETAILS_REQUIRED');
    spec().given(decided(cmd.makeCommitment())).when(cmd.checkCommitment({ breach: null as never })).thenEmits([{ type: 'CommitmentCheckRecorded' }]);
  });
});
