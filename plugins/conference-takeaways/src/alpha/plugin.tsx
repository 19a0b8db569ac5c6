import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import EventNoteIcon from '@material-ui/icons/EventNote';
import { explorerLinkRouteRef, rootRouteRef } from '../routes';
import { conferenceTakeawaysApi } from './apis';
import {
  conferenceDetailsEntityCard,
  groupToolsEntityCard,
  relevantTakeawaysEntityCard,
  takeawayDetailsEntityCard,
  talkDetailsEntityCard,
} from './entityCards';
import { relevantTakeawaysEntityContent } from './entityContents';
import { takeawaysExplorerPage } from './pages';

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
  },
  externalRoutes: {
    explorer: explorerLinkRouteRef,
  },
  extensions: [
    conferenceTakeawaysApi,
    relevantTakeawaysEntityCard,
    groupToolsEntityCard,
    takeawayDetailsEntityCard,
    talkDetailsEntityCard,
    conferenceDetailsEntityCard,
    relevantTakeawaysEntityContent,
    takeawaysExplorerPage,
  ],
});
