/** Kunshan-style names for demo organisations and persons (invented; any likeness is chance). */
import type { Prng } from './prng.js';

const PLACES = ['', '', '', '周市', '陆家', '花桥', '张浦', '千灯', '淀山湖', '巴城', '周庄', '锦溪'];
const CORES = [
  '华盛', '鼎力', '宏远', '昌达', '恒通', '富士达', '金鹰', '泰和', '嘉宝', '瑞丰', '中联', '永新', '长城', '联众', '德鑫',
  '振华', '精诚', '天顺', '汇通', '益佳', '博远', '新纪元', '三友', '华兴', '东方', '顺昌', '大成', '宝利', '正泰', '鸿海',
];
const TRADES = [
  '精密机械', '电子科技', '光电科技', '新材料', '模具', '物流', '建设工程', '食品', '纺织', '环保科技', '智能装备', '医疗器械',
  '汽车零部件', '塑胶制品', '五金制品', '印刷包装', '化工', '软件', '贸易', '餐饮管理',
];
const FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司'];

/** A distinct organisation name for every index. */
export function organisationName(rng: Prng, used: Set<string>): string {
  for (;;) {
    const name = `昆山${rng.pick(PLACES)}${rng.pick(CORES)}${rng.pick(TRADES)}${rng.pick(FORMS)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '朱', '马', '胡', '顾', '沈', '陆', '钱', '蒋'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '强', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞', '平', '刚', '桂英', '建华', '志强', '晓燕', '文博', '子涵'];

export function personName(rng: Prng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.4) ? rng.pick(GIVEN) : '');
}

export function legalRepresentative(rng: Prng): string {
  return personName(rng);
}
