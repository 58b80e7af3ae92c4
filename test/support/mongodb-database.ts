import { MongoClient } from 'mongodb';
import { clientOptions } from '../../src/view-store/mongodb/mapping/connection.js';

let databases = 0;

/** What a contract suite opens on a fresh database, and how it is dropped after the test. */
export interface MongoHarness<T> {
  readonly open: () => Promise<T>;
  readonly dispose: () => Promise<void>;
}

/**
 * A fresh MongoDB database per harness (`prefix`, this process's id and a counter), dropped when the
 * test ends: `open` gets the database's name to connect the store under test to.
 */
export function mongoHarness<T>(url: string, prefix: string, open: (database: string) => Promise<T>): () => Promise<MongoHarness<T>> {
  return async () => {
    databases += 1;
    const database = `${prefix}_${process.pid}_${databases}`;
    return {
      open: () => open(database),
      dispose: async () => {
        const client = new MongoClient(url, clientOptions(url).options);
        try {
          await client.db(database).dropDatabase();
        } finally {
          await client.close();
        }
      },
    };
  };
}
