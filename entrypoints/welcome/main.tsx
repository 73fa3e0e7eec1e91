/**
 * welcome.html: the first-run page (opened on install). With `?demo` it is the live demo instead:
 * a copy of the bundled demo article with Backstory's highlights and cards, embedded by the welcome
 * page in an iframe. Content scripts only run on http(s) pages, so the demo page runs the same
 * pipeline itself (extraction, the background's analysis, highlights, hover cards).
 */
import { mountPage } from '@/components/design/page';
import { WelcomeApp } from '@/components/options/WelcomeApp';
import '@/components/options/options.css';
import '@/components/options/welcome.css';

if (new URLSearchParams(location.search).has('demo')) {
  void import('./demo').then((m) => m.startDemo());
} else {
  mountPage(<WelcomeApp />, { theme: true });
}
