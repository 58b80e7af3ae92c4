// The dependency rule of the design, enforced: domain/ is pure law, projections/ see only domain/.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Frameworks, drivers and every Node built-in (bare and node:-prefixed): no I/O in the pure layers.
// Exact names go in `paths` (a pattern like 'events' would also match our own events/ folders).
const drivers = ['@nestjs/*', '@eventstore/*', '@kurrent/*', 'node:*'];
const exactNames = ['better-sqlite3', 'mongodb', 'express', 'class-validator', 'class-transformer', 'rxjs', ...builtinModules];
const pathsWith = (message, extra = []) => [...exactNames, ...extra].map((name) => ({ name, message }));
const outside = ['**/src/**', '**/test/**', '**/bench/**', '../src/*', '../test/*', '../bench/*'];
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
);
