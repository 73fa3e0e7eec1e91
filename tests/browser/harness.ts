/**
 * Browser test harness: serves tests/fixtures on localhost and launches Debian's Chromium or
 * Firefox ESR through puppeteer-core with the built production extension installed, then reads what
 * the extension did. One module per concern, all re-exported here; none imports a test framework, so
 * scripts (bench, start) use it too. Vitest suites build on it in suite.ts.
 */
export * from './launch';
export * from './status';
export * from './card';
export * from './marks';
export * from './pointer';
export * from './forms';
