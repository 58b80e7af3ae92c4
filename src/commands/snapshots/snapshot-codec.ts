import { yieldToEventLoop } from '../../shared/yield.js';

/** Entries of one map per part: a few hundred kilobytes of a subject's records, a few milliseconds to write or parse. */
export const PART_ENTRIES = 500;

type PlainObject = Record<string, unknown>;

/** The first part: the top-level keys in order, and every value that is not a non-empty plain object. */
interface HeadPart { readonly keys: string[]; readonly fields: PlainObject }
/** A slice of the entries of one top-level map, in the map's order. */
interface MapPart { readonly map: string; readonly entries: [string, unknown][] }

const isPlainObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/**
 * A state (a plain JSON object whose records sit in maps keyed by id) as JSON parts: a head, then
 * each map's entries PART_ENTRIES at a time, with the event loop served between parts.
 */
export async function encodeState(state: unknown): Promise<string[]> {
  if (!isPlainObject(state)) return [JSON.stringify({ keys: [], fields: { '': state } })];
  const head: HeadPart = { keys: Object.keys(state), fields: {} };
  const maps: [string, PlainObject][] = [];
  for (const key of head.keys) {
    const value = state[key];
    if (isPlainObject(value) && Object.keys(value).length > 0) maps.push([key, value]);
    else setOwn(head.fields, key, value);
  }
  const parts = [JSON.stringify(head)];
  for (const [map, value] of maps) {
    const entries = Object.entries(value);
    for (let start = 0; start < entries.length; start += PART_ENTRIES) {
      await yieldToEventLoop();
      parts.push(JSON.stringify({ map, entries: entries.slice(start, start + PART_ENTRIES) } satisfies MapPart));
    }
  }
  return parts;
}

/** The state back from its parts; throws on anything it did not write (the caller then ignores the snapshot). */
export async function decodeState(parts: readonly string[]): Promise<unknown> {
  const [first, ...rest] = parts;
  if (first === undefined) throw new Error('snapshot has no parts');
  const head = JSON.parse(first) as HeadPart;
  if (!Array.isArray(head.keys) || !isPlainObject(head.fields)) throw new Error('snapshot head is malformed');
  if (head.keys.length === 0 && Object.prototype.hasOwnProperty.call(head.fields, '')) return head.fields[''];
  const maps = new Map<string, PlainObject>();
  for (const text of rest) {
    await yieldToEventLoop();
    const part = JSON.parse(text) as MapPart;
    if (typeof part.map !== 'string' || !Array.isArray(part.entries) || !head.keys.includes(part.map)) throw new Error('snapshot part is malformed');
    const map = maps.get(part.map) ?? {};
    maps.set(part.map, map);
    for (const entry of part.entries) {
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') throw new Error('snapshot entry is malformed');
      setOwn(map, entry[0], entry[1]);
    }
  }
  const state: PlainObject = {};
  for (const key of head.keys) {
    const value = maps.has(key) ? maps.get(key) : head.fields[key];
    if (value === undefined && !Object.prototype.hasOwnProperty.call(head.fields, key)) throw new Error(`snapshot lacks ${key}`);
    setOwn(state, key, value);
  }
  return state;
}

/** An own property even for the key `__proto__`, as in the state that was written. */
function setOwn(target: PlainObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}
