import { describe, it, expect } from '@jest/globals';
import { Writable } from 'node:stream';
import { createRootLogger } from '../../../src/logging/root-logger.js';

/** Collects what the logger writes, synchronously. */
function capture(): Writable & { text: string } {
  const sink = new Writable({ write(chunk: Buffer, _encoding, done) { sink.text += chunk.toString('utf8'); done(); } }) as Writable & { text: string };
  sink.text = '';
  return sink;
}

describe('the root logger: JSON for machines, pretty for a person at a terminal (LOG_FORMAT)', () => {
  it('json: one object per line, level as a word, ISO UTC time, no pid or hostname', () => {
    const sink = capture();
    createRootLogger({ level: 'info', format: 'json', destination: sink }).child({ context: 'Main' }).info('credit-ledger listening');
    expect(JSON.parse(sink.text)).toEqual({ level: 'info', time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/), context: 'Main', msg: 'credit-ledger listening' });
  });

  it('pretty: one readable line with the UTC time, the level, the context and the message; the request line\'s fields stay in its message', () => {
    const sink = capture();
    const log = createRootLogger({ level: 'info', format: 'pretty', destination: sink });
    log.child({ context: 'Main' }).info('credit-ledger listening');
    log.child({ requestId: 'r-1' }).info({ method: 'GET', route: '/health', path: '/health', status: 200, durationMs: 3 }, 'GET /health 200 3 ms');
    expect(sink.text.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}Z\] INFO: \[Main\] credit-ledger listening$/),
      expect.stringMatching(/^\[.*Z\] INFO: GET \/health 200 3 ms \(r-1\)$/),
    ]);
  });

  it('LOG_LEVEL: entries below the level are not written', () => {
    const sink = capture();
    const log = createRootLogger({ level: 'warn', format: 'json', destination: sink });
    log.info('not this');
    log.warn('this');
    expect(sink.text.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(['this']);
  });
});
