/** Test helper: the shipped holiday JSON files, read straight from disk (domain/ itself cannot read files). */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../domain/rules/calendar/data');

export function shippedJson(): unknown[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as unknown);
}
