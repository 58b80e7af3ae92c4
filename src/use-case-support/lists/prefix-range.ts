/** The first code point after `cp`, skipping the surrogate block (no string holds a lone one). */
function nextCodePoint(cp: number): number {
  return cp === 0xd7ff ? 0xe000 : cp + 1;
}

/**
 * The strings that start with `prefix` as one range of an index: `gte prefix`, `lt` the prefix with
 * its last character raised by one. Both view stores compare strings in code-point order (SQLite
 * by UTF-8 bytes, MongoDB's binary order), so unlike `prefix + '\uffff'` this also keeps names whose
 * next character lies beyond U+FFFF (CJK extension B, 𠀀…). `prefix` is non-empty text that passed the
 * input rules (no noncharacters, so never ending in U+10FFFF).
 */
export function prefixRange(prefix: string): { gte: string; lt: string } {
  const chars = Array.from(prefix);
  const last = chars.pop();
  if (last === undefined) throw new RangeError('a prefix range needs at least one character');
  return { gte: prefix, lt: chars.join('') + String.fromCodePoint(nextCodePoint(last.codePointAt(0)!)) };
}
