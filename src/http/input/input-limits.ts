/**
 * The limits every request body is held to right after JSON parsing, before any DTO sees it
 * (issue 10: deep nesting overflowed class-transformer's recursion, 27,000 unknown keys made a
 * 5.6 MB error answer). Each is far above what a lawful command needs, so a refusal always
 * means a broken or hostile client; each refusal is a 400 naming the JSON path and the rule.
 */
export const INPUT_LIMITS = {
  /** The deepest command body is 3 levels (repair → repairCommitment → pledges); 16 leaves room. */
  maxDepth: 16,
  /** Object keys and array items in the whole body: the largest body (a credit report: 8 sections, ≤ 100 risk notes) has under 150. */
  maxNodes: 1_000,
  /** Characters in any string; the largest DTO field (a credit report section, A16) allows 20,000, every DTO may set less. */
  maxStringLength: 20_000,
  /** Characters in an object key: every DTO key is a short identifier; a long unknown key would only be echoed in the refusal. */
  maxKeyLength: 100,
  /** Problems listed in a validation refusal; the rest are counted (details.moreProblems). */
  maxProblemsListed: 20,
  /** Characters of a refusal's summary message (the problems' own messages are listed in details). */
  maxSummaryLength: 2_000,
} as const;

/** The rule names a refusal carries in `details.rule` (docs/api.md "Input limits"). */
export type InputRule =
  | 'JSON_DEPTH' | 'JSON_NODES' | 'STRING_LENGTH' | 'KEY_LENGTH' | 'FINITE_NUMBER' | 'BODY_OBJECT'
  | 'TEXT_CONTROL_CHARACTER' | 'TEXT_BIDI_OVERRIDE' | 'TEXT_LONE_SURROGATE' | 'TEXT_BLANK' | 'HEADER_PERCENT_ENCODING';

export interface InputProblem {
  readonly field: string;
  readonly rule: InputRule;
  readonly message: string;
}
