import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import '@/components/popup.css';

render(<PopupApp />, document.getElementById('app')!);
