import { useRouteRef } from '@backstage/core-plugin-api';
import { toolLinkRouteRef } from '../routes';

/** Builds the URL of a tool's page from its slug. */
export type ToolLinkFn = (tool: string) => string;

/**
 * Links to tool pages, or undefined when the app has not bound the tool link
 * (legacy apps that mount only the explorer, or none of our pages).
 */
export function useToolLink(): ToolLinkFn | undefined {
  const toolRoute = useRouteRef(toolLinkRouteRef);
  if (!toolRoute) {
    return undefined;
  }
  return tool => toolRoute({ tool });
}
