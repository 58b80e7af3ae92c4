import { Logger } from '@nestjs/common';
import { createApp } from './create-app.js';
import { loadConfig, type AppConfig } from './config/app-config.js';
import { ConfigError } from './config/config-error.js';
import { stopOnSignals } from './lifecycle/graceful-shutdown.js';
import { lockDataDir, type DataDirLock } from './storage/data-dir-lock.js';
import { DataDirUnusable, osReason, prepareDataDir } from './storage/data-dir.js';
import { storageFaultCode } from './shared/storage-fault.js';

/** EX_CONFIG (sysexits.h): bad configuration, an unusable DATA_DIR, or DATA_DIR held by another process. */
const EX_CONFIG = 78;

function refuse(error: ConfigError): never {
  console.error(error.message);
  process.exit(EX_CONFIG);
}

async function main(): Promise<void> {
  let config: AppConfig;
  let lock: DataDirLock;
  try {
    config = loadConfig();
    prepareDataDir(config.dataDir);
    // INSTANCES=shared (issue 14): several services on this DATA_DIR, leases deciding who projects and signs heads.
    lock = lockDataDir(config.dataDir, 'credit-ledger service', config.instances);
  } catch (error) {
    if (error instanceof ConfigError) refuse(error);
    throw error;
  }
  let app;
  try {
    app = await createApp(config, { shutdownHooks: false });
    await app.listen(config.port, config.host);
  } catch (error) {
    // A store that cannot open or write its file under DATA_DIR (full, read-only, I/O error): say so, not a stack.
    if (error instanceof ConfigError) refuse(error);
    if (storageFaultCode(error) !== null) refuse(new DataDirUnusable(config.dataDir, osReason(error)));
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL')
      refuse(new ConfigError(code === 'EADDRNOTAVAIL' ? 'HOST' : 'PORT', `cannot listen on ${config.host}:${config.port}: ${osReason(error)}`));
    throw error;
  }
  const logger = new Logger('Main');
  stopOnSignals(app, (line) => logger.log(line), () => lock.release());
  logger.log(`credit-ledger listening on http://${config.host}:${config.port} (data in ${config.dataDir})`);
  // Where a person opens the console (0.0.0.0 is every address, not one to type).
  logger.log(`web console: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/ui`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
