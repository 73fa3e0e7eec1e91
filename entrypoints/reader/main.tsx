/** The reader view of one saved article: `reader.html?id=…`. */
import { mountPage } from '@/components/design/page';
import { t } from '@/components/design/i18n';
import { ReaderApp } from '@/components/reading-list/ReaderApp';
import '@/components/design/tokens.css';
import '@/components/annotator/highlights.css';
import '@/components/reading-list/reading-list.css';
import '@/components/reading-list/reader.css';

// Until the article is open (its title then names the tab).
const id = new URLSearchParams(location.search).get('id') ?? '';
mountPage(<ReaderApp id={id} />, { title: t('reader.pageTitle') });
