import { Header, Page } from '@backstage/core-components';
import { useRouteRefParams } from '@backstage/core-plugin-api';
import { toolRouteRef } from '../../routes';
import { ToolHubContent } from './ToolHubContent';

/** The tool page with its own header, for apps on the legacy frontend system. */
export function ToolHubPage() {
  const { tool } = useRouteRefParams(toolRouteRef);
  return (
    <Page themeId="tool">
      <Header
        title={tool}
        type="Tool"
        subtitle="At conferences, on the radar, in our services"
      />
      <ToolHubContent />
    </Page>
  );
}
