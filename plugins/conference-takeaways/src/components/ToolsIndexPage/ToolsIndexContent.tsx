import { Content, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import { rootRouteRef } from '../../routes';
import { ToolsIndex } from './ToolsIndex';

/** The tools index below the explorer, for app layouts that draw the header. */
export function ToolsIndexContent() {
  const explorerRoute = useRouteRef(rootRouteRef);
  return (
    <Content>
      <Box mb={2}>
        <Link to={explorerRoute()}>All conference takeaways</Link>
      </Box>
      <ToolsIndex />
    </Content>
  );
}
