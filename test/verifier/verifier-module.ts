import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/child-process.js';

/** The file an auditor runs: plain node, no tsx, no repository import. */
export const VERIFIER = join(REPO_ROOT, 'verifier', 'verify-ledger.mjs');

export interface VerifierResult {
  readonly ok: boolean;
  readonly lines: readonly string[];
  readonly reason: string;
  readonly firstBad: { stream: string; revision: number; leafIndex: number | null } | null;
}

/** What the tests use of the verifier's exports (the .mjs has no type declarations). */
export interface VerifierModule {
  canonicalJson(value: unknown): string;
  verifyBundle(bundle: unknown, keys: readonly unknown[], givenHead?: unknown): VerifierResult;
  parseKeys(text: string): readonly unknown[];
  leafHash(bytes: Buffer): Buffer;
  verifyInclusion(leafIndex: number, treeSize: number, leafHash: Buffer, proof: readonly string[], rootHash: string): boolean;
  verifyConsistency(firstSize: number, secondSize: number, firstRoot: string, secondRoot: string, proof: readonly string[]): boolean;
}

export async function loadVerifier(): Promise<VerifierModule> {
  const specifier = '../../verifier/verify-ledger.mjs'; // a variable: the .mjs is loaded as it is, untyped
  return (await import(specifier)) as VerifierModule;
}

export interface VerifierRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node verifier/verify-ledger.mjs <args>` (or a copy of it, `script`, run in `cwd`) as a real child process, without jest's NODE_OPTIONS. */
export function runVerifier(args: readonly string[], script = VERIFIER, cwd = REPO_ROOT): Promise<VerifierRun> {
  const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}
