import { mountPage } from '@/components/design/page';
import { PopupApp } from '@/components/PopupApp';
import '@/components/popup.css';

mountPage(<PopupApp />);
