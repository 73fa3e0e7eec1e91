// IndexedDB for Dexie in Node; each test opens a database with a fresh name.
import 'fake-indexeddb/auto';
