/**
 * A13: the 28 departments and units that piloted credit review, as the measure named them in
 * 2017. Names are the measure's own short forms with the city prefix "市" that heads its list;
 * the three vertically managed bodies (海关, 出入境检验检疫局, 人行) keep the text's bare form.
 * Later reforms (2018 merger of the tax bureaus, CIQ into customs …) are recorded as events by
 * an operator, never edited here.
 */
import type { RegisterDepartment } from './commands.js';
import { MEASURE_DOCUMENT, MEASURE_IN_FORCE_FROM } from './rule-terms.js';

export type PilotDepartment = { readonly id: string; readonly nameZh: string; readonly nameEn: string };

export const PILOT_DEPARTMENTS: readonly PilotDepartment[] = [
  { id: 'ks-drc', nameZh: '市发改委', nameEn: 'Development and Reform Commission' },
  { id: 'ks-eitc', nameZh: '市经信委', nameEn: 'Economic and Information Technology Commission' },
  { id: 'ks-edu', nameZh: '市教育局', nameEn: 'Education Bureau' },
  { id: 'ks-sci', nameZh: '市科技局', nameEn: 'Science and Technology Bureau' },
  { id: 'ks-civil', nameZh: '市民政局', nameEn: 'Civil Affairs Bureau' },
  { id: 'ks-justice', nameZh: '市司法局', nameEn: 'Justice Bureau' },
  { id: 'ks-finance', nameZh: '市财政局', nameEn: 'Finance Bureau' },
  { id: 'ks-hrss', nameZh: '市人力资源和社会保障局', nameEn: 'Human Resources and Social Security Bureau' },
  { id: 'ks-housing', nameZh: '市住房和城乡建设局', nameEn: 'Housing and Urban-Rural Development Bureau' },
  { id: 'ks-planning', nameZh: '市规划局', nameEn: 'Planning Bureau' },
  { id: 'ks-transport', nameZh: '市交通运输局', nameEn: 'Transport Bureau' },
  { id: 'ks-water', nameZh: '市水利局', nameEn: 'Water Resources Bureau' },
  { id: 'ks-agri', nameZh: '市农委', nameEn: 'Agriculture Commission' },
  { id: 'ks-commerce', nameZh: '市商务局', nameEn: 'Commerce Bureau' },
  { id: 'ks-culture', nameZh: '市文广新局', nameEn: 'Culture, Radio, Television, Press and Publication Bureau' },
  { id: 'ks-sports', nameZh: '市体育局', nameEn: 'Sports Bureau' },
  { id: 'ks-env', nameZh: '市环保局', nameEn: 'Environmental Protection Bureau' },
  { id: 'ks-tourism', nameZh: '市旅游局', nameEn: 'Tourism Bureau' },
  { id: 'ks-audit', nameZh: '市审计局', nameEn: 'Audit Bureau' },
  { id: 'ks-safety', nameZh: '市安监局', nameEn: 'Work Safety Supervision Bureau' },
  { id: 'ks-market', nameZh: '市市场监督管理局', nameEn: 'Market Supervision Administration' },
  { id: 'ks-price', nameZh: '市物价局', nameEn: 'Price Bureau' },
  { id: 'ks-assets', nameZh: '市国资办', nameEn: 'State-owned Assets Office' },
  { id: 'ks-customs', nameZh: '海关', nameEn: 'Customs' },
  { id: 'ks-ciq', nameZh: '出入境检验检疫局', nameEn: 'Entry-Exit Inspection and Quarantine Bureau' },
  { id: 'ks-pboc', nameZh: '人行', nameEn: "People's Bank of China (Kunshan sub-branch)" },
  { id: 'ks-state-tax', nameZh: '市国税局', nameEn: 'State Taxation Bureau' },
  { id: 'ks-local-tax', nameZh: '市地税局', nameEn: 'Local Taxation Bureau' },
];

/** A13, A31: registers every pilot as taking part in reviews from the measure's date of issue. */
export function pilotDepartmentSeedCommands(now: string): RegisterDepartment[] {
  return PILOT_DEPARTMENTS.map((pilot) => ({
    type: 'RegisterDepartment',
    departmentId: pilot.id,
    now,
    nameZh: pilot.nameZh,
    nameEn: pilot.nameEn,
    kind: 'department',
    pilot: true,
    participatesFrom: MEASURE_IN_FORCE_FROM,
    basisDocument: MEASURE_DOCUMENT,
  }));
}
