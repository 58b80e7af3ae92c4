/** Fixed data for the agency specs. */
import { expect } from '@jest/globals';
import type { AgencyCommand } from '../../../domain/agency/commands.js';
import { agencyDecider } from '../../../domain/agency/decider.js';
import type { AgencyBreachRecorded, AgencyEvent, AgencyFiled } from '../../../domain/agency/events.js';
import { fold } from '../../../domain/kernel/decider.js';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';

export const AGENCY_ID = 'AG-17';
export const NOW = '2026-03-06T09:30:00+08:00';
export const USCC = '91320583722291823U';

export const filed: AgencyFiled = {
  type: 'AgencyFiled',
  data: {
    agencyId: AGENCY_ID,
    name: '昆山诚信评估有限公司',
    uscc: USCC,
    usccWarnings: [],
    filingAuthority: '昆山市社会信用体系建设领导小组办公室',
    level: 'city',
    filingNumber: 'KS-XY-2020-017',
    filedOn: '2020-05-11',
    recordedAt: '2020-05-11T10:00:00+08:00',
  },
};

export function suspended(from: string, until: string | null): AgencyEvent {
  return { type: 'AgencySuspended', data: { agencyId: AGENCY_ID, from, until, reason: '报告质量抽查不合格', basisDocument: '昆信用办〔2025〕3号' } };
}

export function lifted(on: string): AgencyEvent {
  return { type: 'AgencySuspensionLifted', data: { agencyId: AGENCY_ID, on, basisDocument: '昆信用办〔2025〕9号' } };
}

export function exited(exitedOn: string, reason: 'voluntary' | 'misconduct'): AgencyEvent {
  return { type: 'AgencyExited', data: { agencyId: AGENCY_ID, exitedOn, reason, basisDocument: '昆信用办〔2025〕12号' } };
}

export function staff(staffId: string, change: 'joined' | 'left', on: string): AgencyEvent {
  return { type: 'AgencyStaffRecorded', data: { agencyId: AGENCY_ID, staffId, role: 'analyst', change, on } };
}

export const breach: AgencyBreachRecorded = {
  type: 'AgencyBreachRecorded',
  data: {
    agencyId: AGENCY_ID,
    breachId: 'BR-1',
    breachClass: 'general',
    basisDocument: '昆信用办〔2025〕15号',
    decisionDate: '2025-06-30',
    summary: '出具的信用报告引用过期数据',
    staffId: null,
  },
};

export const fileCommand = {
  type: 'FileAgency',
  agencyId: AGENCY_ID,
  now: '2020-05-11T10:00:00+08:00',
  name: '昆山诚信评估有限公司',
  uscc: USCC,
  filingAuthority: '昆山市社会信用体系建设领导小组办公室',
  level: 'city',
  filingNumber: 'KS-XY-2020-017',
  filedOn: '2020-05-11',
} as const satisfies AgencyCommand;

/** What an input refusal (VALIDATION_FAILED) names: the field, the rule broken and the article cited. */
export type InputRefusal = { readonly field: string; readonly rule: unknown; readonly article: string | undefined };

export function inputRefusal(given: AgencyEvent[], command: AgencyCommand): InputRefusal {
  try {
    agencyDecider.decide(command, fold(agencyDecider, given));
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const { field, details, article } = error as InvalidInputError;
    return { field, rule: details.rule, article };
  }
  throw new Error('expected an input refusal, but the command was accepted');
}

/** A15, A20 "filed or recognised": the same agency, recognised by the city body instead of filed. */
export const recogniseCommand = {
  type: 'RecogniseAgency',
  agencyId: AGENCY_ID,
  now: '2020-05-11T10:00:00+08:00',
  name: '昆山诚信评估有限公司',
  uscc: USCC,
  recognisingAuthority: '苏州市社会信用体系建设领导小组办公室',
  level: 'city',
  recognitionDocument: '苏信办认〔2020〕2号',
  recognisedOn: '2020-05-11',
} as const satisfies AgencyCommand;

export const recognised: AgencyEvent = {
  type: 'AgencyRecognised',
  data: {
    agencyId: AGENCY_ID,
    name: '昆山诚信评估有限公司',
    uscc: USCC,
    usccWarnings: [],
    recognisingAuthority: '苏州市社会信用体系建设领导小组办公室',
    level: 'city',
    recognitionDocument: '苏信办认〔2020〕2号',
    recognisedOn: '2020-05-11',
    recordedAt: '2020-05-11T10:00:00+08:00',
  },
};
