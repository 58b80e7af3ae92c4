import { describe, it, expect, beforeAll } from '@jest/globals';
import { fold, foldFrom } from '../../../domain/kernel/decider.js';
import type { SubjectEvent } from '../../../domain/subject/events.js';
import type { SubjectState } from '../../../domain/subject/state.js';
import { deepFreeze, textOf } from '../kernel/deep.js';
import { longSubjectStream } from './long-stream.js';
import { subject } from './random-streams.js';

const created = (events: readonly SubjectEvent[], type: SubjectEvent['type']) => events.filter((event) => event.type === type).length;

describe('a subject stream of 10,000 events, folded by the kernel fold (linear: each map copied at most once per fold)', () => {
  let events: SubjectEvent[];
  let state: SubjectState;

  beforeAll(() => {
    events = longSubjectStream(10_000);
    state = fold(subject, events);
  });

  it('holds every record the events made, by id and in the order made', () => {
    expect(events).toHaveLength(10_000);
    expect(Object.keys(state.commitments)).toHaveLength(created(events, 'CommitmentMade'));
    expect(Object.keys(state.breaches)).toHaveLength(created(events, 'BreachRecorded'));
    expect(Object.keys(state.creditReports)).toHaveLength(created(events, 'CreditReportFiled'));
    expect(Object.keys(state.reportUses)).toHaveLength(created(events, 'ReportUsed'));
    expect(Object.keys(state.loanChecks)).toHaveLength(created(events, 'LoanCheckRecorded'));
    expect(Object.keys(state.objections)).toHaveLength(created(events, 'ObjectionFiled'));
    expect(Object.keys(state.breaches).slice(0, 3)).toEqual(['BR-0', 'BR-1', 'BR-2']);
    expect(state.commitments['CM-1000']).toMatchObject({ commitmentId: 'CM-1000', check: { outcome: 'kept' }, earlierChecks: [] });
  });

  it('A14: the review report keeps every amendment cause, one per later breach while it was valid, in stream order', () => {
    const causes = events.flatMap((event) => (event.type === 'ReviewReportAmendmentFlagged' ? [event.data.causeId] : []));
    expect(causes.length).toBeGreaterThan(1000);
    expect(state.reviews['RV-1']!.report!.amendmentCauses.map((cause) => cause.causeId)).toEqual(causes);
  });

  it('SH-SCR art. 38: every objection decided "unresolved" is on its breach\'s annotations, the rejected ones are not', () => {
    expect(state.annotations['breach:BR-1']!.unresolvedObjectionIds).toEqual(['OB-1']);
    expect(state.annotations['breach:BR-2']).toBeUndefined();
    expect(state.objections['OB-2']!.decision).toMatchObject({ outcome: 'rejected' });
  });

  it('folding on from the state after the first half gives the same state, and leaves that state as it was (a cached state)', () => {
    const half = deepFreeze(fold(subject, events.slice(0, 5000)));
    const before = textOf(half);
    expect(textOf(foldFrom(subject, half, events.slice(5000)))).toBe(textOf(state));
    expect(textOf(half)).toBe(before);
  });
});
