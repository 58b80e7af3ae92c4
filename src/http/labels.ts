import { AREA_LABELS } from '../../domain/department/areas.js';
import type { BreachClass } from '../../domain/rules/disclosure.js';
import type { CommitmentKind, ObjectionOutcome, ReviewConclusion } from '../../domain/subject/values.js';

/** Enum values stay stable English codes; people read them with these Chinese labels (docs/api.md, bilingual). */
export const BREACH_CLASS_LABELS: Readonly<Record<BreachClass, string>> = { minor: '轻微失信', general: '一般失信', serious: '严重失信' };

export const COMMITMENT_KIND_LABELS: Readonly<Record<CommitmentKind, string>> = {
  'approval-replacing': '审批替代型', 'voluntary-public': '主动公示型', 'industry-self-discipline': '行业自律型', repair: '修复型',
};

export const OBJECTION_OUTCOME_LABELS: Readonly<Record<ObjectionOutcome, string>> = { corrected: '更正', rejected: '驳回（维持原记录）', unresolved: '无法核实' };

export const REVIEW_CONCLUSION_LABELS: Readonly<Record<ReviewConclusion, string>> = { 'no-adverse-record': '未发现失信记录', 'adverse-record-found': '发现失信记录' };

export function areaLabel(code: string): string | null {
  return (AREA_LABELS as Record<string, { zh: string }>)[code]?.zh ?? null;
}
