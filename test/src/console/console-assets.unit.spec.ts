import { describe, it, expect } from '@jest/globals';
import { HttpException } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConsoleAssets } from '../../../src/console/console-assets.js';
import { ConsoleController } from '../../../src/console/console.controller.js';
import { tempDir } from '../../support/temp-dir.js';

describe('ConsoleAssets: the built console read once into memory (issue 12)', () => {
  it('is null when the console was not built, and the pages then answer 503 CONSOLE_NOT_BUILT saying what to run', () => {
    const dir = tempDir();
    try {
      expect(ConsoleAssets.load(dir.path)).toBeNull();
      const controller = new ConsoleController(null);
      let thrown: unknown;
      try {
        controller.page({ headers: {} } as never, {} as never);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(HttpException);
      expect((thrown as HttpException).getStatus()).toBe(503);
      expect((thrown as HttpException).getResponse()).toMatchObject({ code: 'CONSOLE_NOT_BUILT', message: expect.stringContaining('npm run build') });
    } finally {
      dir.remove();
    }
  });

  it('serves index.html and the flat assets folder with their content types and content-derived ETags', () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, 'index.html'), '<!doctype html>');
      mkdirSync(join(dir.path, 'assets'));
      writeFileSync(join(dir.path, 'assets', 'app-X.js'), 'export {}');
      writeFileSync(join(dir.path, 'assets', 'style-Y.css'), 'a{}');
      const assets = ConsoleAssets.load(dir.path)!;
      expect(assets.shell.contentType).toBe('text/html; charset=utf-8');
      expect(assets.get('app-X.js')!.contentType).toBe('text/javascript; charset=utf-8');
      expect(assets.get('style-Y.css')!.contentType).toBe('text/css; charset=utf-8');
      expect(assets.get('app-X.js')!.etag).not.toBe(assets.get('style-Y.css')!.etag);
      expect(assets.get('../index.html')).toBeUndefined();
    } finally {
      dir.remove();
    }
  });
});
