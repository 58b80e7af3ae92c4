import { describe, it, expect } from '@jest/globals';
import { MongoServerError, type MongoClientOptions } from 'mongodb';
import { ViewStoreTransactionsUnsupported, redactUrl, toViewStoreError } from '../../../../src/view-store/mongodb/errors.js';
import { DEFAULT_DATABASE, clientOptions, databaseName } from '../../../../src/view-store/mongodb/mapping/connection.js';

describe('MongoDB connection options', () => {
  it('sets a 2000 ms server selection timeout unless the URL or the caller sets one', () => {
    const short: MongoClientOptions = { serverSelectionTimeoutMS: 2000 };
    expect(clientOptions('mongodb://db:27017/views')).toEqual({ options: short, timeoutMs: 2000 });
    expect(clientOptions('mongodb://db:27017/?replicaSet=rs0&serverSelectionTimeoutMS=500')).toEqual({ options: {}, timeoutMs: 500 });
    expect(clientOptions('mongodb://db:27017/?serverSelectionTimeoutMS=500', 800)).toEqual({ options: { serverSelectionTimeoutMS: 800 }, timeoutMs: 800 });
  });

  it('takes the database from the caller, else the URL path, else the default', () => {
    expect(databaseName('mongodb://db:27017/views', 'other')).toBe('other');
    expect(databaseName('mongodb+srv://u:p@cluster.example.net/ledger_views?retryWrites=true')).toBe('ledger_views');
    expect(databaseName('mongodb://a:1,b:2/?replicaSet=rs0')).toBe(DEFAULT_DATABASE);
    expect(databaseName('mongodb://a:1')).toBe(DEFAULT_DATABASE);
  });
});

describe('MongoDB errors', () => {
  it('hides the password of a URL', () => {
    expect(redactUrl('mongodb://ledger:s3cret@db:27017/views')).toBe('mongodb://***@db:27017/views');
    expect(redactUrl('mongodb+srv://cluster.example.net/')).toBe('mongodb+srv://cluster.example.net/');
  });

  it('maps a standalone server refusing a transaction to VIEW_STORE_NO_TRANSACTIONS', () => {
    const refused = new MongoServerError({ code: 20, codeName: 'IllegalOperation', errmsg: 'Transaction numbers are only allowed on a replica set member or mongos' });
    const mapped = toViewStoreError(refused, 'mongodb://u:p@db:27017', 2000);
    expect(mapped).toBeInstanceOf(ViewStoreTransactionsUnsupported);
    expect(mapped).toMatchObject({ code: 'VIEW_STORE_NO_TRANSACTIONS', url: 'mongodb://***@db:27017' });
  });

  it('passes any other error through unchanged', () => {
    const duplicate = new MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key' });
    expect(toViewStoreError(duplicate, 'mongodb://db', 2000)).toBe(duplicate);
    const plain = new Error('evolve failed');
    expect(toViewStoreError(plain, 'mongodb://db', 2000)).toBe(plain);
  });
});
