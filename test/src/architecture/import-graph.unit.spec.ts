import { describe, it, expect } from '@jest/globals';
import { REPO_ROOT } from '../../support/child-process.js';
import { cyclesOf, importGraphOf, relativeSpecifiers, type ImportGraph } from '../../support/import-graph.js';

/**
 * No import cycles in the code that ships: a cycle makes two files one (neither is read, tested or
 * moved without the other) and, in ESM, can hand a module an export before it is initialised.
 * Type-only imports count too: they tie the files together for a reader just the same.
 */
describe('import graph of src/, domain/ and projections/', () => {
  it('has no import cycle', () => {
    const graph = importGraphOf(REPO_ROOT, ['src', 'domain', 'projections']);
    expect(graph.size).toBeGreaterThan(300);
    expect(cyclesOf(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});

describe('the cycle checker', () => {
  const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it('finds a cycle through three files and names it in order', () => {
    const graph = graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts', 'd.ts'], 'd.ts': [] });
    expect(cyclesOf(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('finds a file that imports itself, and each separate cycle once', () => {
    const graph = graphOf({ 'self.ts': ['self.ts'], 'x.ts': ['y.ts'], 'y.ts': ['x.ts'], 'z.ts': ['x.ts'] });
    expect(cyclesOf(graph)).toEqual([['self.ts', 'self.ts'], ['x.ts', 'y.ts', 'x.ts']]);
  });

  it('passes a graph without a cycle (a diamond is not one)', () => {
    expect(cyclesOf(graphOf({ 'top.ts': ['left.ts', 'right.ts'], 'left.ts': ['base.ts'], 'right.ts': ['base.ts'], 'base.ts': [] }))).toEqual([]);
  });

  it('reads static imports and re-exports, type-only ones included, and relative specifiers only', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      'import {',
      '  c,',
      "} from './c.js';",
      "export { d } from './d.js';",
      "export * from './e.js';",
      "import './side-effect.js';",
      "import { Injectable } from '@nestjs/common';",
      "const lazy = () => import('./dynamic.js');",
    ].join('\n');
    expect(relativeSpecifiers(source)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js', './side-effect.js']);
  });
});
