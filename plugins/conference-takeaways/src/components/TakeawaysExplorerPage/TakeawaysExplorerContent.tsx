import { Content } from '@backstage/core-components';
import { TakeawaysExplorer } from './TakeawaysExplorer';

/** The explorer without a header, for app layouts that draw their own. */
export function TakeawaysExplorerContent() {
  return (
    <Content>
      <TakeawaysExplorer />
    </Content>
  );
}
