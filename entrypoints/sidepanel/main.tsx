import { render } from 'preact';
import { t } from '@/components/design/i18n';
import { followThemeSetting } from '@/components/design/theme';
import { PanelTabs } from '@/components/sidepanel/PanelTabs';
import { PanelErrorBoundary, SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/reading-list/reading-list.css';
import '@/components/sidepanel/sidepanel.css';

followThemeSetting();
document.title = t('ext.name');
render(
  <PanelErrorBoundary>
    <PanelTabs initial={new URLSearchParams(location.search).get('view') === 'list' ? 'list' : 'article'}>
      <SidePanelApp />
    </PanelTabs>
  </PanelErrorBoundary>,
  document.getElementById('app')!,
);
