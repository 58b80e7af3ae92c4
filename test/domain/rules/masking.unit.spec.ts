import { describe, it, expect } from '@jest/globals';
import { InvalidInputError } from '../../../domain/kernel/domain-error.js';
import { DEFAULT_MASKING, maskPersonName, maskResidentId, type MaskingPolicy } from '../../../domain/rules/masking.js';

const ruleOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).article).toBe('A28');
    return (e as InvalidInputError).details.rule;
  }
  throw new Error('not refused');
};

describe('masking personal information (A28)', () => {
  it('A28: the default policy keeps the surname, the first 6 and last 4 of an id, and masks with *', () => {
    expect(DEFAULT_MASKING).toEqual({ nameKeep: 'surname', idKeepStart: 6, idKeepEnd: 4, maskChar: '*' });
  });

  describe('maskPersonName', () => {
    it.each([
      ['张三', '张*'],
      ['李小龙', '李**'],
      ['欧阳娜娜', '欧阳**'],
      ['司马相如', '司马**'],
      ['诸葛亮', '诸葛*'],
      ['上官婉儿', '上官**'],
      ['欧阳', '欧*'], // two characters: surname 欧, given name 阳
      ['  王五 ', '王*'],
    ])('A28: %p is published as %p', (name, masked) => {
      expect(maskPersonName(name)).toBe(masked);
    });

    it('A28: a single-character name still has one mask character, so it is never shown in clear', () => {
      expect(maskPersonName('张')).toBe('张*');
      expect(maskPersonName('J')).toBe('J*');
    });

    it('A28: a Latin name keeps its first letter; spaces stay', () => {
      expect(maskPersonName('John Smith')).toBe('J*** *****');
      expect(maskPersonName('Zoë')).toBe('Z**');
    });

    it('A28: a character outside the BMP counts as one character', () => {
      expect(maskPersonName('𠀋一二')).toBe('𠀋**');
      expect(maskPersonName('王𠀋')).toBe('王*');
    });

    it('A28: a custom policy changes the mask character', () => {
      const policy: MaskingPolicy = { ...DEFAULT_MASKING, maskChar: '○' };
      expect(maskPersonName('欧阳娜娜', policy)).toBe('欧阳○○');
    });

    it('A28: an empty name is refused', () => {
      expect(ruleOf(() => maskPersonName('  '))).toBe('NAME_EMPTY');
    });

    it.each(['', '**', ' '])('A28: a mask character %p is refused', (maskChar) => {
      expect(ruleOf(() => maskPersonName('张三', { ...DEFAULT_MASKING, maskChar }))).toBe('MASKING_POLICY');
    });
  });

  describe('maskResidentId', () => {
    it('A28: 320583199001011234 is published as 320583********1234', () => {
      expect(maskResidentId('320583199001011234')).toBe('320583********1234');
    });

    it('A28: a trailing x is shown upper-case', () => {
      expect(maskResidentId('11010519491231002x')).toBe('110105********002X');
    });

    it('A28: a custom policy keeps other lengths and masks with another character', () => {
      const policy: MaskingPolicy = { ...DEFAULT_MASKING, idKeepStart: 3, idKeepEnd: 2, maskChar: '#' };
      expect(maskResidentId('320583199001011234', policy)).toBe('320#############34');
      expect(maskResidentId('320583199001011234', { ...DEFAULT_MASKING, idKeepStart: 0, idKeepEnd: 0 })).toBe('*'.repeat(18));
    });

    it('A28: a policy that would leave nothing masked is refused', () => {
      expect(ruleOf(() => maskResidentId('320583199001011234', { ...DEFAULT_MASKING, idKeepStart: 10, idKeepEnd: 8 }))).toBe('MASKING_POLICY');
      expect(ruleOf(() => maskResidentId('320583199001011234', { ...DEFAULT_MASKING, idKeepStart: -1 }))).toBe('MASKING_POLICY');
      expect(ruleOf(() => maskResidentId('320583199001011234', { ...DEFAULT_MASKING, idKeepEnd: 1.5 }))).toBe('MASKING_POLICY');
    });
  });
});
