import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PACKAGE_ROOT } from '../shared/package-root.js';

/** Where `npm run build:ui` writes the console (ui/build.mjs): index.html and assets/. */
export const CONSOLE_BUILD_DIR = join(PACKAGE_ROOT, 'dist', 'ui');

export interface ConsoleAsset {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function asset(file: string): ConsoleAsset {
  const body = readFileSync(file);
  return { body, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * The built console, read once into memory at start-up: a handful of small files, so every page and
 * asset is answered without touching the disk (first paint under a second on the demo data). Null
 * when the console was not built (a checkout without `npm run build`).
 */
export class ConsoleAssets {
  private constructor(readonly shell: ConsoleAsset, private readonly files: ReadonlyMap<string, ConsoleAsset>) {}

  static load(dir: string = CONSOLE_BUILD_DIR): ConsoleAssets | null {
    const index = join(dir, 'index.html');
    if (!existsSync(index)) return null;
    const assetsDir = join(dir, 'assets');
    const names = existsSync(assetsDir) ? readdirSync(assetsDir) : [];
    return new ConsoleAssets(asset(index), new Map(names.map((name) => [name, asset(join(assetsDir, name))])));
  }

  /** An asset by its file name (no directories: the names are the build's flat, hashed file names). */
  get(name: string): ConsoleAsset | undefined {
    return this.files.get(name);
  }
}
