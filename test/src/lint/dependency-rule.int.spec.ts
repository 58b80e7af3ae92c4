import { describe, it, expect } from '@jest/globals';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../../support/child-process.js';

/** The design's dependency rule is enforced by the project's own ESLint config: prove it bites. */
describe('dependency rule (eslint no-restricted-imports)', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const problems = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` }))[0]!.messages.map((m) => m.ruleId);

  it.each([
    ["import { Injectable } from '@nestjs/common';", 'domain/subject/x.ts'],
    ["import Database from 'better-sqlite3';", 'domain/rules/x.ts'],
    ["import { createHash } from 'node:crypto';", 'domain/rules/x.ts'],
    ["import { EVENT_STORE } from '../../src/event-store/event-store.port.js';", 'domain/subject/x.ts'],
    ["import { ALL_PROJECTIONS } from '../../projections/index.js';", 'domain/subject/x.ts'],
    ["import { EVENT_STORE } from '../../src/event-store/event-store.port.js';", 'projections/status/x.ts'],
    ["import { MongoClient } from 'mongodb';", 'projections/status/x.ts'],
    ["import { execSync } from 'child_process';", 'domain/rules/x.ts'],
    ["import os from 'os';", 'domain/rules/x.ts'],
    ["import { tempDir } from '../../test/support/temp-dir.js';", 'domain/subject/x.ts'],
    ["import { x } from '../../bench/run.js';", 'domain/subject/x.ts'],
    ["import { DateTime } from 'luxon';", 'projections/status/x.ts'],
    ["import { tempDir } from '../../test/support/temp-dir.js';", 'projections/status/x.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(await problems(`${code}\nexport const x = 1;\n`, file)).toContain('no-restricted-imports');
  });

  it.each([
    ['const t = new Date();', 'domain/rules/x.ts'],
    ['const t = Date.now();', 'domain/rules/x.ts'],
    ['const r = Math.random();', 'domain/subject/x.ts'],
  ])('refuses reading the clock or a random source in domain/: %s', async (code, file) => {
    expect(await problems(`${code}\nexport const x = t;\n`.replace('x = t', 'x = 1'), file)).toContain('no-restricted-syntax');
  });

  it.each(['domain/rules/x.ts', 'projections/status/x.ts'])('refuses a dynamic import in %s', async (file) => {
    expect(await problems("export const load = () => import('better-sqlite3');\n", file)).toContain('no-restricted-syntax');
  });

  it('allows domain/ to import luxon and itself, and projections/ to import domain/', async () => {
    expect(await problems("import { DateTime } from 'luxon';\nimport { fold } from '../kernel/decider.js';\nexport const x = [DateTime, fold];\n", 'domain/subject/x.ts')).toEqual([]);
    expect(await problems("import { fold } from '../../domain/kernel/decider.js';\nexport const x = fold;\n", 'projections/status/x.ts')).toEqual([]);
  });
});
