import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import EventNoteIcon from '@material-ui/icons/EventNote';
import {
  explorerLinkRouteRef,
  rootRouteRef,
  toolLinkRouteRef,
  toolRouteRef,
} from '../routes';
import { conferenceTakeawaysApi, reportPreviewApi } from './apis';
import {
  conferenceDetailsEntityCard,
  groupToolsEntityCard,
  relevantTakeawaysEntityCard,
  takeawayDetailsEntityCard,
  talkDetailsEntityCard,
} from './entityCards';
import { relevantTakeawaysEntityContent } from './entityContents';
import { takeawaysExplorerPage } from './pages';
import {
  conferenceTakeawaysSearchResultListItem,
  conferenceTakeawaysSearchResultType,
} from './search';

/**
 * The conference-takeaways plugin for the new frontend system.
 *
 * @alpha
 */
export const conferenceTakeawaysPlugin = createFrontendPlugin({
  pluginId: 'conference-takeaways',
  title: 'Conference takeaways',
  icon: <EventNoteIcon fontSize="inherit" />,
  info: { packageJson: () => import('../../package.json') },
  routes: {
    root: rootRouteRef,
    tool: toolRouteRef,
  },
  externalRoutes: {
    explorer: explorerLinkRouteRef,
    toolLink: toolLinkRouteRef,
  },
  extensions: [
    conferenceTakeawaysApi,
    reportPreviewApi,
    relevantTakeawaysEntityCard,
    groupToolsEntityCard,
    takeawayDetailsEntityCard,
    talkDetailsEntityCard,
    conferenceDetailsEntityCard,
    relevantTakeawaysEntityContent,
    takeawaysExplorerPage,
    conferenceTakeawaysSearchResultListItem,
    conferenceTakeawaysSearchResultType,
  ],
});
