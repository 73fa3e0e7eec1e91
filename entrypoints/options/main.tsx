import { render } from 'preact';
import { followThemeSetting } from '@/components/design/theme';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/hover-card.css';
import '@/components/options/options.css';

followThemeSetting();
render(<OptionsApp />, document.getElementById('app')!);
