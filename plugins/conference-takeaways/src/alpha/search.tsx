import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import EventNoteIcon from '@material-ui/icons/EventNote';
import { isConferenceTakeawaysSearchResult } from '../components/ConferenceTakeawaysSearchResultListItem';

/**
 * Renders conference, talk and takeaway results on the search page.
 *
 * @alpha
 */
export const conferenceTakeawaysSearchResultListItem =
  SearchResultListItemBlueprint.make({
    params: {
      predicate: isConferenceTakeawaysSearchResult,
      icon: <EventNoteIcon />,
      component: () =>
        import('../components/ConferenceTakeawaysSearchResultListItem').then(
          m => m.ConferenceTakeawaysSearchResultListItem,
        ),
    },
  });

/**
 * Adds "Conference takeaways" to the search page's result type filter.
 *
 * @alpha
 */
export const conferenceTakeawaysSearchResultType =
  SearchFilterResultTypeBlueprint.make({
    params: {
      value: 'conference-takeaways',
      name: 'Conference takeaways',
      icon: <EventNoteIcon />,
    },
  });
