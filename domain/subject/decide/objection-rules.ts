/**
 * Shanghai Social Credit Regulation arts. 36–38 (docs/domain.md): the center decides within 5 working
 * days, or forwards within 2 to the providing department, which then has 5 working days.
 */
import { requireText } from '../../rules/input-checks.js';
import { ObjectionAlreadyDecidedError, ObjectionNotFoundError } from '../errors.js';
import { get } from '../evolve/maps.js';
import type { ObjectionRecord, SubjectState } from '../state.js';

export const SOURCE = 'SH-SCR arts. 36–38';
export const CENTER_WORKING_DAYS = 5;
export const FORWARD_WORKING_DAYS = 2;
export const DEPARTMENT_WORKING_DAYS = 5;
/** docs/domain.md: a revoked decision ends disclosure within 3 working days. */
export const REVOCATION_WORKING_DAYS = 3;

/** An objection that exists and is not decided yet. */
export function openObjection(state: SubjectState, id: unknown): ObjectionRecord {
  const objectionId = requireText('objectionId', id, SOURCE);
  const objection = get(state.objections, objectionId);
  if (objection === undefined) throw new ObjectionNotFoundError(objectionId);
  if (objection.decision !== null) throw new ObjectionAlreadyDecidedError(objectionId, objection.decision.outcome);
  return objection;
}
