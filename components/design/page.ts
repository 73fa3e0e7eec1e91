/**
 * What every extension page shares, so that each page's HTML shell (entrypoints/<page>/index.html)
 * holds only what differs: its static title (the tab's name until this runs; the toolbar button's
 * and side panel's tooltip in the manifest) and its `manifest.*` options.
 */
import { render, type ComponentChild } from 'preact';
import { t } from '@/components/design/i18n';
import { followThemeSetting } from '@/components/design/theme';

export interface PageOptions {
  /** The document's title, translated; without it the shell's `<title>` stays. */
  title?: string;
  /** Follow the reader's theme setting (light, dark, system) on this page. */
  theme?: boolean;
}

/**
 * Sets up the document (its language: the one the messages are shown in, and a viewport for narrow
 * windows), the title and the theme, then renders `app` into the page's root element.
 */
export function mountPage(app: ComponentChild, options: PageOptions = {}): void {
  document.documentElement.lang = t('ext.lang');
  const viewport = document.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  document.head.append(viewport);
  if (options.title) document.title = options.title;
  if (options.theme) followThemeSetting();
  const root = document.createElement('div');
  root.id = 'app';
  document.body.append(root);
  render(app, root);
}
