import { AGENCY_STATUSES_ON_DATE, type AgencyStanding } from '../../agency/standing.js';
import { REPORT_AREAS, REVIEW_AREAS } from '../../department/areas.js';
import { InvalidInputError } from '../../kernel/domain-error.js';
import { requireSchemeDate } from '../../rules/business-dates.js';
import { parseRating, type RatingGrade } from '../../rules/rating.js';
import { shanghaiDateOf } from '../../rules/time.js';
import { oneYearValidity } from '../../rules/validity.js';
import type { FileCreditReport, RecordReportUse } from '../commands.js';
import {
  ReportAgencyExitedError,
  ReportAgencyNotFiledError,
  ReportAgencySuspendedError,
  ReportIssuedInFutureError,
} from '../errors.js';
import type { CreditReportFiled, ReportUsed } from '../events.js';
import type { SubjectPolicy } from '../policy.js';
import type { SubjectState } from '../state.js';
import type { ReportCommissioner, ReportSections, ReportUser } from '../values.js';
import { requireDate, requireOneOf, requireText } from '../../rules/input-checks.js';
import { requireBoolean, requireNewId, requireObject, requireTextList } from './guards.js';
import { reportRefusal } from './report-standing.js';

/** A16: the named sections; each may be absent (null) but no other name is accepted. */
const SECTION_NAMES = [
  'basicInformation', 'businessInformation', 'financialData', 'bankCreditRecords',
  'contractPerformance', 'publicCreditSupervision', 'judicialCredit', 'otherInformation',
] as const satisfies readonly (keyof ReportSections)[];

/** A15, A16, A19, A20, A26. */
export function fileCreditReport(command: FileCreditReport, state: SubjectState, policy: SubjectPolicy): readonly [CreditReportFiled] {
  const reportId = requireNewId(state.creditReports, command.reportId, 'credit report', 'reportId', 'A15');
  const agencyId = requireText('agencyId', command.agencyId, 'A15');
  // A31: no report is issued under the measure before it took effect (a `0000-01-01` is refused here).
  const issuedOn = requireSchemeDate(requireDate('issuedOn', command.issuedOn, 'A19'), 'issuedOn', 'A19');
  const today = shanghaiDateOf(command.now);
  if (issuedOn > today) throw new ReportIssuedInFutureError(issuedOn, today); // A19 counts from a real issue date
  requireStandingOnIssueDate(command.agencyStanding, agencyId, issuedOn);
  const { grade, modifier } = requireRating('rating', command.rating, policy);
  const { validThrough, expiresAt } = oneYearValidity(issuedOn); // A19
  return [{
    type: 'CreditReportFiled',
    data: {
      reportId,
      agencyId,
      commissionedBy: commissioner(command.commissionedBy),
      issuedOn,
      sections: sections(command.sections),
      summary: requireText('summary', command.summary, 'A16'),
      rating: { grade, modifier },
      riskNotes: requireTextList('riskNotes', command.riskNotes, 'A16'),
      validThrough,
      expiresAt,
      filedAt: command.now,
    },
  }];
}

/** A16: a rating on the scale of docs/domain.md, stored as grade and modifier (also used for corrections). */
export function requireRating(field: string, value: unknown, policy: SubjectPolicy): { readonly grade: RatingGrade; readonly modifier: '+' | '-' | null } {
  // RATING_SCALE, RATING_MODIFIER, RATING_GRADE_D_NOT_ALLOWED (A16)
  const { grade, modifier } = parseRating(requireText(field, value, 'A16'), field, { allowGradeD: policy.allowRatingGradeD !== false });
  return { grade, modifier };
}

/**
 * A20: filed and in force on the issue date; A26: not suspended, not out of the market. The
 * standing must be the one computed for the issue date; its dates are checked too, so that a
 * status that disagrees with them (in force, yet exited by then) is not taken at its word.
 */
function requireStandingOnIssueDate(given: AgencyStanding, agencyId: string, issuedOn: string): void {
  const standing = requireObject('agencyStanding', given, 'A20');
  const status = requireOneOf('agencyStanding.status', standing.status, AGENCY_STATUSES_ON_DATE, 'A20');
  const on = requireDate('agencyStanding.on', standing.on, 'A20');
  if (on !== issuedOn) {
    throw new InvalidInputError('agencyStanding.on', 'STANDING_DATE_MISMATCH', `the standing given is for ${on}, not the issue date ${issuedOn}`, { on, issuedOn }, 'A20');
  }
  if (standing.agencyId !== null && standing.agencyId !== agencyId) {
    throw new InvalidInputError('agencyStanding.agencyId', 'AGENCY_MISMATCH', `the standing given is of ${String(standing.agencyId)}, not ${agencyId}`, {}, 'A20');
  }
  const filedOn = standing.filedOn === null || standing.filedOn === undefined ? null : requireDate('agencyStanding.filedOn', standing.filedOn, 'A20');
  const exitedOn = standing.exitedOn === null || standing.exitedOn === undefined ? null : requireDate('agencyStanding.exitedOn', standing.exitedOn, 'A26');
  if (status === 'not-filed' || filedOn === null || filedOn > issuedOn) throw new ReportAgencyNotFiledError(agencyId, issuedOn);
  if (status === 'exited' || (exitedOn !== null && exitedOn <= issuedOn)) throw new ReportAgencyExitedError(agencyId, issuedOn); // A26
  if (status === 'suspended') throw new ReportAgencySuspendedError(agencyId, issuedOn);
}

function commissioner(commissionedBy: ReportCommissioner): ReportCommissioner {
  if (commissionedBy?.kind === 'subject') return { kind: 'subject' };
  if (commissionedBy?.kind === 'department') return { kind: 'department', departmentId: requireText('commissionedBy.departmentId', commissionedBy.departmentId, 'A15') };
  throw new InvalidInputError('commissionedBy.kind', 'ONE_OF', 'a report is commissioned by the subject or a department', {}, 'A15');
}

/** A16: an object of sections (may be empty); a missing section is stored as null. */
function sections(given: Partial<ReportSections>): ReportSections {
  const input: Record<string, unknown> = { ...requireObject('sections', given, 'A16') };
  const unknown = Object.keys(input).filter((name) => !(SECTION_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new InvalidInputError('sections', 'REPORT_SECTION', `${unknown.join(', ')} is not a report section`, { allowed: SECTION_NAMES }, 'A16');
  }
  const value = (name: keyof ReportSections): string | null => {
    const text = input[name];
    return text === undefined || text === null ? null : requireText(`sections.${name}`, text, 'A16');
  };
  return {
    basicInformation: value('basicInformation'),
    businessInformation: value('businessInformation'),
    financialData: value('financialData'),
    bankCreditRecords: value('bankCreditRecords'),
    contractPerformance: value('contractPerformance'),
    publicCreditSupervision: value('publicCreditSupervision'),
    judicialCredit: value('judicialCredit'),
    otherInformation: value('otherInformation'),
  };
}

/** A17 (credit report areas) / A12 (review report areas), A19: only while valid; A25/A29: who used it. */
export function recordReportUse(command: RecordReportUse, state: SubjectState, policy: SubjectPolicy): readonly [ReportUsed] {
  const useId = requireNewId(state.reportUses, command.useId, 'report use', 'useId', 'A25');
  const reportKind = requireOneOf('reportKind', command.reportKind, ['credit-report', 'review-report'] as const, 'A19');
  const reportId = requireText('reportId', command.reportId, 'A19');
  // A26: always stated by the caller (false for a review report, which has no agency).
  const flagged = requireBoolean('agencyExitedForMisconduct', command.agencyExitedForMisconduct, 'A26');
  const area = reportKind === 'credit-report' ? requireOneOf('area', command.area, REPORT_AREAS, 'A17') : requireOneOf('area', command.area, REVIEW_AREAS, 'A12');
  const misconduct = reportKind === 'credit-report' && flagged;
  const refusal = reportRefusal(state, { kind: reportKind, reportId }, command.now, policy, misconduct);
  if (refusal !== null) throw refusal;
  return [{
    type: 'ReportUsed',
    data: { useId, reportKind, reportId, usedBy: user(command.usedBy), area, matter: requireText('matter', command.matter, 'A25'), agencyExitedForMisconduct: misconduct, usedAt: command.now },
  }];
}

function user(given: ReportUser): ReportUser {
  const usedBy = requireObject('usedBy', given, 'A25');
  const kind = requireOneOf('usedBy.kind', usedBy.kind, ['department', 'bank', 'organisation'] as const, 'A29');
  return { kind, id: requireText('usedBy.id', usedBy.id, 'A25') };
}
