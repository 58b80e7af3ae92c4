/**
 * The subject decider specs' tools: the shipped holiday notices, the decider with a policy,
 * `spec(policy?)` (the one way to assert a decision: given/when/then, thenEmits for part of the events, refusals by
 * code, article, details and rule), and `decided(...)` / `decidedAfter(...)` to BUILD a given from commands, so that
 * a spec reads values the decider computed instead of hand-written ones. Builders never assert.
 */
import { expect } from '@jest/globals';
import { fold } from '../../../domain/kernel/decider.js';
import type { DomainError } from '../../../domain/kernel/domain-error.js';
import { WorkingDayCalendar } from '../../../domain/rules/calendar/working-day-calendar.js';
import { subjectDecider, DEFAULT_SUBJECT_POLICY, type SubjectPolicy } from '../../../domain/subject/decider.js';
import type { SubjectCommand } from '../../../domain/subject/commands.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import { loadHolidayTables, SHIPPED_HOLIDAY_DIR } from '../../../src/calendar/holiday-files.js';
import { deciderSpec } from '../../support/decider-spec.js';
import { history } from './fixture-events.js';

export * from './fixture-events.js';

export const calendar = WorkingDayCalendar.fromTables(loadHolidayTables([SHIPPED_HOLIDAY_DIR]));

export function decider(policy: Partial<SubjectPolicy> = {}) {
  return subjectDecider({ calendar, policy: { ...DEFAULT_SUBJECT_POLICY, ...policy } });
}

/** `deciderSpec` with the subject decider under `policy`, plus `thenInvalid(rule)`: a VALIDATION_FAILED refusal asserted by its rule too. */
export function spec(policy: Partial<SubjectPolicy> = {}) {
  const base = deciderSpec(decider(policy));
  return {
    given(events: SubjectEvent[]) {
      return {
        when(command: SubjectCommand) {
          return {
            ...base.given(events).when(command),
            thenInvalid(rule: string): DomainError {
              const error = base.given(events).when(command).thenRefuses();
              expect({ code: error.code, rule: error.details.rule }).toEqual({ code: 'VALIDATION_FAILED', rule });
              return error;
            },
          };
        },
      };
    },
  };
}

/** The events one decision adds to `events` (a builder step: assert with `spec()`, not with this). */
function decisionOn(events: SubjectEvent[], command: SubjectCommand): readonly SubjectEvent[] {
  const d = decider();
  return d.decide(command, fold(d, events));
}

/** The registered subject's stream after deciding each command in turn (the given of a spec). */
export function decided(...commands: SubjectCommand[]): SubjectEvent[] {
  return decidedAfter(history(), ...commands);
}

/** `events` followed by what deciding each command in turn adds (a given built on another given). */
export function decidedAfter(events: SubjectEvent[], ...commands: SubjectCommand[]): SubjectEvent[] {
  return commands.reduce<SubjectEvent[]>((stream, command) => [...stream, ...decisionOn(stream, command)], events);
}

export function stateOf(events: SubjectEvent[]) {
  return fold(decider(), events);
}
