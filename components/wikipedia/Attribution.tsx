/**
 * The attribution Wikipedia's licence (CC BY-SA) asks for, on every card and panel view of an entry
 * looked up there: where the text comes from, a link to the article, a link to the licence.
 * Style-free: each surface passes its own class (the card lives in a shadow root with its own CSS).
 */
import { t } from '@/components/design/i18n';
import { WIKIPEDIA_LICENCE } from '@/lib/wikipedia/text';

/** The article link of a looked-up entry: its first https Wikipedia link. */
export function wikipediaArticleLink(links: ReadonlyArray<{ url: string }>): string | null {
  for (const l of links) {
    try {
      const url = new URL(l.url);
      if (url.protocol === 'https:' && url.hostname.endsWith('.wikipedia.org')) return url.href;
    } catch {
      // not a URL: skip it
    }
  }
  return null;
}

export function WikipediaAttribution(props: { links: ReadonlyArray<{ url: string }>; class?: string; linkClass?: string }) {
  const article = wikipediaArticleLink(props.links);
  return (
    <p class={props.class} data-attribution="wikipedia">
      {article ? (
        <a class={props.linkClass} href={article} target="_blank" rel="noopener noreferrer">
          {t('wikipedia.attribution')}
        </a>
      ) : (
        t('wikipedia.attribution')
      )}
      {` · ${t('wikipedia.textUnder')} `}
      <a class={props.linkClass} href={WIKIPEDIA_LICENCE.url} target="_blank" rel="license noopener noreferrer">
        {WIKIPEDIA_LICENCE.name}
      </a>
    </p>
  );
}
