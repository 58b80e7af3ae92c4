const MAX_CODE_POINT = 0x10ffff;

/** The first code point after `cp`, skipping the surrogate block (no string holds a lone one). */
function nextCodePoint(cp: number): number {
  return cp === 0xd7ff ? 0xe000 : cp + 1;
}

/**
 * The strings that start with `prefix` as one range of an index: `gte prefix`, `lt` the prefix with
 * its last character raised by one. Both view stores compare strings in code-point order (SQLite
 * by UTF-8 bytes, MongoDB's binary order), so unlike `prefix + '\uffff'` this also keeps names whose
 * next character lies beyond U+FFFF (CJK extension B, 𠀀…). A last U+10FFFF cannot be raised: the
 * character before it is (the input rules refuse that noncharacter anyway).
 */
export function prefixRange(prefix: string): { gte: string; lt: string } {
  const chars = Array.from(prefix);
  while (chars.length > 0 && chars[chars.length - 1]!.codePointAt(0) === MAX_CODE_POINT) chars.pop();
  const last = chars.pop();
  if (last === undefined) throw new RangeError('a prefix range needs a character below U+10FFFF');
  return { gte: prefix, lt: chars.join('') + String.fromCodePoint(nextCodePoint(last.codePointAt(0)!)) };
}
