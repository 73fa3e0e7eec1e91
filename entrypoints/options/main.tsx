import { mountPage } from '@/components/design/page';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/design/shared.css';
import '@/components/hover-card.css';
import '@/components/options/options.css';

mountPage(<OptionsApp />, { theme: true });
