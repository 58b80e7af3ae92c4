// The dependency rule of the design, enforced: domain/ is pure law, projections/ see only domain/.
import tseslint from 'typescript-eslint';

const drivers = ['@nestjs/*', 'better-sqlite3', 'mongodb', '@eventstore/*', '@kurrent/*', 'express', 'class-validator', 'class-transformer', 'rxjs', 'node:*', 'fs', 'crypto', 'path'];

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
        patterns: [
          { group: drivers, message: 'domain/ is pure: no framework, driver or I/O import.' },
          { group: ['**/src/**', '**/projections/**', '../src/*', '../projections/*'], message: 'domain/ imports nothing outside domain/.' },
        ],
      }],
      'no-restricted-syntax': ['error',
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
        patterns: [
          { group: drivers, message: 'projections/ are pure read-model definitions: no framework or driver.' },
          { group: ['**/src/**', '../src/*', '../../src/*'], message: 'projections/ import only domain/.' },
        ],
      }],
    },
  },
);
