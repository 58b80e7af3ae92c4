import type { InputRule } from './input-limits.js';

/**
 * Issue 10: text that would be stored for good and served back (on public routes too) must not
 * carry terminal or rendering tricks. Tab, line feed and carriage return are allowed in every text
 * (multi-line fields need them; id-like fields refuse them by their own patterns).
 */
// C0 controls but \t \n \r (NUL and ESC, the start of every ANSI sequence, included), DEL, C1 controls;
// noncharacters (U+FDD0–U+FDEF, U+xxFFFE/F) and tag characters (U+E0000–U+E007F), invisible by design.
const NONCHARACTER_ENDS = Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}-\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('');
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFDD0-\\uFDEF${NONCHARACTER_ENDS}\\u{E0000}-\\u{E007F}]`, 'u');
/**
 * Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the invisible direction
 * marks (LRM U+200E, RLM U+200F, ALM U+061C): they reorder what a reader sees, and Chinese text needs none.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** In a `u` regex a surrogate pair is one code point, so this finds only unpaired halves. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/**
 * White space (incl. U+3000, U+FEFF), invisible format characters (zero-width space/joiners, word
 * joiner, soft hyphen) and characters that render as nothing: Hangul fillers, the braille blank.
 */
const BLANK = /^[\s\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF\u115F\u1160\u3164\uFFA0\u2800]+$/u;

export interface TextProblem {
  readonly rule: InputRule;
  readonly message: string;
}

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

function found(pattern: RegExp, text: string): { ch: string; index: number } | undefined {
  const match = pattern.exec(text);
  return match ? { ch: match[0], index: match.index } : undefined;
}

/** The first rule `text` breaks, or undefined; never echoes the text itself. */
export function textProblem(text: string): TextProblem | undefined {
  const control = found(CONTROL, text);
  if (control) return { rule: 'TEXT_CONTROL_CHARACTER', message: `must not contain control characters (${codePoint(control.ch)} at index ${control.index}; only tab and line breaks are allowed)` };
  const bidi = found(BIDI, text);
  if (bidi) return { rule: 'TEXT_BIDI_OVERRIDE', message: `must not contain bidirectional override, embedding or isolate characters (${codePoint(bidi.ch)} at index ${bidi.index})` };
  const surrogate = found(LONE_SURROGATE, text);
  if (surrogate) return { rule: 'TEXT_LONE_SURROGATE', message: `must be well-formed Unicode (lone surrogate ${codePoint(surrogate.ch)} at index ${surrogate.index})` };
  if (text.length > 0 && BLANK.test(text)) return { rule: 'TEXT_BLANK', message: 'must not consist only of white space or invisible characters' };
  return undefined;
}
