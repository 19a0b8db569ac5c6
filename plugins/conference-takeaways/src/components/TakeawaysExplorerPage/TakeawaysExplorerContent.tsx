import { Content } from '@backstage/core-components';
import { Route, Routes } from 'react-router-dom';
import { toolRouteRef } from '../../routes';
import { ToolHubContent } from '../ToolHubPage';
import { ToolsIndexContent } from '../ToolsIndexPage';
import { TakeawaysExplorer } from './TakeawaysExplorer';

/**
 * The explorer, the tools index and the tool pages below it, without a
 * header: for app layouts that draw their own.
 */
export function TakeawaysExplorerContent() {
  return (
    <Routes>
      <Route
        path="/"
        element={
          <Content>
            <TakeawaysExplorer />
          </Content>
        }
      />
      <Route path="/tools" element={<ToolsIndexContent />} />
      <Route path={toolRouteRef.path} element={<ToolHubContent />} />
    </Routes>
  );
}
