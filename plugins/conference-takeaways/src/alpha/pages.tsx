import { PageBlueprint } from '@backstage/frontend-plugin-api';
import EventNoteIcon from '@material-ui/icons/EventNote';
import { rootRouteRef } from '../routes';

/**
 * The explorer page. Its title and icon put it in the sidebar; the app's page
 * layout draws the header, so the page itself only renders the content.
 *
 * @alpha
 */
export const takeawaysExplorerPage = PageBlueprint.make({
  params: {
    path: '/conference-takeaways',
    routeRef: rootRouteRef,
    title: 'Conference takeaways',
    icon: <EventNoteIcon fontSize="inherit" />,
    loader: () =>
      import('../components/TakeawaysExplorerPage').then(m => (
        <m.TakeawaysExplorerContent />
      )),
  },
});
