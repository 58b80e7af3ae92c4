import { Logger } from '@nestjs/common';
import { createApp } from './create-app.js';
import { ConfigError, loadConfig } from './config/app-config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  new Logger('Main').log(`credit-ledger listening on http://${config.host}:${config.port} (data in ${config.dataDir})`);
}

void main();
