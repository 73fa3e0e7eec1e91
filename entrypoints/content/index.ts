/**
 * Content script: the gate every http(s) page pays for (entrypoints/content/gate.ts). On a page that
 * passes it, the rest (extraction, highlights, the hover card: entrypoints/analyser.ts) is loaded
 * and finds the article, asks the background for its mentions, and starts the features on them.
 * Runs at document end (right after DOMContentLoaded), not at document idle: on a news page whose
 * images and ads hold back the load event, Chrome waits up to 200 ms more for idle, and the first
 * highlight with it (docs/benchmarks.md). An article a script renders later reaches the gate through
 * its page watcher.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { highlightsSupported } from '@/lib/highlight/registry';
import { PageGate } from './gate';
import '@/components/annotator/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_end',
  // Announce this script to an older copy of itself (after an extension update) by the DOM event
  // alone: the extra window.postMessage is only for content scripts of WXT versions before 0.20's
  // event, which no Backstory build used, and it cost 1-2 ms of every page's script evaluation, plus
  // a message event for the page's own listeners.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // HTML and XHTML pages only: XML, SVG and other documents have no article to read.
    if (!highlightsSupported() || document.documentElement?.namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    void new PageGate(ctx).start();
  },
});
