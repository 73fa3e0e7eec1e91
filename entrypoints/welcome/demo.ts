/**
 * The live demo: the bundled copy of the demo article, analysed and highlighted exactly as a news
 * page is (the content script's extraction, the background's matcher, the same annotator with the
 * reader's settings), so what the reader sees here is what Backstory does on the web.
 */
import DOMPurify from 'dompurify';
import { createAnnotator } from '@/components/annotator/annotator';
import { ReaderSettings } from '@/components/annotator/reader-settings';
import { backgroundCardServices } from '@/components/annotator/services';
import '@/components/annotator/highlights.css';
import { extractArticle } from '@/lib/extract/article';
import { locateMentions } from '@/lib/highlight/page-model';
import { highlightsSupported } from '@/lib/highlight/registry';
import { sendToBackground } from '@/lib/client/send';
import { toMetaMessage, type AnalyseRequest } from '@/lib/messaging/protocol';
import demoHtml from './demo-article.html?raw';

/** The article's own address, sent as its URL (the analysis only accepts http(s) addresses). */
const DEMO_URL = 'https://news.example/article/north-korea-russia-kim-putin-summit';

function showArticle(): void {
  const doc = new DOMParser().parseFromString(demoHtml, 'text/html');
  document.title = `Demo: ${doc.title}`;
  document.documentElement.lang = doc.documentElement.lang || 'en';
  // Copy the article's head (its meta tags feed the extraction; its stylesheet is its look).
  for (const el of doc.head.querySelectorAll('meta[name], meta[property], link[rel="canonical"], style')) document.head.append(document.importNode(el, true));
  document.body.replaceChildren(DOMPurify.sanitize(doc.body, { RETURN_DOM_FRAGMENT: true }));
  // Links in the demo lead nowhere: keep the reader on the page.
  document.addEventListener('click', (e) => {
    if ((e.target as Element | null)?.closest?.('a[href]')) e.preventDefault();
  });
}

export async function startDemo(): Promise<void> {
  showArticle();
  if (!highlightsSupported()) return;
  const prefs = new ReaderSettings();
  await prefs.load();
  const annotator = createAnnotator({ prefs, services: backgroundCardServices(location.hostname) });

  const analyse = async () => {
    annotator.clear();
    const extracted = extractArticle(document);
    if (extracted.status !== 'article') return;
    const { article } = extracted;
    const request: AnalyseRequest = { type: 'analyse', text: article.text, meta: toMetaMessage({ ...article.meta, url: DEMO_URL, canonicalUrl: DEMO_URL }) };
    const reply = await sendToBackground(request);
    if (!reply.ok) {
      document.body.dataset.demoError = reply.error;
      return;
    }
    const entries = new Map(reply.entries.map((e) => [e.id, e]));
    const mentions = locateMentions(document, article.text, article.segments, reply.mentions, entries);
    annotator.show({ mentions: prefs.present(mentions), entries });
    document.body.dataset.demoMentions = String(mentions.length);
  };
  // Settings changed on the options page: the demo follows, as open pages do.
  prefs.watch(() => void analyse());
  await analyse();
}
