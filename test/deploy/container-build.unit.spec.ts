import { describe, it, expect } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/child-process.js';

// No Docker engine here: these files are read as Docker would read them, never run (README, "Production").
// js-yaml is in node_modules through ESLint; it parses the compose file as YAML 1.2, like Compose.
const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const read = (file: string): string => readFileSync(join(REPO_ROOT, file), 'utf8');

interface Service {
  image?: string; build?: unknown; command?: unknown; restart?: string; ports?: string[]; expose?: string[]; volumes?: string[];
  environment?: Record<string, string>; healthcheck?: { test: string[] }; depends_on?: Record<string, { condition: string }>;
}
const compose = load(read('docker-compose.yml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { app, proxy, mongo, eventstore } = compose.services as Record<'app' | 'proxy' | 'mongo' | 'eventstore', Service>;

/** The Dockerfile's instructions (continuation lines joined), grouped by stage. */
function stages(): Array<{ from: string; lines: string[] }> {
  const lines = read('Dockerfile').replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
  const result: Array<{ from: string; lines: string[] }> = [];
  for (const line of lines) {
    if (line.startsWith('FROM ')) result.push({ from: line, lines: [] });
    else result.at(-1)?.lines.push(line);
  }
  return result;
}

describe('the container build (issue 14, item 8)', () => {
  it('Dockerfile: a build stage with dev dependencies (npm ci, npm run build) and a runtime stage with production dependencies only', () => {
    const [build, runtime, ...more] = stages();
    expect(more).toEqual([]);
    expect(build!.from).toMatch(/ AS build$/);
    expect(build!.lines.join('\n')).toMatch(/RUN npm ci .*\n(.*\n)*RUN npm run build .*npm prune --omit=dev/);
    expect(runtime!.from).toMatch(/-slim AS runtime$/);
    expect(runtime!.lines.filter((line) => /^RUN .*npm (ci|install)/.test(line))).toEqual([]);
    expect(runtime!.lines).toContain('COPY --from=build /app/node_modules ./node_modules');
    // The shipped holiday tables are read at run time beside the package root (src/calendar/holiday-files.ts).
    expect(runtime!.lines).toContain('COPY --from=build /app/domain/rules/calendar/data ./domain/rules/calendar/data');
  });

  it('Dockerfile: runs as a non-root user, node itself as PID 1 (exec form: SIGTERM reaches the service), healthy on /health/ready', () => {
    const runtime = stages()[1]!.lines;
    expect(runtime).toContain('USER node');
    expect(runtime.at(-1)).toBe('CMD ["node", "dist/src/main.js"]');
    expect(runtime).toContain('STOPSIGNAL SIGTERM');
    expect(runtime.find((line) => line.startsWith('HEALTHCHECK'))).toContain('/health/ready');
  });

  it('.dockerignore keeps the host\'s node_modules (another platform\'s native module), builds and data out of the context', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    for (const entry of ['node_modules', '**/node_modules', 'dist', 'data', '.git']) expect(ignored).toContain(entry);
    // What the build needs stays in: the build reads these.
    for (const needed of ['src', 'domain', 'projections', 'ui', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json']) expect(ignored).not.toContain(needed);
  });

  it('compose: the app is built from the Dockerfile, restarts unless stopped, is healthy on /health/ready, starts after healthy servers', () => {
    expect(app.build).toBe('.');
    expect(app.command).toBeUndefined();
    expect(app.restart).toBe('unless-stopped');
    expect(app.healthcheck!.test.join(' ')).toContain('/health/ready');
    expect(app.depends_on).toEqual({ eventstore: { condition: 'service_healthy' }, mongo: { condition: 'service_healthy' } });
    expect(eventstore.healthcheck).toBeDefined();
    expect([eventstore.restart, mongo.restart]).toEqual(['unless-stopped', 'unless-stopped']);
    expect(mongo.healthcheck!.test.join(' ')).toContain('rs.initiate');
    // Never the repository bind-mounted and installed into at start (the old `npm ci && npm start` as root).
    expect(app.volumes).toEqual(['ledger-data:/data']);
    expect(app.environment).toMatchObject({ DATA_DIR: '/data', EVENT_STORE_ENGINE: 'eventstoredb', VIEW_STORE_ENGINE: 'mongodb', TRUST_PROXY: 'true' });
  });

  it('compose: scalable behind one entry point: the app publishes no host port, the proxy publishes 3000 with its config from deploy/', () => {
    expect(app.ports).toBeUndefined();
    expect(proxy.ports).toEqual(['3000:3000']);
    expect(proxy.restart).toBe('unless-stopped');
    expect(proxy.depends_on).toEqual({ app: { condition: 'service_healthy' } });
    const mount = proxy.volumes!.find((volume) => volume.endsWith(':/etc/nginx/nginx.conf:ro'))!;
    expect(existsSync(join(REPO_ROOT, mount.split(':')[0]!))).toBe(true);
    const nginx = read('deploy/nginx.conf');
    // Every replica's address, re-resolved through Docker's DNS: `--scale app=3` needs no proxy change.
    expect(nginx).toMatch(/resolver 127\.0\.0\.11 /);
    expect(nginx).toMatch(/server app:3000 resolve/);
    expect(nginx).toMatch(/listen 3000;/);
    expect(nginx).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
  });

  it('compose: every variable the app is given is one the service reads (src/config)', () => {
    const known = `${read('src/config/app-config.ts')}\n${read('src/config/auth-config.ts')}`;
    for (const variable of Object.keys(app.environment!)) expect([variable, known.includes(`'${variable}'`) || known.includes(`env.${variable}`)]).toEqual([variable, true]);
  });
});
