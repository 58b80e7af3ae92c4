import { describe, it, expect } from '@jest/globals';
import { ViewStoreUnavailable } from '../../../../src/view-store/mongodb/errors.js';
import { MongoViewStore } from '../../../../src/view-store/mongodb/mongodb-view-store.js';

describe('MongoDB view store without a server', () => {
  // Port 1 has no server: the driver gives up after the URL's 500 ms instead of its default 30 s.
  it('fails fast with VIEW_STORE_UNAVAILABLE naming the URL and the timeout', async () => {
    const connecting = MongoViewStore.connect({ url: 'mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500' });
    await expect(connecting).rejects.toBeInstanceOf(ViewStoreUnavailable);
    await expect(connecting).rejects.toMatchObject({ code: 'VIEW_STORE_UNAVAILABLE', url: 'mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=500', timeoutMs: 500 });
  }, 5000);
});
