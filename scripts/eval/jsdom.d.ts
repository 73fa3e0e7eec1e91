/** The part of jsdom's API that scripts/eval/pages.ts uses (jsdom ships no types; @types/jsdom is not a dependency). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { url?: string });
    readonly window: Window & typeof globalThis & { close(): void };
  }
}
