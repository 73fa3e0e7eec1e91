import { render } from 'preact';
import { followThemeSetting } from '@/components/design/theme';
import { PanelErrorBoundary, SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/sidepanel/sidepanel.css';

followThemeSetting();
render(
  <PanelErrorBoundary>
    <SidePanelApp />
  </PanelErrorBoundary>,
  document.getElementById('app')!,
);
