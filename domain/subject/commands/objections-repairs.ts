/** Objections (SH-SCR arts. 36–38, docs/domain.md) and credit repair (NDRC 令第36号). */
import type { CommandContext } from '../../kernel/event.js';
import type { CommitmentTerms } from './records.js';
import type { Correction, ObjectionDecider, ObjectionOutcome, RecordTarget, RepairOutcome } from '../values.js';

export interface FileObjection extends CommandContext {
  readonly type: 'FileObjection';
  readonly objectionId: string;
  readonly target: RecordTarget;
  readonly reason: string;
}

export interface ForwardObjection extends CommandContext {
  readonly type: 'ForwardObjection';
  readonly objectionId: string;
  readonly toDepartmentId: string;
  /** Successors of the department that recorded a breach or commitment check, when it was merged or renamed. */
  readonly recordingDepartmentSuccessors?: readonly string[];
}

export interface DecideObjection extends CommandContext {
  readonly type: 'DecideObjection';
  readonly objectionId: string;
  readonly decidedBy: ObjectionDecider;
  readonly outcome: ObjectionOutcome;
  /** Required for rejected and unresolved. */
  readonly reasons?: string;
  /** For corrected: field → new value, only fields correctable for the record's kind (may be empty when the record is revoked). */
  readonly correction?: Correction;
  readonly revokesRecord?: boolean;
}

export interface ApplyForRepair extends CommandContext {
  readonly type: 'ApplyForRepair';
  readonly repairId: string;
  readonly breachId: string;
  readonly proofOfFulfilment: string;
  readonly repairCommitmentId: string;
  /** The repair commitment, made to the department that recorded the breach. */
  readonly repairCommitment: CommitmentTerms;
}

export interface DecideRepair extends CommandContext {
  readonly type: 'DecideRepair';
  readonly repairId: string;
  readonly departmentId: string;
  readonly outcome: RepairOutcome;
  /** Required when refused. */
  readonly reasons?: string;
  /** Successors of the recording department (merger, renaming), looked up by the application layer. */
  readonly recordingDepartmentSuccessors?: readonly string[];
}
