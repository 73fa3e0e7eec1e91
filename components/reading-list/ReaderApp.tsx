/**
 * The reader view (`reader.html?id=…`): a saved article, sanitised again at render time, with
 * typography and theme controls, reading progress saved and restored, and the same entity
 * highlights and hover cards as on the web. Works offline: nothing here needs the network, and
 * remote images load only when the reader asks.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { fillSlots, t, tSlots } from '@/components/design/i18n';
import { effectiveTheme, followThemeSetting } from '@/components/design/theme';
import type { StoredArticle } from '@/lib/db/articles-repo';
import type { BackstoryDb } from '@/lib/db/schema';
import { stores } from '@/lib/db/stores';
import { sendToBackground } from '@/lib/client/send';
import { countEntities } from '@/lib/reading-list/entities';
import { fetchArticle, originPattern } from '@/lib/reading-list/fetch-article';
import { withSitePermission } from '@/lib/reading-list/site-permission';
import { DEFAULT_READER_PREFS, LINE_HEIGHT_RANGE, normalizeReaderPrefs, readerPrefsItem, SIZE_RANGE, type ReaderPrefs } from '@/lib/settings/reader-prefs';
import { loadParkedImages, renderArticleFragment } from '@/lib/reading-list/sanitize';
import { getSettings, highlightRules, watchSettings, type Settings } from '@/lib/settings/settings';
import { formatDate, formatReadingTime } from './format';
import { safeIso } from '@/lib/reading-list/formats/dates';
import { startReaderCards, type ReaderCards } from './reader-cards';
import { ArticleNotes } from './ArticleNotes';

const FONTS: Record<ReaderPrefs['font'], string> = {
  serif: 'var(--bs-font-reading)',
  sans: 'var(--bs-font)',
  mono: 'var(--bs-font-mono)',
};
const WIDTHS: Record<ReaderPrefs['width'], string> = { narrow: '34em', medium: '40em', wide: '52em' };
/** The line height as the reader's locale writes it, with one decimal (1.6, or 1,6). */
const ONE_DECIMAL = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** Progress is written at most this often while scrolling. */
const PROGRESS_EVERY_MS = 800;

type Load = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; item: StoredArticle };

export function ReaderApp(props: { id: string; db?: BackstoryDb }) {
  const articles = stores(props.db).articles;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [prefs, setPrefs] = useState<ReaderPrefs>({ ...DEFAULT_READER_PREFS });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [showType, setShowType] = useState(false);
  const [analysis, setAnalysis] = useState<string>('');
  const [fetchState, setFetchState] = useState<string>('');
  const bodyRef = useRef<HTMLDivElement>(null);
  const cardsRef = useRef<ReaderCards | null>(null);
  const themeRef = useRef<'light' | 'dark'>('light');
  const restoredRef = useRef<string | null>(null);

  useEffect(() => followThemeSetting(), []);
  useEffect(() => {
    void readerPrefsItem.getValue().then((p) => setPrefs(normalizeReaderPrefs(p)));
    const unwatch = readerPrefsItem.watch((p) => setPrefs(normalizeReaderPrefs(p)));
    void getSettings().then(setSettings);
    const unwatchSettings = watchSettings(setSettings);
    return () => {
      unwatch();
      unwatchSettings();
    };
  }, []);

  useEffect(() => {
    void articles.get(props.id).then((item) => setLoad(item ? { kind: 'ready', item } : { kind: 'missing' }));
  }, [articles, props.id]);

  const item = load.kind === 'ready' ? load.item : null;
  /** The site the reader had already granted (before any fetch): its permission is not given back after one. */
  const heldBefore = useRef<string | null>(null);
  const itemUrl = item?.article.url;
  useEffect(() => {
    if (!itemUrl) return;
    let origin: string;
    try {
      origin = originPattern(itemUrl);
    } catch {
      return;
    }
    void browser.permissions
      .contains({ origins: [origin] })
      .then((held) => (heldBefore.current = held ? origin : null))
      .catch(() => undefined);
  }, [itemUrl]);
  const theme = prefs.theme ?? (settings ? effectiveTheme(settings.theme) : 'light');
  themeRef.current = theme === 'dark' ? 'dark' : 'light';

  // The page's theme: light, sepia or dark on <html>, so the tokens follow.
  useEffect(() => {
    document.documentElement.dataset.theme = theme === 'sepia' ? 'light' : theme;
    document.documentElement.dataset.readerTheme = theme;
    cardsRef.current?.refresh();
  }, [theme]);

  // The reader's underline colours.
  useEffect(() => {
    if (!settings) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightRules(settings.kindColors));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => void (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet));
  }, [settings?.kindColors]);

  // Render the article (sanitised again, whatever is stored), then its highlights and cards.
  useEffect(() => {
    const root = bodyRef.current;
    if (!item || !root || !settings) return;
    root.replaceChildren(renderArticleFragment(item.body.html || textAsHtml(item.body.text), { images: prefs.images }));
    document.title = t('reader.title', [item.article.title]);
    // Back where the reader left off, once the text is laid out (once per article).
    if (restoredRef.current !== item.article.id) {
      restoredRef.current = item.article.id;
      const progress = item.article.progress;
      requestAnimationFrame(() => {
        const max = document.documentElement.scrollHeight - innerHeight;
        if (progress > 0 && progress < 0.99 && max > 0) scrollTo({ top: progress * max, behavior: 'auto' });
      });
    }
    let cancelled = false;
    void startReaderCards(root, {
      meta: {
        url: item.article.url,
        canonicalUrl: item.article.canonicalUrl,
        title: item.article.title.slice(0, 2000),
        byline: item.article.byline?.slice(0, 2000) ?? null,
        siteName: item.article.siteName?.slice(0, 2000) ?? null,
        excerpt: null,
        lang: item.article.lang,
        dir: item.article.dir,
        publishedTime: safeIso(item.article.publishedAt),
      },
      theme: () => themeRef.current,
      timings: { showDelayMs: settings.hoverDelayMs, graceMs: settings.graceMs, jitterPx: 4 },
      highlightStyle: settings.highlightStyle,
    }).then((cards) => {
      if (cancelled) {
        if ('dispose' in cards) cards.dispose();
        return;
      }
      if ('error' in cards) {
        setAnalysis(item.body.text ? t('reader.highlightFailed', [cards.error]) : '');
        return;
      }
      cardsRef.current = cards;
      const names = new Set(cards.mentions.map((m) => m.entry?.id).filter(Boolean)).size;
      setAnalysis(names > 0 ? t('reader.highlighted', names, [names.toLocaleString()]) : '');
      document.documentElement.dataset.analysed = 'true';
    });
    return () => {
      cancelled = true;
      cardsRef.current?.dispose();
      cardsRef.current = null;
      delete document.documentElement.dataset.analysed;
    };
  }, [item?.body.html, item?.body.text, settings?.hoverDelayMs, settings?.graceMs, settings?.highlightStyle, settings !== null]);

  // Images the reader asked for.
  useEffect(() => {
    if (prefs.images && bodyRef.current) loadParkedImages(bodyRef.current);
  }, [prefs.images]);

  // Remember the reading position while scrolling (it is restored when the article is rendered).
  useEffect(() => {
    if (!item) return;
    const max = () => document.documentElement.scrollHeight - innerHeight;
    let last = 0;
    let timer = 0;
    const save = () => {
      last = Date.now();
      const m = max();
      if (m > 0) void articles.setProgress(item.article.id, Math.min(1, Math.max(0, scrollY / m)));
    };
    const onScroll = () => {
      clearTimeout(timer);
      if (Date.now() - last > PROGRESS_EVERY_MS) save();
      else timer = window.setTimeout(save, PROGRESS_EVERY_MS);
    };
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('pagehide', save);
    return () => {
      removeEventListener('scroll', onScroll);
      removeEventListener('pagehide', save);
      clearTimeout(timer);
    };
  }, [item?.article.id]);

  const update = (change: Partial<ReaderPrefs>) => {
    const next = normalizeReaderPrefs({ ...prefs, ...change });
    setPrefs(next);
    void readerPrefsItem.setValue(next);
  };

  const reload = async () => setLoad({ kind: 'ready', item: (await articles.get(props.id))! });

  const toggleArchive = async () => {
    if (!item) return;
    await articles.setState([item.article.id], item.article.state === 'archived' ? 'unread' : 'archived');
    await reload();
  };
  const toggleFavourite = async () => {
    if (!item) return;
    await articles.setFavourite([item.article.id], item.article.favourite !== 1);
    await reload();
  };

  const fetchContent = async () => {
    if (!item) return;
    const origin = originPattern(item.article.url);
    setFetchState(t('reader.asking'));
    try {
      // Asked inside the click (the browser shows its prompt for this one site), given back after the fetch.
      const granted = browser.permissions.request({ origins: [origin] });
      const borrowed = await withSitePermission(browser.permissions, origin, granted, heldBefore.current === origin, async () => {
        setFetchState(t('reader.fetching'));
        return fetchArticle(item.article.url);
      });
      if (!borrowed.ok) {
        setFetchState(t('reader.notAllowed'));
        return;
      }
      const fetched = borrowed.value;
      const reply = await sendToBackground({ type: 'analyse', text: fetched.text.slice(0, 2_000_000), meta: { url: item.article.url, canonicalUrl: null, title: fetched.title.slice(0, 2000), byline: null, siteName: null, excerpt: null, lang: fetched.lang, dir: fetched.dir, publishedTime: null } });
      await articles.setContent(item.article.id, { ...fetched, mentions: reply.ok ? countEntities(reply.mentions, reply.entries) : [] });
      setFetchState('');
      await reload();
    } catch (error) {
      setFetchState(t('reader.fetchFailed', [error instanceof Error ? error.message : String(error)]));
    }
  };

  if (load.kind === 'loading') return <p class="rd-status">{t('reader.opening')}</p>;
  if (load.kind === 'missing')
    return (
      <main class="rd-missing">
        <h1>{t('reader.missing')}</h1>
        <p>
          {t('reader.missingText')} <a href="/library.html">{t('reader.backToList')}</a>
        </p>
      </main>
    );

  const a = load.item.article;
  const style = {
    '--rd-font': FONTS[prefs.font],
    '--rd-size': `${prefs.size}px`,
    '--rd-width': WIDTHS[prefs.width],
    '--rd-leading': String(prefs.lineHeight),
  } as Record<string, string>;

  return (
    <div class="rd" style={style} data-reader-theme={theme}>
      <header class="rd-bar">
        <a class="rd-back" href="/library.html" title={t('reader.backToList')}>
          {t('reader.back')}
        </a>
        <div class="rd-tools" role="toolbar" aria-label={t('reader.toolbar')}>
          <button type="button" class="rd-tool" aria-expanded={showType} aria-controls="rd-type" onClick={() => setShowType((s) => !s)} title={t('reader.textAndTheme')}>
            {t('reader.typeButton')}
          </button>
          <button type="button" class="rd-tool" aria-pressed={prefs.images} onClick={() => update({ images: !prefs.images })} title={prefs.images ? t('reader.imagesOnTitle') : t('reader.imagesOffTitle')}>
            {prefs.images ? t('reader.imagesOn') : t('reader.imagesOff')}
          </button>
          <button type="button" class="rd-tool" aria-pressed={a.favourite === 1} onClick={() => void toggleFavourite()} title={t('reader.favourite')}>
            {a.favourite === 1 ? t('reader.favouriteOn') : t('reader.favouriteOff')}
          </button>
          <button type="button" class="rd-tool" onClick={() => void toggleArchive()}>
            {a.state === 'archived' ? t('reader.unarchive') : t('reader.archive')}
          </button>
        </div>
        {showType && (
          <div id="rd-type" class="rd-type" role="group" aria-label={t('reader.textAndTheme')}>
            <fieldset>
              <legend>{t('reader.font')}</legend>
              {(['serif', 'sans', 'mono'] as const).map((f) => (
                <button key={f} type="button" aria-pressed={prefs.font === f} onClick={() => update({ font: f })} style={{ fontFamily: FONTS[f] }}>
                  {t(`reader.fonts.${f}`)}
                </button>
              ))}
            </fieldset>
            <label>
              {t('reader.size')} <output>{t('reader.px', [prefs.size.toLocaleString()])}</output>
              <input type="range" min={SIZE_RANGE.min} max={SIZE_RANGE.max} step={SIZE_RANGE.step} value={prefs.size} onInput={(e) => update({ size: Number(e.currentTarget.value) })} />
            </label>
            <fieldset>
              <legend>{t('reader.width')}</legend>
              {(['narrow', 'medium', 'wide'] as const).map((w) => (
                <button key={w} type="button" aria-pressed={prefs.width === w} onClick={() => update({ width: w })}>
                  {t(`reader.widths.${w}`)}
                </button>
              ))}
            </fieldset>
            <label>
              {t('reader.lineHeight')} <output>{ONE_DECIMAL.format(prefs.lineHeight)}</output>
              <input type="range" min={LINE_HEIGHT_RANGE.min} max={LINE_HEIGHT_RANGE.max} step={LINE_HEIGHT_RANGE.step} value={prefs.lineHeight} onInput={(e) => update({ lineHeight: Number(e.currentTarget.value) })} />
            </label>
            <fieldset>
              <legend>{t('reader.theme')}</legend>
              {([null, 'light', 'sepia', 'dark'] as const).map((th) => (
                <button key={String(th)} type="button" class="rd-swatch" data-swatch={th ?? 'auto'} aria-pressed={prefs.theme === th} onClick={() => update({ theme: th })}>
                  {t(`reader.themes.${th ?? 'auto'}`)}
                </button>
              ))}
            </fieldset>
          </div>
        )}
      </header>
      <main class="rd-main" lang={a.lang ?? undefined} dir={a.dir ?? undefined}>
        <p class="rd-site">{a.siteName || a.site}</p>
        <h1 class="rd-title">{a.title}</h1>
        <p class="rd-meta">
          {a.byline && <span>{a.byline}</span>}
          {a.publishedAt !== null && <span>{formatDate(a.publishedAt)}</span>}
          {a.readingTime > 0 && <span>{formatReadingTime(a.readingTime)}</span>}
          <a href={a.url} target="_blank" rel="noopener noreferrer">
            {t('reader.original')}
          </a>
        </p>
        <ArticleNotes notes={a.notes} />
        {analysis && (
          <p class="rd-analysis" role="status">
            {analysis}
          </p>
        )}
        {!a.downloaded && (
          <div class="rd-notice" role="note">
            <p>{fillSlots(tSlots('reader.notDownloaded'), [<strong key="title">{t('reader.notDownloadedTitle')}</strong>])}</p>
            {a.excerpt && <p>{a.excerpt}</p>}
            <button type="button" class="rl-button rl-primary" onClick={() => void fetchContent()}>
              {t('reader.fetch', [a.site])}
            </button>{' '}
            <span class="rd-fine">{t('reader.fetchHint', [a.site])}</span>
            {fetchState && <p role="status">{fetchState}</p>}
          </div>
        )}
        <article class="rd-body" ref={bodyRef} />
      </main>
    </div>
  );
}

/** Plain text (an import without HTML) as paragraphs; escaped by the DOM, then sanitised anyway. */
function textAsHtml(text: string): string {
  const div = document.createElement('div');
  for (const para of text.split(/\n\s*\n/)) {
    if (!para.trim()) continue;
    const p = document.createElement('p');
    p.textContent = para.trim();
    div.append(p);
  }
  return div.innerHTML;
}
