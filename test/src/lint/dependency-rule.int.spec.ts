import { describe, it, expect } from '@jest/globals';
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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

  // src/ in layers (docs/architecture.md, "Which folder may import which"): each pair below was a real
  // sideways import or cycle before issue 11.
  it.each([
    ["import { x } from '../../../commitments/commitments.module.js';", 'src/breaches/commands/record-breach/x.ts', 'never another feature folder'],
    ["import { x } from '../breaches/breaches.module.js';", 'src/commitments/x.ts', 'never another feature folder'],
    ["import { x } from '../../reviews/reviews.module.js';", 'src/reports/queries/x.ts', 'never another feature folder'],
    ["import { x } from '../../../reports/reports.module.js';", 'src/reviews/commands/request-review/x.ts', 'never another feature folder'],
    ["import { x } from '../auth/policy.js';", 'src/config/x.ts', 'src/config/ (config layer) imports only shared'],
    ["import { x } from '../auth/policy.js';", 'src/http/x.ts', 'src/http/ (http layer) imports only'],
    ["import { x } from '../cli/stores.js';", 'src/demo/x.ts', 'never another tool folder'],
    ["import { x } from '../config/app-config.js';", 'src/shared/x.ts', 'imports only nothing else in src/'],
    ["import { x } from '../../reports/reports.module.js';", 'src/use-case-support/facts/x.ts', 'src/use-case-support/ (use-case-support layer)'],
    ["import { x } from '../storage/engines.js';", 'src/event-store/x.ts', 'src/event-store/ (stores layer)'],
    ["import { x } from '../commands/loaded-state.js';", 'src/auth/x.ts', 'never another kernel folder'],
    ["import { x } from '../app.module.js';", 'src/commands/x.ts', 'src/commands/ (kernel layer)'],
  ])('refuses %s in %s, naming the allowed direction', async (code, file, direction) => {
    const messages = (await eslint.lintText(`${code}\nexport const y = x;\n`, { filePath: `${REPO_ROOT}/${file}` }))[0]!.messages;
    expect(messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    expect(messages.map((m) => m.message).join('\n')).toContain(direction);
  });

  it.each([
    ["import { x } from '../../../use-case-support/actor-guards.js';", 'src/breaches/commands/record-breach/x.ts'],
    ["import { x } from '../http/error-body.js';", 'src/auth/x.ts'],
    ["import { x } from '../commands/command-executor.js';", 'src/use-case-support/x.ts'],
    ["import { x } from '../calendar/load-calendar.js';", 'src/demo/x.ts'],
    ["import { x } from './commands/make-commitment/make-commitment.handler.js';", 'src/commitments/x.ts'],
    ["import { x } from './breaches/breaches.module.js';", 'src/app.module.ts'],
  ])('allows %s in %s (downward, or inside its own folder)', async (code, file) => {
    expect(await problems(`${code}\nexport const y = x;\n`, file)).toEqual([]);
  });

  it('gives every folder of src/ a place in the layers', async () => {
    const folders = readdirSync(join(REPO_ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const unplaced: string[] = [];
    for (const folder of folders) {
      const config = await eslint.calculateConfigForFile(join(REPO_ROOT, 'src', folder, 'x.ts'));
      if (config.rules?.['no-restricted-imports'] === undefined) unplaced.push(folder);
    }
    expect(unplaced).toEqual([]);
  });

  it('allows domain/ to import luxon and itself, and projections/ to import domain/', async () => {
    expect(await problems("import { DateTime } from 'luxon';\nimport { fold } from '../kernel/decider.js';\nexport const x = [DateTime, fold];\n", 'domain/subject/x.ts')).toEqual([]);
    expect(await problems("import { fold } from '../../domain/kernel/decider.js';\nexport const x = fold;\n", 'projections/status/x.ts')).toEqual([]);
  });
});
