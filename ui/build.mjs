// Builds the web console into dist/ui: one bundled script and one style sheet with content-hashed
// names, and index.html pointing at them. Run by `npm run build` (so `npm start` and `npm test` always
// serve a fresh console) and by `npm ci` (prepare). esbuild only bundles; `npm run typecheck` checks types.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const final = join(root, 'dist', 'ui');
// Built beside, then swapped in: a service or test reading dist/ui never sees half a console.
const out = `${final}.building-${process.pid}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'assets'), { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { app: 'ui/src/main.tsx', style: 'ui/styles/app.css' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: 'linked',
  outdir: join(out, 'assets'),
  entryNames: '[name]-[hash]',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  metafile: true,
  logLevel: 'warning',
});

/** The output file built from an entry point, by its extension. */
function outputOf(entry, extension) {
  const found = Object.entries(result.metafile.outputs).find(([file, output]) => output.entryPoint === entry && file.endsWith(extension));
  if (!found) throw new Error(`esbuild wrote no ${extension} for ${entry}`);
  return basename(found[0]);
}

const html = readFileSync(join(root, 'ui', 'index.html'), 'utf8')
  .replace('%APP_JS%', outputOf('ui/src/main.tsx', '.js'))
  .replace('%APP_CSS%', outputOf('ui/styles/app.css', '.css'));
writeFileSync(join(out, 'index.html'), html);
rmSync(final, { recursive: true, force: true });
renameSync(out, final);
const bytes = Object.entries(result.metafile.outputs).filter(([file]) => !file.endsWith('.map')).map(([file, output]) => `${relative(root, file).replace(`ui.building-${process.pid}`, 'ui')} ${(output.bytes / 1024).toFixed(1)} KiB`);
console.error(`ui: built ${bytes.join(', ')}`);
