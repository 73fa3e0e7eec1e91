// IndexedDB for Dexie in Node; each test opens a database with a fresh name.
import 'fake-indexeddb/auto';

// English messages for t() where browser.i18n is absent (the extension's bundles do not carry them).
import { setFallbackMessages } from '@/lib/i18n/fallback';
import en from '@/locales/en.json';
setFallbackMessages(en);
