import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { loadAuthConfig, type AuthConfig } from './auth-config.js';
import { ConfigError, ConfigErrors } from './config-error.js';

/** Configuration, read once from the environment and validated at start-up. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** FULL: an acknowledged append survives power loss. NORMAL trades that for speed (not for production). */
  readonly sqliteSynchronous: 'FULL' | 'NORMAL';
  /** SQLITE_WRITER_THREAD: the embedded log writes (group commit, hashing, fsync) on a thread of its own (default). */
  readonly sqliteWriterThread: boolean;
  readonly projectionBatchSize: number;
  /** PROJECTION_THREAD: run the projections on a worker thread of their own (default) so that catch-up never stalls HTTP. */
  readonly projectionThread: boolean;
  /** Readiness fails while any projection is further behind the log than this. */
  readonly readyMaxLag: number;
  /** Extra directories with holiday tables (`cn-YYYY.json`) an operator added; shipped years are always loaded. */
  readonly calendarDirs: readonly string[];
  /** Hex key for natural persons' pseudonymous ids; default: a key file created once in the data directory. */
  readonly pseudonymKeyHex: string | undefined;
  /** A18 dual report: loans at or above this many fen need a valid review or credit report (decision, default CNY 10,000,000). */
  readonly loanCheckThresholdFen: number;
  /** A26: whether reports of an agency that exited for misconduct still count (decision, default yes, flagged). */
  readonly countReportsOfMisconductAgencies: boolean;
  /** MongoDB for the views (src/view-store/mongodb); unset: the embedded SQLite views. A replica set for transactions. */
  readonly mongodbUrl: string | undefined;
  /** MONGODB_TRANSACTIONS: each projection batch and its checkpoint in one transaction (replica set); false: position-guarded writes. */
  readonly mongodbTransactions: boolean;
  /** EventStoreDB / KurrentDB for the log (src/event-store/eventstoredb): `esdb://…` or `kurrentdb://…`; unset: none. */
  readonly eventStoreUrl: string | undefined;
  /**
   * EVENTSTORE_APPEND_DEADLINE_MS: how long an EventStoreDB append may take (default 10000), apart from the
   * read deadline (the URL's defaultDeadline, 2000): the client sends it as an absolute instant (issue 14).
   */
  readonly eventStoreAppendDeadlineMs?: number;
  /** EVENTSTORE_MAX_APPEND_BYTES: the largest append sent to EventStoreDB (default 1048576, the server's MaxAppendSize). */
  readonly eventStoreMaxAppendBytes?: number;
  /** Which adapter holds the log: the embedded SQLite file (default) or EventStoreDB (needs EVENTSTORE_URL). */
  readonly eventStoreEngine: EventStoreEngine;
  /** Which adapter holds the views: the embedded SQLite file (default) or MongoDB (needs MONGODB_URL). */
  readonly viewStoreEngine: ViewStoreEngine;
  /** Bearer-token verification (src/config/auth-config.ts): JWT_SECRET, or JWT_JWKS_URL with JWT_ISSUER / JWT_AUDIENCE. */
  readonly auth: AuthConfig;
  /** Requests per minute per client IP on the public routes (src/privacy/hardening, an in-memory fixed window per process); more answer 429 RATE_LIMITED. */
  readonly publicRateLimitPerMinute: number;
  /** TRUST_PROXY: behind a reverse proxy, take the client IP from X-Forwarded-For (else every caller counts as the proxy). Default false. */
  readonly trustProxy: boolean;
  /** DEV_SIGN_IN: the web console's one-click development sign-in (src/console/dev-sign-in.ts: loopback clients only, never with JWT_JWKS_URL). Default true, false when NODE_ENV=production. */
  readonly devSignIn: boolean;
  /** HSTS=true behind TLS: Strict-Transport-Security and upgrade-insecure-requests; off for plain-HTTP deployments. */
  readonly hsts: boolean;
  /** CORS_ORIGINS: browser origins allowed to call the API; empty (default): no CORS headers, same origin only. */
  readonly corsOrigins: readonly string[];
  /** SNAPSHOT_EVERY: persist a stream's folded state once it is this many events past its last snapshot; 0: no snapshots. */
  readonly snapshotEvery: number;
  /** LEDGER_SIGNING_KEY: the Ed25519 private key (PKCS#8 PEM; `\\n` for line breaks) that signs tree heads; unset: DATA_DIR/keys/ledger-ed25519.pem, created once (issue 13). */
  readonly ledgerSigningKeyPem: string | undefined;
  /** LEDGER_HEAD_INTERVAL_MS: how often a tree head is signed while there are new events, and the ledger checked (default 5000). */
  readonly ledgerHeadIntervalMs: number;
  /**
   * LEDGER_KEPT_BY: who keeps the Merkle tree (issue 13). `engine` (default): the event store in its
   * append transaction where it can (SQLite), else the service; `service`: the service follows the log
   * into the view store on every engine (what it does on EventStoreDB; here to run that path on SQLite).
   */
  readonly ledgerKeptBy: 'engine' | 'service';
  /** STATE_CACHE_EVENTS: folded states kept in memory, bounded by the events they represent; 0: no cache. */
  readonly stateCacheEvents: number;
  /** LOG_LEVEL: the least severe log entries written (src/logging); default info. */
  readonly logLevel: LogLevel;
  /** LOG_FORMAT: json (one object per line) or pretty (for a person at a terminal); unset: pretty on a terminal, json otherwise. */
  readonly logFormat: LogFormat | undefined;
  /** INSTANCES (issue 14): exclusive (default: one process per DATA_DIR, locked) or shared (several processes on one DATA_DIR; leases decide who projects). */
  readonly instances: InstancesMode;
  /** INSTANCE_ID: this instance's name in leases and /health/ready; default host:pid. Unique per running instance. */
  readonly instanceId: string;
  /** LEASE_TTL_MS: a projection (or the head signer) not renewed within this long is taken over by another instance (default 15000). */
  readonly leaseTtlMs: number;
  /** LEASE_RENEW_MS: how often leases are renewed and free ones tried (default 3000, below LEASE_TTL_MS). */
  readonly leaseRenewMs: number;
  /** MONGODB_MAX_TIME_MS: the server-side time limit of each MongoDB view read (default 10000). */
  readonly mongodbMaxTimeMs: number;
}

export const INSTANCES_MODES = ['exclusive', 'shared'] as const;
export type InstancesMode = (typeof INSTANCES_MODES)[number];

export const EVENT_STORE_ENGINES = ['sqlite', 'eventstoredb'] as const;
export type EventStoreEngine = (typeof EVENT_STORE_ENGINES)[number];
export const VIEW_STORE_ENGINES = ['sqlite', 'mongodb'] as const;
export type ViewStoreEngine = (typeof VIEW_STORE_ENGINES)[number];
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export const APP_CONFIG = Symbol('AppConfig');

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function hexKey(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^([0-9a-fA-F]{2}){32,}$/.test(raw)) throw new ConfigError(name, 'must be at least 64 hexadecimal characters (32 bytes)');
  return raw;
}

function mongodbUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^mongodb(\+srv)?:\/\/[^/?#]+/i.test(raw)) throw new ConfigError(name, 'must be a mongodb:// or mongodb+srv:// URL with a host');
  return raw;
}

/** An EventStoreDB / KurrentDB connection string; its password is never echoed in the error. */
function eventStoreUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^(esdb|kurrentdb|kurrent)(\+discover)?:\/\/[^\s/?#]+\/?(\?[^\s#]*)?$/i.test(raw))
    throw new ConfigError(name, 'must be an esdb:// or kurrentdb:// connection string, e.g. esdb://localhost:2113?tls=false');
  // Issue 14: the client would resolve a refused append as a success-shaped reply; never run so.
  if (/[?&]throwOnAppendFailure=false(?:&|$)/i.test(raw))
    throw new ConfigError(name, 'throwOnAppendFailure=false is not supported: a refused append must be an error (remove it from the URL)');
  return raw;
}

/** Comma-separated browser origins (`https://host[:port]`), no wildcard: a credential-bearing API names its callers. */
function corsOrigins(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  const origins = raw.split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins)
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(origin)) throw new ConfigError(name, `must be comma-separated origins such as https://credit.ks.gov.cn (no path, no wildcard), got "${origin}"`);
  return origins;
}

/** A server engine without its URL is refused at start, naming both variables (never a silent fallback to SQLite). */
function requireUrl(engineVariable: string, engine: string, urlVariable: string, url: string | undefined): void {
  if (engine !== undefined && engine !== 'sqlite' && url === undefined) throw new ConfigError(urlVariable, `is required when ${engineVariable}=${engine}`);
}

/** Every variable, its default and its rule are listed in docs/operations.md ("Configuration"). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: ConfigError[] = [];
  // Every bad variable is reported at once: a problem is collected and the value left undefined (never used: we throw below).
  const read = <T>(parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...(error instanceof ConfigErrors ? error.problems : [error]));
      return undefined as T;
    }
  };
  const dataDir = resolve(env.DATA_DIR || './data');
  const eventStoreEngine = read(() => oneOf(env, 'EVENT_STORE_ENGINE', 'sqlite', EVENT_STORE_ENGINES));
  const viewStoreEngine = read(() => oneOf(env, 'VIEW_STORE_ENGINE', 'sqlite', VIEW_STORE_ENGINES));
  const mongodb = read(() => mongodbUrl(env, 'MONGODB_URL'));
  const eventStore = read(() => eventStoreUrl(env, 'EVENTSTORE_URL'));
  read(() => requireUrl('EVENT_STORE_ENGINE', eventStoreEngine, 'EVENTSTORE_URL', eventStore));
  read(() => requireUrl('VIEW_STORE_ENGINE', viewStoreEngine, 'MONGODB_URL', mongodb));
  const config: AppConfig = {
    port: read(() => integer(env, 'PORT', 3000, 0, 65535)),
    host: env.HOST || '0.0.0.0',
    dataDir,
    sqliteSynchronous: read(() => oneOf(env, 'SQLITE_SYNCHRONOUS', 'FULL', ['FULL', 'NORMAL'] as const)),
    sqliteWriterThread: read(() => oneOf(env, 'SQLITE_WRITER_THREAD', 'true', ['true', 'false'] as const)) === 'true',
    projectionBatchSize: read(() => integer(env, 'PROJECTION_BATCH_SIZE', 2000, 1, 10_000)),
    projectionThread: read(() => oneOf(env, 'PROJECTION_THREAD', 'true', ['true', 'false'] as const)) === 'true',
    readyMaxLag: read(() => integer(env, 'READY_MAX_LAG', 1000, 0, 1_000_000_000)),
    pseudonymKeyHex: read(() => hexKey(env, 'PSEUDONYM_KEY')),
    loanCheckThresholdFen: read(() => integer(env, 'LOAN_CHECK_THRESHOLD_FEN', 1_000_000_000, 0, Number.MAX_SAFE_INTEGER)),
    countReportsOfMisconductAgencies: read(() => oneOf(env, 'COUNT_MISCONDUCT_AGENCY_REPORTS', 'true', ['true', 'false'] as const)) === 'true',
    mongodbUrl: mongodb,
    mongodbTransactions: read(() => oneOf(env, 'MONGODB_TRANSACTIONS', 'true', ['true', 'false'] as const)) === 'true',
    eventStoreUrl: eventStore,
    eventStoreAppendDeadlineMs: read(() => integer(env, 'EVENTSTORE_APPEND_DEADLINE_MS', 10_000, 100, 600_000)),
    eventStoreMaxAppendBytes: read(() => integer(env, 'EVENTSTORE_MAX_APPEND_BYTES', 1_048_576, 1024, 16_777_216)),
    eventStoreEngine,
    viewStoreEngine,
    auth: read(() => loadAuthConfig(env)),
    publicRateLimitPerMinute: read(() => integer(env, 'PUBLIC_RATE_LIMIT_PER_MINUTE', 120, 1, 1_000_000)),
    trustProxy: read(() => oneOf(env, 'TRUST_PROXY', 'false', ['true', 'false'] as const)) === 'true',
    // Off by default where NODE_ENV says production; DEV_SIGN_IN decides when set.
    devSignIn: read(() => oneOf(env, 'DEV_SIGN_IN', env.NODE_ENV === 'production' ? 'false' : 'true', ['true', 'false'] as const)) === 'true',
    hsts: read(() => oneOf(env, 'HSTS', 'false', ['true', 'false'] as const)) === 'true',
    corsOrigins: read(() => corsOrigins(env, 'CORS_ORIGINS')),
    snapshotEvery: read(() => integer(env, 'SNAPSHOT_EVERY', 500, 0, 1_000_000)),
    ledgerSigningKeyPem: env.LEDGER_SIGNING_KEY ? env.LEDGER_SIGNING_KEY.replace(/\\n/g, '\n') : undefined,
    ledgerHeadIntervalMs: read(() => integer(env, 'LEDGER_HEAD_INTERVAL_MS', 5000, 100, 3_600_000)),
    ledgerKeptBy: read(() => oneOf(env, 'LEDGER_KEPT_BY', 'engine', ['engine', 'service'] as const)),
    stateCacheEvents: read(() => integer(env, 'STATE_CACHE_EVENTS', 200_000, 0, 100_000_000)),
    logLevel: read(() => oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS)),
    logFormat: env.LOG_FORMAT ? read(() => oneOf(env, 'LOG_FORMAT', 'json', LOG_FORMATS)) : undefined,
    instances: read(() => oneOf(env, 'INSTANCES', 'exclusive', INSTANCES_MODES)),
    instanceId: env.INSTANCE_ID || `${hostname()}:${process.pid}`,
    leaseTtlMs: read(() => integer(env, 'LEASE_TTL_MS', 15_000, 1000, 600_000)),
    leaseRenewMs: read(() => integer(env, 'LEASE_RENEW_MS', 3000, 100, 300_000)),
    mongodbMaxTimeMs: read(() => integer(env, 'MONGODB_MAX_TIME_MS', 10_000, 1, 3_600_000)),
    calendarDirs: [resolve(dataDir, 'calendar'), ...(env.CALENDAR_DIRS ? env.CALENDAR_DIRS.split(':').filter(Boolean).map((dir) => resolve(dir)) : [])],
  };
  if (config.leaseRenewMs !== undefined && config.leaseTtlMs !== undefined && config.leaseRenewMs * 2 > config.leaseTtlMs)
    problems.push(new ConfigError('LEASE_RENEW_MS', `must be at most half of LEASE_TTL_MS (${config.leaseTtlMs}), got ${config.leaseRenewMs}: a lease must survive a missed renewal`));
  // Without transactions the lease's fence is checked apart from the view writes, so a holder that lost
  // its lease could still write (issue 14): several instances need MongoDB transactions.
  if (config.viewStoreEngine === 'mongodb' && config.instances === 'shared' && env.MONGODB_TRANSACTIONS === 'false')
    problems.push(new ConfigError('MONGODB_TRANSACTIONS', 'must be true when INSTANCES=shared on VIEW_STORE_ENGINE=mongodb: without transactions the lease fence is not atomic with the view writes'));
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) throw new ConfigErrors(problems);
  return config;
}
