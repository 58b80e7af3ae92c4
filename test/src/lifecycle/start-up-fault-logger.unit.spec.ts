import { describe, it, expect } from '@jest/globals';
import { ConfigError } from '../../../src/config/config-error.js';
import { StartUpFaultLogger } from '../../../src/lifecycle/start-up-fault-logger.js';
import { nestLoggingParams } from '../../../src/logging/nest-logging.js';
import { createRootLogger } from '../../../src/logging/root-logger.js';

describe('StartUpFaultLogger: Nest\'s start-up log on the service\'s pino logger, minus what main.ts answers with exit 78', () => {
  const written: string[] = [];
  const logger = new StartUpFaultLogger(nestLoggingParams(createRootLogger({ level: 'info', format: 'json', destination: { write: (line: string) => void written.push(line) } })));
  const lines = () => written.map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes Nest\'s lines as JSON with their context', () => {
    logger.log('Starting Nest application...', 'NestFactory');
    expect(lines().at(-1)).toEqual({ level: 'info', time: expect.stringMatching(/Z$/), context: 'NestFactory', msg: 'Starting Nest application...' });
  });

  it('leaves the wiring report (a line per module and route) to debug', () => {
    const before = written.length;
    logger.log('Mapped {/health, GET} route', 'RouterExplorer');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    expect(written).toHaveLength(before);
  });

  it('drops a configuration error, a storage fault and a busy port (main.ts says each in one line), keeps other errors', () => {
    const before = written.length;
    logger.error(new ConfigError('PORT', 'must be an integer'));
    logger.error(Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' }));
    logger.error('Error: listen EADDRINUSE: address already in use 127.0.0.1:3000');
    expect(written).toHaveLength(before);
    logger.error('something else broke', 'NestApplication');
    expect(lines().at(-1)).toMatchObject({ level: 'error', context: 'NestApplication', msg: 'something else broke' });
  });
});
