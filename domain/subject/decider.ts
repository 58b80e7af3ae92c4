/**
 * The credit subject aggregate: one stream per subject (`subject-<id>`) holding its commitments,
 * breaches, reviews, reports, uses, loan checks, objections and repairs. Domain services (the
 * working-day calendar, the configurable policy) are passed in; facts owned by other aggregates
 * arrive inside the commands. The decider never loads anything and never reads a clock.
 */
import type { Decider, StateSchema } from '../kernel/decider.js';
import type { SubjectCommand } from './commands.js';
import { decideSubject, type SubjectDeciderDeps } from './decide/index.js';
import type { SubjectEvent } from './events.js';
import { evolveSubject } from './evolve.js';
import { INITIAL_SUBJECT_STATE, type SubjectState } from './state.js';

export type { SubjectDeciderDeps } from './decide/index.js';
export { DEFAULT_SUBJECT_POLICY, type SubjectPolicy } from './policy.js';

/** The event-store stream of one subject. */
export function subjectStreamName(subjectId: string): string {
  return `subject-${subjectId}`;
}

/**
 * Bump `version` whenever evolveSubject or SubjectState changes: persisted snapshots of another
 * version are ignored (folded again from the log). The policy (deps) plays no part in evolve.
 */
export const SUBJECT_STATE_SCHEMA: StateSchema = { name: 'subject', version: 1 };

export function subjectDecider(deps: SubjectDeciderDeps): Decider<SubjectCommand, SubjectEvent, SubjectState> {
  return {
    initialState: INITIAL_SUBJECT_STATE,
    decide: (command, state) => decideSubject(command, state, deps),
    evolve: evolveSubject,
    stateSchema: SUBJECT_STATE_SCHEMA,
  };
}
