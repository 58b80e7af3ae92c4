/** A worker thread of bench:city: makes its share of the subjects (subject-maker.ts) and reports to the main thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeShare, type Share } from './subject-maker.js';

await makeShare(workerData as Share, (report) => parentPort!.postMessage(report));
