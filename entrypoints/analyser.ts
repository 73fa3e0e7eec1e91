/**
 * The content script's lazily loaded part: the page controller with extraction, the hover card UI,
 * highlights and the fallback parser. Not listed in the manifest: the gate
 * (entrypoints/content/index.ts) imports it into its own world only on a page that passes the gate
 * (entrypoints/content/lazy.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { providePart } from './content/lazy';
import { PageController } from './content/page-controller';

export default defineUnlistedScript(() => {
  providePart('analyser', {
    start(ctx, options) {
      const controller = new PageController(ctx, options);
      void controller.start();
      return controller;
    },
  });
});
