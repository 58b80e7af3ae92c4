import { InvalidInputError } from '../kernel/domain-error.js';

/** A28: personal information is never published in clear. Defaults from docs/domain.md; configurable. */
export interface MaskingPolicy {
  readonly nameKeep: 'surname';
  readonly idKeepStart: number;
  readonly idKeepEnd: number;
  readonly maskChar: string;
}

export const DEFAULT_MASKING: MaskingPolicy = { nameKeep: 'surname', idKeepStart: 6, idKeepEnd: 4, maskChar: '*' };

/** Common two-character (compound) surnames; any other Han name keeps its first character. */
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒',
  '夏侯', '轩辕', '令狐', '钟离', '闾丘', '端木', '南宫', '西门', '独孤', '司空', '太史', '申屠',
  '澹台', '公冶', '呼延', '赫连', '万俟', '濮阳', '淳于', '百里', '东郭', '南门', '羊舌',
  '微生', '梁丘', '左丘', '东门', '拓跋', '第五', '公羊', '谷梁', '宰父', '段干', '漆雕', '乐正',
]);

/**
 * A28: a person's name → surname + one mask character per remaining character (`张*`, `欧阳**`);
 * a non-Han (e.g. Latin) name keeps its first letter, and spaces stay so the shape reads as a name.
 * At least one character is always masked, so the published form never equals the real name.
 */
export function maskPersonName(name: string, policy: MaskingPolicy = DEFAULT_MASKING): string {
  checkPolicy(policy);
  const chars = Array.from(name.trim()); // code points: rare Han characters lie outside the BMP
  if (chars.length === 0) throw new InvalidInputError('name', 'NAME_EMPTY', 'a name to mask is empty', {}, 'A28');
  const keep = keptPrefixLength(chars);
  const rest = chars.slice(keep).map((ch) => (/\s/.test(ch) ? ch : policy.maskChar)).join('');
  return chars.slice(0, keep).join('') + (rest === '' ? policy.maskChar : rest);
}

function keptPrefixLength(chars: readonly string[]): number {
  // A two-character name such as 欧阳 is surname 欧 + given name 阳, not a bare compound surname.
  const isHan = /\p{Script=Han}/u.test(chars[0]);
  return isHan && chars.length > 2 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1;
}

/** A28: an identity number keeps its first `idKeepStart` and last `idKeepEnd` characters. */
export function maskResidentId(id: string, policy: MaskingPolicy = DEFAULT_MASKING): string {
  checkPolicy(policy);
  const { idKeepStart: start, idKeepEnd: end, maskChar } = policy;
  if (start + end >= id.length) {
    // Never return an identity number in clear, whatever the policy says.
    throw new InvalidInputError('maskingPolicy', 'MASKING_POLICY', `keeping ${start} + ${end} characters would leave nothing masked`, {}, 'A28');
  }
  return id.slice(0, start).toUpperCase() + maskChar.repeat(id.length - start - end) + id.slice(id.length - end).toUpperCase();
}

/** A policy comes from configuration: refuse one that would publish in clear. */
function checkPolicy(policy: MaskingPolicy): void {
  const { idKeepStart: start, idKeepEnd: end, maskChar } = policy;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0) {
    throw new InvalidInputError('maskingPolicy', 'MASKING_POLICY', 'idKeepStart and idKeepEnd must be whole numbers ≥ 0', {}, 'A28');
  }
  if (Array.from(maskChar).length !== 1 || /\s/.test(maskChar)) {
    throw new InvalidInputError('maskingPolicy', 'MASKING_POLICY', 'maskChar must be one visible character', {}, 'A28');
  }
}
