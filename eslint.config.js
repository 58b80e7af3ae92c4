// The dependency rule of the design, enforced: domain/ is pure law, projections/ see only domain/,
// and inside src/ each folder imports only the layers below it (docs/architecture.md, "Which folder may import which").
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Frameworks, drivers and every Node built-in (bare and node:-prefixed): no I/O in the pure layers.
// Exact names go in `paths` (a pattern like 'events' would also match our own events/ folders).
const drivers = ['@nestjs/*', '@eventstore/*', '@kurrent/*', 'node:*'];
const exactNames = ['better-sqlite3', 'mongodb', 'express', 'class-validator', 'class-transformer', 'rxjs', ...builtinModules];
const pathsWith = (message, extra = []) => [...exactNames, ...extra].map((name) => ({ name, message }));
const outside = ['**/src/**', '**/test/**', '**/bench/**', '../src/*', '../test/*', '../bench/*'];
// src/ in layers, lowest first: a folder may import the layers before its own, never one after it.
// Folders in one layer do not import one another either (feature folders above all), except where
// `within` names the order inside the layer. The composition root (src/*.ts) may import anything.
const SRC_LAYERS = [
  { name: 'shared', folders: ['shared'] },
  { name: 'config', folders: ['config'] },
  { name: 'logging', folders: ['logging'] },
  { name: 'stores', folders: ['event-store', 'view-store', 'personal-data'] },
  { name: 'storage', folders: ['storage'] },
  { name: 'projection runner', folders: ['projections'] },
  { name: 'http', folders: ['http'] },
  { name: 'kernel', folders: ['auth', 'commands', 'calendar', 'lifecycle'] },
  { name: 'use-case-support', folders: ['use-case-support'] },
  {
    name: 'feature',
    folders: ['agencies', 'audit', 'breaches', 'commitments', 'console', 'departments', 'ledger', 'health', 'loan-checks', 'objections', 'privacy', 'queries', 'repairs', 'reports', 'reviews', 'subjects'],
  },
  { name: 'tool', folders: ['cli', 'demo', 'docs'] },
];
const SRC_FOLDERS = SRC_LAYERS.flatMap((layer) => layer.folders);

/** One block per folder and directory depth: relative specifiers reach src/ with as many '../' as the file is deep. */
function srcLayerRules() {
  return SRC_LAYERS.flatMap((layer, at) => {
    const below = SRC_LAYERS.slice(0, at).flatMap((l) => l.folders);
    const allowed = below.length === 0 ? 'nothing else in src/ (domain/ and packages only)' : below.join(', ');
    return layer.folders.flatMap((folder) => {
      const forbidden = SRC_FOLDERS.filter((other) => other !== folder && !below.includes(other));
      const message = `src/${folder}/ (${layer.name} layer) imports only ${allowed}` +
        (layer.folders.length > 1 ? `, never another ${layer.name} folder` : '') +
        ' (docs/architecture.md, "Which folder may import which").';
      return [1, 2, 3, 4, 5, 6].map((depth) => {
        const up = '../'.repeat(depth);
        return {
          files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`],
          rules: {
            'no-restricted-imports': ['error', {
              patterns: [{ group: [...forbidden.map((other) => `${up}${other}/**`), `${up}*.js`], message }],
            }],
          },
        };
      });
    });
  });
}

const noDynamicImport = { selector: 'ImportExpression', message: 'no dynamic import in the pure layers: dependencies are static and checked.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pathsWith('domain/ is pure: no framework, driver or I/O import.'),
        patterns: [
          { group: drivers, message: 'domain/ is pure: no framework, driver or I/O import.' },
          { group: [...outside, '**/projections/**', '../projections/*'], message: 'domain/ imports nothing outside domain/.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        noDynamicImport,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ never reads the clock: time comes in as a value.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'domain/ never reads the clock: time comes in as a value.' },
        { selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']", message: 'domain/ never reads the clock: time comes in as a value.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'domain/ never uses a random source: ids come in as values.' },
      ],
    },
  },
  {
    files: ['projections/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: pathsWith('projections/ are pure read-model definitions: no framework, driver or library.', ['luxon']),
        patterns: [
          { group: drivers, message: 'projections/ are pure read-model definitions: no framework, driver or library (date rules come from domain/rules).' },
          { group: [...outside, '../../src/*'], message: 'projections/ import only domain/.' },
        ],
      }],
      'no-restricted-syntax': ['error', noDynamicImport],
    },
  },
  ...srcLayerRules(),
  {
    // The offline verifier runs where only Node is installed: node: built-ins, nothing else (verifier/README.md).
    files: ['verifier/**/*.mjs'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!node:)', message: 'verifier/ imports only node: built-ins: it runs without the repository or any package.' }],
      }],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'verifier/ has no dynamic import: what it runs is what an auditor reads.' }],
    },
  },
);
