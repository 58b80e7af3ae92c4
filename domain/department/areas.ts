/**
 * Where credit products are used: the A12 review areas and the A17 report areas, each with a
 * stable English code (stored in events: never rename one) and the Chinese wording of the measure.
 */

/** A12 (一)–(五): matters for which a credit review is used. */
export const REVIEW_AREAS = [
  'fiscal-funds-policy-loans',
  'approval-market-access-supervision',
  'commendations-honours-titles',
  'evaluation-qualification-filing-licensing',
  'major-decisions-other',
] as const;
export type ReviewArea = (typeof REVIEW_AREAS)[number];

/** A17 (一)–(四): matters for which a credit report is used. */
export const REPORT_AREAS = [
  'public-resources-fiscal-funds-loans-guarantees',
  'procurement-construction-land-tendering',
  'ratings-titles-soe-transactions',
  'other',
] as const;
export type ReportArea = (typeof REPORT_AREAS)[number];

/** A24: a department's rule names one area from either list. */
export type UsageArea = ReviewArea | ReportArea;
export const USAGE_AREAS: readonly UsageArea[] = [...REVIEW_AREAS, ...REPORT_AREAS];

export function isUsageArea(value: string): value is UsageArea {
  return (USAGE_AREAS as readonly string[]).includes(value);
}

export type AreaLabel = { readonly article: 'A12' | 'A17'; readonly item: number; readonly zh: string };

export const AREA_LABELS: Readonly<Record<UsageArea, AreaLabel>> = {
  'fiscal-funds-policy-loans': { article: 'A12', item: 1, zh: '各类财政资金、政策性贷款等申报活动' },
  'approval-market-access-supervision': { article: 'A12', item: 2, zh: '政府部门行政审批、市场准入、日常监管等活动' },
  'commendations-honours-titles': { article: 'A12', item: 3, zh: '政府部门表彰奖励、荣誉授予、职称评定等评优评先活动' },
  'evaluation-qualification-filing-licensing': { article: 'A12', item: 4, zh: '政府部门绩效评价、资质审查、备案管理、许可管理等资质认定活动' },
  'major-decisions-other': { article: 'A12', item: 5, zh: '进行重大决策等其它需要进行信用审查的行政管理活动' },
  'public-resources-fiscal-funds-loans-guarantees': {
    article: 'A17',
    item: 1,
    zh: '申请政府公共资源分配、财政性资金、政策性贷款、地方政府对外借款或担保所筹集资金等融资项目',
  },
  'procurement-construction-land-tendering': { article: 'A17', item: 2, zh: '参与政府采购的公开招标以及国有资金建设项目和货物招投标、土地招投标' },
  'ratings-titles-soe-transactions': { article: 'A17', item: 3, zh: '行政机关评优评级、评定职称和国有企业产权交易等领域' },
  other: { article: 'A17', item: 4, zh: '其它需要出具信用报告的行政管理领域' },
};
