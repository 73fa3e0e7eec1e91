/** The reader view of one saved article: `reader.html?id=…`. */
import { render } from 'preact';
import { ReaderApp } from '@/components/reading-list/ReaderApp';
import '@/components/design/tokens.css';
import '@/entrypoints/content/highlights.css';
import '@/components/reading-list/reading-list.css';
import '@/components/reading-list/reader.css';

const id = new URLSearchParams(location.search).get('id') ?? '';
render(<ReaderApp id={id} />, document.getElementById('app')!);
