import type { AppConfig } from '../../config/app-config.js';
import type { SlotSnapshot } from '../projection-host.js';

/** What the projection thread is started with. */
export interface ThreadData {
  readonly config: AppConfig;
}

/** HTTP thread → projection thread. */
export type ToThread =
  | { readonly type: 'appended' }
  | { readonly type: 'rebuild'; readonly id: number; readonly names: readonly string[] }
  | { readonly type: 'stop' };

/** Projection thread → HTTP thread. */
export type FromThread =
  | { readonly type: 'started'; readonly slots: readonly SlotSnapshot[] }
  | { readonly type: 'progress'; readonly slots: readonly SlotSnapshot[] }
  | { readonly type: 'log'; readonly message: string }
  | { readonly type: 'done'; readonly id: number; readonly error: string | null }
  | { readonly type: 'stopped' };
