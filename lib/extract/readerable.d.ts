/** Readability's `isProbablyReaderable` from its own file (lib/extract/gate.ts), typed as the package types it. */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
