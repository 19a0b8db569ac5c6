import { Content, Link } from '@backstage/core-components';
import { useRouteRef, useRouteRefParams } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { rootRouteRef, toolRouteRef } from '../../routes';
import { ToolHub } from './ToolHub';

/** The tool page below the explorer, for app layouts that draw the header. */
export function ToolHubContent() {
  const { tool } = useRouteRefParams(toolRouteRef);
  const explorerRoute = useRouteRef(rootRouteRef);
  return (
    <Content>
      <Box mb={2}>
        <Link to={explorerRoute()}>All conference takeaways</Link>
      </Box>
      <ToolHub tool={tool} />
    </Content>
  );
}
