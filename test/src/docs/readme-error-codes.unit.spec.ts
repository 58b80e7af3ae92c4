import { describe, it, expect } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { PACKAGE_ROOT } from '../../../src/shared/package-root.js';

/**
 * The documents must not promise what the code does not do: every error code the README and
 * docs/*.md name (in backticks) exists in the code, and every relative link leads to a file (and a
 * heading) that exists inside the repository. docs/events.md is generated and checked by
 * events-doc.int.spec.ts.
 */

/** The documents a reader is sent to. */
function documents(): string[] {
  const docs = readdirSync(join(PACKAGE_ROOT, 'docs')).filter((name) => name.endsWith('.md') && name !== 'events.md').sort();
  return ['README.md', 'bench/README.md', ...docs.map((name) => `docs/${name}`)];
}

/** Where the codes must live: the sources of the service, not its tests. */
const SOURCE_DIRS = ['domain', 'src', 'projections'];

/**
 * UPPER_SNAKE names in backticks that are not API error codes and need not appear word for word in
 * the sources: variables of the test harness (test/soak/soak.ts, test/e2e/fuzz-openapi.e2e.spec.ts),
 * SQLite result codes that src/shared/storage-fault.ts matches by pattern (/^SQLITE_(…|CANTOPEN|
 * READONLY)/, /^SQLITE_(BUSY|LOCKED)/), and the Emmett peer's SQLITE_MISUSE in the benchmark report.
 * (Environment variables such as DATA_DIR appear in src/config as literals and need no entry.)
 */
const NOT_IN_SOURCES = new Set(['SOAK_KILLS', 'SOAK_CLIENTS', 'FUZZ_SEED', 'SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_LOCKED', 'SQLITE_MISUSE']);

/** `SOME_CODE`: upper case, digits and at least one underscore, alone in backticks. */
const CODE_IN_BACKTICKS = /`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g;

function read(path: string): string {
  return readFileSync(join(PACKAGE_ROOT, path), 'utf8');
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(PACKAGE_ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|mts|mjs|js)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * The text of a source file without its comments (strings and template literals kept), so a code
 * that only a comment mentions does not count. A regular expression literal holding a quote may
 * confuse this small scanner; it then keeps too much, never too little, of what follows.
 */
function withoutComments(text: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote !== null) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === quote) quote = null;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else {
      if (ch === "'" || ch === '"' || ch === '`') quote = ch;
      out += ch;
    }
  }
  return out;
}

/** Every identifier-like word of the sources outside comments: identifiers and the words in string literals. */
function sourceWords(): Set<string> {
  const words = new Set<string>();
  for (const file of SOURCE_DIRS.flatMap(sourceFiles))
    for (const word of withoutComments(read(file)).match(/[A-Za-z0-9_]+/g) ?? []) words.add(word);
  return words;
}

/** The text outside fenced code blocks. */
function prose(markdown: string): string {
  return markdown.split(/^```.*$/m).filter((_, i) => i % 2 === 0).join('\n');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2… */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = heading!.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/**
 * The codes the service answers with in the error body's `code`: a DomainError's first argument
 * (`super('CODE'`), errorBody's code (`errorBody(403, 'CODE'`), a status/code pair (`[431, 'CODE'`)
 * and a typed `code: 'A' | 'B'`. Rule names (details.rule: `PURPOSE_REQUIRED`, `BEFORE_MEASURE`…)
 * are not among them.
 */
function answeredCodes(): Set<string> {
  const codes = new Set<string>();
  // …and an error class's own `readonly code = 'CODE'` (the view store's INVALID_VIEW_QUERY).
  const patterns = [/super\(\s*'([A-Z][A-Z0-9_]+)'/g, /errorBody\(\s*\d{3}\s*,\s*'([A-Z][A-Z0-9_]+)'/g, /\[\s*\d{3}\s*,\s*'([A-Z][A-Z0-9_]+)'/g, /\breadonly code = '([A-Z][A-Z0-9_]+)'/g];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = withoutComments(read(file));
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) codes.add(match[1]!);
    for (const match of text.matchAll(/\bcode\??:\s*((?:'[A-Z][A-Z0-9_]+'\s*\|?\s*)+)/g))
      for (const code of match[1]!.matchAll(/'([A-Z0-9_]+)'/g)) codes.add(code[1]!);
  }
  return codes;
}

/** `422 \`CODE\``: a status, then a code in backticks — the docs' way of saying what the error body's code is. */
const STATUS_THEN_CODE = /\b([45]\d\d)\s+`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g;

describe('the README and docs/*.md match the code', () => {
  it('a code the docs give after an HTTP status (400 `X`) is a code the service answers with, not a rule name in details.rule', () => {
    const codes = answeredCodes();
    expect(codes.has('VALIDATION_FAILED') && codes.has('STORAGE_UNAVAILABLE') && codes.has('FORBIDDEN')).toBe(true); // the extraction still works
    expect(codes.has('PURPOSE_REQUIRED')).toBe(false); // a rule (VALIDATION_FAILED, details.rule), as the issue found the README claiming
    const wrong: string[] = [];
    for (const doc of documents())
      for (const [, status, code] of prose(read(doc)).matchAll(STATUS_THEN_CODE)) if (!codes.has(code!)) wrong.push(`${doc}: ${status} ${code}`);
    expect(wrong).toEqual([]);
  });

  it('every error code they name in backticks exists in domain/, src/ or projections/', () => {
    const words = sourceWords();
    const missing: string[] = [];
    let named = 0;
    for (const doc of documents()) {
      const codes = new Set([...read(doc).matchAll(CODE_IN_BACKTICKS)].map((match) => match[1]!));
      named += codes.size;
      for (const code of codes) if (!NOT_IN_SOURCES.has(code) && !words.has(code)) missing.push(`${doc}: ${code}`);
    }
    expect(named).toBeGreaterThan(50); // the extraction still finds the codes (VALIDATION_FAILED, STORAGE_UNAVAILABLE…)
    expect(missing).toEqual([]);
  });

  it('every relative link points at a file inside the repository, and its #anchor at a heading there', () => {
    const broken: string[] = [];
    let links = 0;
    for (const doc of documents()) {
      for (const [, target] of prose(read(doc)).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target!)) continue; // https:, mailto: …
        links++;
        const [path, anchor] = target!.split('#', 2) as [string, string | undefined];
        const file = path === '' ? join(PACKAGE_ROOT, doc) : resolve(PACKAGE_ROOT, dirname(doc), decodeURI(path));
        const inside = relative(PACKAGE_ROOT, file);
        if (inside.startsWith('..') || inside.startsWith(sep)) broken.push(`${doc}: ${target} leaves the repository`);
        else if (!existsSync(file)) broken.push(`${doc}: ${target} — no such file`);
        else if (anchor !== undefined && statSync(file).isFile() && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor)))
          broken.push(`${doc}: ${target} — no such heading in ${inside}`);
      }
    }
    expect(links).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});
