import { INPUT_LIMITS, type InputProblem } from './input-limits.js';
import { textProblem } from './text-rules.js';

type Container = Record<string, unknown> | unknown[];

interface Frame {
  readonly holder: Container;
  readonly key: string | number;
  readonly path: string;
  readonly depth: number;
}

/** A path as the validation refusals name fields: `target.kind`, `riskNotes[3]`; the whole value is `root`. */
const child = (path: string, key: string | number): string => {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = key.length > 40 ? `${key.slice(0, 40)}…` : key; // a refusal stays small whatever the key
  return path === '' ? name : `${path}.${name}`;
};

const problem = (path: string, root: string, rule: InputProblem['rule'], message: string): InputProblem => ({ field: path || root, rule, message });

/** NFC in place; defineProperty so an own `__proto__` key stays a plain property. */
function normalise(holder: Container, key: string | number, text: string): void {
  const nfc = text.normalize('NFC');
  if (nfc !== text) Object.defineProperty(holder, key, { value: nfc, writable: true, enumerable: true, configurable: true });
}

/**
 * Walks parsed JSON without recursion (a 2000-deep body must not overflow the stack) in document
 * order and returns the first limit or text rule it breaks (input-limits.ts, text-rules.ts);
 * accepted strings are normalised to NFC in place, so every DTO validates the normalised text.
 */
export function inspectJson(value: unknown, root = 'body'): InputProblem | undefined {
  const box = { value };
  const stack: Frame[] = [{ holder: box as unknown as Container, key: 'value', path: '', depth: 0 }];
  let nodes = 0;
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { holder, key, path, depth } = frame;
    const item = (holder as Record<string | number, unknown>)[key];
    if (typeof item === 'string') {
      if (item.length > INPUT_LIMITS.maxStringLength) return problem(path, root, 'STRING_LENGTH', `must be at most ${INPUT_LIMITS.maxStringLength} characters`);
      const text = textProblem(item);
      if (text) return problem(path, root, text.rule, text.message);
      normalise(holder, key, item);
    } else if (typeof item === 'number') {
      if (!Number.isFinite(item)) return problem(path, root, 'FINITE_NUMBER', 'must be a finite number (a literal such as 1e309 is out of range)');
    } else if (item !== null && typeof item === 'object') {
      if (depth + 1 > INPUT_LIMITS.maxDepth) return problem(path, root, 'JSON_DEPTH', `must not nest objects and arrays more than ${INPUT_LIMITS.maxDepth} deep`);
      // Counted before the children are listed, so a 100,000-item array costs nothing more than its length.
      nodes += Array.isArray(item) ? item.length : Object.keys(item).length;
      if (nodes > INPUT_LIMITS.maxNodes) return problem(path, root, 'JSON_NODES', `the ${root} must hold at most ${INPUT_LIMITS.maxNodes} keys and array items in all`);
      const keys: (string | number)[] = Array.isArray(item) ? Array.from(item.keys()) : Object.keys(item);
      for (const name of keys) {
        if (typeof name !== 'string') continue;
        if (name.length > INPUT_LIMITS.maxKeyLength) return problem(child(path, name), root, 'KEY_LENGTH', `a key must be at most ${INPUT_LIMITS.maxKeyLength} characters`);
        const text = textProblem(name);
        if (text) return problem(path || root, root, text.rule, `a key ${text.message}`);
      }
      for (let i = keys.length - 1; i >= 0; i -= 1) stack.push({ holder: item as Container, key: keys[i]!, path: child(path, keys[i]!), depth: depth + 1 });
    }
  }
  return undefined;
}
