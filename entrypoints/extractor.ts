/**
 * The content script's extractor part: finds a page's article and asks the background for its
 * mentions (entrypoints/content/extract-and-ask.ts). Not listed in the manifest: the gate
 * (entrypoints/content/gate.ts) imports it, then the analyser, on a page that passes the gate and
 * starts the first analysis with it at once; the analyser keeps it for the page's later analyses.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractAndAsk } from './content/extract-and-ask';
import { providePart } from './content/lazy';

export default defineUnlistedScript(() => {
  providePart('extractor', { extractAndAsk });
});
