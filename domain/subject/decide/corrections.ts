/**
 * Objections decided "corrected" (SH-SCR arts. 36–38, docs/domain.md): only the correctable fields of
 * the record's kind, each checked by the rules of the command that first recorded it. For a
 * breach, the disclosure the corrected class, period and decision date give is decided here and
 * stored on the event, so that evolve and the views never compute a rule.
 */
import { assertNever } from '../../kernel/decider.js';
import { InvalidInputError } from '../../kernel/domain-error.js';
import type { JsonValue } from '../../kernel/event.js';
import { correctableFieldsOf } from '../correctable-fields.js';
import { CorrectionFieldNotCorrectableError, ObjectionTargetNotFoundError } from '../errors.js';
import { get } from '../evolve/maps.js';
import { breachAsOf, commitmentCheckAsOf } from '../queries.js';
import type { SubjectState } from '../state.js';
import { REVIEW_CONCLUSIONS, type CorrectedValues, type RecomputedDisclosure, type RecordTarget } from '../values.js';
import { disclosureOf, requireBreachClass, requireDisclosurePeriod } from './breaches.js';
import { CHECK_OUTCOMES } from './commitments.js';
import { requireRating } from './credit-reports.js';
import { requireOneOf, requireText } from '../../rules/input-checks.js';
import { requireBoolean, requirePastDate, requireTextList } from './guards.js';
import type { SubjectPolicy } from '../policy.js';

const SOURCE = 'SH-SCR arts. 36–38';

export interface CheckedCorrection {
  readonly correction: CorrectedValues;
  readonly recomputed: RecomputedDisclosure | null;
}

type Given = Readonly<Record<string, unknown>>;

/** Checks a correction of `target` at `now`; refuses a field its kind does not allow, or a value its rule does not. */
export function checkCorrection(state: SubjectState, target: RecordTarget, input: unknown, now: string, policy: SubjectPolicy): CheckedCorrection {
  const given = requireCorrectionObject(input);
  const correctable = correctableFieldsOf(target.kind);
  const refused = Object.keys(given).find((field) => !correctable.includes(field));
  if (refused !== undefined) throw new CorrectionFieldNotCorrectableError(target.kind, refused, correctable);
  switch (target.kind) {
    case 'breach':
      return breachCorrection(state, target.id, given, now);
    case 'review-report':
      return plain(given, {
        conclusion: (v) => requireOneOf('correction.conclusion', v, REVIEW_CONCLUSIONS, 'A10'),
        findings: (v) => requireTextList('correction.findings', v, 'A10'),
      });
    case 'credit-report':
      return plain(given, {
        rating: (v) => requireRating('correction.rating', v, policy), // A16 scale and modifiers
        riskNotes: (v) => requireTextList('correction.riskNotes', v, 'A16'),
        summary: (v) => requireText('correction.summary', v, 'A16'),
      });
    case 'commitment-check':
      return plain(given, { outcome: (v) => checkOutcome(state, target.id, v, now) });
    case 'commitment':
      return plain(given, {
        matter: (v) => requireText('correction.matter', v, 'A6'),
        consentToPublication: (v) => requireBoolean('correction.consentToPublication', v, '国办发〔2019〕35号'),
      });
    case 'repair-decision':
      return plain(given, { reasons: (v) => requireText('correction.reasons', v, 'NDRC 令第36号') });
    case 'loan-check':
    case 'report-use':
      return plain(given, {});
    default:
      return assertNever(target.kind);
  }
}

/** Fields with no derived value: each given field checked by its own rule. */
function plain(given: Given, rules: Readonly<Record<string, (value: unknown) => JsonValue>>): CheckedCorrection {
  const correction: Record<string, JsonValue> = {};
  for (const [field, value] of Object.entries(given)) {
    const rule = rules[field];
    if (rule !== undefined) correction[field] = rule(value);
  }
  return { correction, recomputed: null };
}

/** A9: the corrected values with the breach as it stands now must still keep the class bounds. */
function breachCorrection(state: SubjectState, breachId: string, given: Given, now: string): CheckedCorrection {
  const recorded = get(state.breaches, breachId);
  if (recorded === undefined) throw new ObjectionTargetNotFoundError('breach', breachId);
  const current = breachAsOf(state, recorded, now);
  const has = (field: string): boolean => Object.hasOwn(given, field);
  const breachClass = has('breachClass') ? requireBreachClass('correction.breachClass', given.breachClass) : current.breachClass;
  const months = requireDisclosurePeriod('correction.disclosureMonths', breachClass, has('disclosureMonths') ? given.disclosureMonths : current.disclosureMonths);
  const decisionDate = has('decisionDate') ? requirePastDate('correction.decisionDate', given.decisionDate, now, 'A9') : current.decisionDate;
  const correction: Record<string, JsonValue> = {};
  if (has('breachClass')) correction.breachClass = breachClass;
  if (has('disclosureMonths')) correction.disclosureMonths = months;
  if (has('decisionDate')) correction.decisionDate = decisionDate;
  if (has('basisDocument')) correction.basisDocument = requireText('correction.basisDocument', given.basisDocument, 'A9');
  if (has('summary')) correction.summary = requireText('correction.summary', given.summary, 'A9');
  if (Object.keys(correction).length === 0) return { correction, recomputed: null };
  return { correction, recomputed: disclosureOf(breachClass, decisionDate, months) };
}

/** A8, A9: a check found breached carries its breach information; a correction cannot invent one. */
function checkOutcome(state: SubjectState, commitmentId: string, value: unknown, now: string): JsonValue {
  const outcome = requireOneOf('correction.outcome', value, CHECK_OUTCOMES, 'A8');
  const commitment = get(state.commitments, commitmentId);
  const check = commitment === undefined ? null : commitmentCheckAsOf(state, commitment, now);
  if (outcome === 'breached' && (check === null || check.breachId === null)) {
    throw new InvalidInputError('correction.outcome', 'BREACH_DETAILS_REQUIRED', 'a breach found on objection is recorded as breach information (RecordBreach), not by correcting a kept check', {}, 'A9');
  }
  return outcome;
}

function requireCorrectionObject(value: unknown): Given {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError('correction', 'CORRECTION_OBJECT', 'a correction is an object of field → new value', {}, SOURCE);
  }
  return value as Given;
}
