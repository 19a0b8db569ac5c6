import { Content, Header, Page } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { toolRouteRef } from '../../routes';
import { ToolHubPage } from '../ToolHubPage';
import { ToolsIndex } from '../ToolsIndexPage';
import { TakeawaysExplorer } from './TakeawaysExplorer';

/** Props of {@link TakeawaysExplorerPage}. @public */
export interface TakeawaysExplorerPageProps {
  title?: string;
  subtitle?: string;
}

/**
 * The explorer with its own page header, and the tool pages below it, for
 * apps on the legacy frontend system.
 */
export function TakeawaysExplorerPage(props: TakeawaysExplorerPageProps) {
  const {
    title = 'Conference takeaways',
    subtitle = 'What we brought back from conferences, by tool, conference and year',
  } = props;
  return (
    <Routes>
      <Route
        path="/"
        element={
          <Page themeId="tool">
            <Header title={title} subtitle={subtitle} />
            <Content>
              <TakeawaysExplorer />
            </Content>
          </Page>
        }
      />
      <Route
        path="/tools"
        element={
          <Page themeId="tool">
            <Header
              title="Tools"
              subtitle="Every tool our reports and radar mention"
            />
            <Content>
              <ToolsIndex />
            </Content>
          </Page>
        }
      />
      <Route path={toolRouteRef.path} element={<ToolHubPage />} />
    </Routes>
  );
}
