/**
 * The subject decider specs' tools: the shipped holiday notices, the decider with a policy,
 * given/when/then with refusals asserted by code, article, details and rule, and `decided(...)` to build a given
 * from commands, so that a spec reads values the decider computed instead of hand-written ones.
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

/** `deciderSpec` plus `thenInvalid(rule)`: a VALIDATION_FAILED refusal asserted by its rule too. */
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

/** The events one decision produces, for asserting on part of them. */
export function decideOn(events: SubjectEvent[], command: SubjectCommand, policy: Partial<SubjectPolicy> = {}) {
  const d = decider(policy);
  return d.decide(command, fold(d, events));
}

/** The registered subject's stream after deciding each command in turn (the given of a spec). */
export function decided(...commands: SubjectCommand[]): SubjectEvent[] {
  return decidedAfter(history(), ...commands);
}

export function decidedAfter(events: SubjectEvent[], ...commands: SubjectCommand[]): SubjectEvent[] {
  return commands.reduce<SubjectEvent[]>((stream, command) => [...stream, ...decideOn(stream, command)], events);
}

export function stateOf(events: SubjectEvent[]) {
  return fold(decider(), events);
}
