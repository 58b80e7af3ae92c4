import { departmentDecider } from '../../domain/department/decider.js';
import { DEPARTMENT_EVENT_CATALOGUE } from '../../domain/department/events.js';
import { successorOf, type DepartmentState } from '../../domain/department/state.js';
import type { ProjectionDefinition, ViewDoc } from '../kernel/projection.js';
import { asDepartmentEvent } from '../shared/events.js';
import type { DepartmentRegistryDoc } from './department-registry.doc.js';

export const DEPARTMENTS_COLLECTION = 'departments';

/**
 * The department registry (A13, A24, A25): `/departments` pages it by id, and a department's usage
 * finds its predecessors by `successorId` — no request folds every department's stream.
 */
export const departmentRegistryProjection: ProjectionDefinition = {
  name: 'department-registry',
  version: 1,
  handles: DEPARTMENT_EVENT_CATALOGUE.map((spec) => spec.type),
  collections: [{ name: DEPARTMENTS_COLLECTION, indexes: ['successorId'] }],
  keysFor: (event) => [{ collection: DEPARTMENTS_COLLECTION, id: String(event.data.departmentId) }],
  evolve: (doc, event) => {
    const current = doc as DepartmentRegistryDoc | null;
    if (current !== null && event.position <= current.appliedThrough) return current;
    const state = departmentDecider.evolve(stateOf(current), asDepartmentEvent(event));
    return state.status === 'registered' ? asDoc(state, event.position) : null;
  },
};

function stateOf(doc: DepartmentRegistryDoc | null): DepartmentState {
  if (doc === null) return departmentDecider.initialState;
  const { successorId: _successor, appliedThrough: _applied, ...state } = doc;
  return state;
}

function asDoc(state: Extract<DepartmentState, { status: 'registered' }>, position: number): ViewDoc {
  const doc: DepartmentRegistryDoc = { ...state, successorId: state.succession === null ? null : successorOf(state.succession), appliedThrough: position };
  return doc;
}
