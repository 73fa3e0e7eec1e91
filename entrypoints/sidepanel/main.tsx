import { t } from '@/components/design/i18n';
import { mountPage } from '@/components/design/page';
import { PanelTabs } from '@/components/sidepanel/PanelTabs';
import { PanelErrorBoundary, SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/reading-list/reading-list.css';
import '@/components/sidepanel/sidepanel.css';

mountPage(
  <PanelErrorBoundary>
    <PanelTabs initial={new URLSearchParams(location.search).get('view') === 'list' ? 'list' : 'article'}>
      <SidePanelApp />
    </PanelTabs>
  </PanelErrorBoundary>,
  { title: t('ext.name'), theme: true },
);
