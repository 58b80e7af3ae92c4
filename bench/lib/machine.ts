/** The machine a bench ran on, as the results file describes it. */
import { statfsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type as osType } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly os: string;
  readonly node: string;
  readonly diskFreeGb: number;
  /** 1, 5 and 15 minutes when the bench started: other work on a shared machine shows here. */
  readonly loadAverage: string;
}

export function describeMachine(dir: string): Machine {
  const disk = statfsSync(dir);
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    diskFreeGb: Math.round((disk.bavail * disk.bsize) / 2 ** 30),
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}
