import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { ReactNode } from 'react';
import { ToolChip } from '../shared';
import { ConferenceTakeawaysSearchDocument } from './ConferenceTakeawaysSearchDocument';
import { HighlightedText } from './HighlightedText';

type BaseDocument = Pick<
  ConferenceTakeawaysSearchDocument,
  'title' | 'text' | 'location'
>;

/** Props of {@link ConferenceTakeawaysSearchResultListItem}. @public */
export interface ConferenceTakeawaysSearchResultListItemProps {
  /**
   * The search document. Fields beyond title, text and location are
   * optional here: an index built by an older collator may lack them.
   */
  result?: BaseDocument &
    Partial<Omit<ConferenceTakeawaysSearchDocument, keyof BaseDocument>>;
  /** Matched terms, as the search engine marks them. */
  highlight?: {
    preTag: string;
    postTag: string;
    fields: Record<string, string>;
  };
  /** Position in the results; used by the list item wrapper for analytics. */
  rank?: number;
  icon?: ReactNode;
  /** Lines of text shown before it is cut; 3 by default. */
  lineClamp?: number;
}

function Field(props: {
  value: string;
  name: string;
  highlight: ConferenceTakeawaysSearchResultListItemProps['highlight'];
}) {
  const { value, name, highlight } = props;
  const marked = highlight?.fields[name];
  if (!marked) {
    return <>{value}</>;
  }
  return (
    <HighlightedText
      text={marked}
      preTag={highlight.preTag}
      postTag={highlight.postTag}
    />
  );
}

function conferenceLabel(conference?: string, year?: number) {
  if (!conference) {
    return year === undefined ? undefined : String(year);
  }
  return year === undefined || conference.includes(String(year))
    ? conference
    : `${conference} (${year})`;
}

/**
 * A conference, talk or takeaway in search results: its kind, conference and
 * year, the tools as chips (linking to their tool pages) and the matched
 * text highlighted. Like search's default list item, it renders the inside of
 * a result list item; the search page's list item wrapper adds the item
 * itself and click tracking.
 *
 * @public
 */
export function ConferenceTakeawaysSearchResultListItem(
  props: ConferenceTakeawaysSearchResultListItemProps,
) {
  const { result, highlight, icon, lineClamp = 3 } = props;
  if (!result) {
    return null;
  }
  const conference = conferenceLabel(result.conference, result.year);
  const tools = result.tools ?? [];
  const speakers = result.speakers ?? [];
  return (
    <>
      {icon && <ListItemIcon>{icon}</ListItemIcon>}
      <Box width="100%">
        <ListItemText
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={result.location}>
              <Field value={result.title} name="title" highlight={highlight} />
            </Link>
          }
          secondary={
            <Typography
              component="span"
              variant="body2"
              color="textSecondary"
              style={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: lineClamp,
                overflow: 'hidden',
              }}
            >
              <Field value={result.text} name="text" highlight={highlight} />
            </Typography>
          }
        />
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          style={{ gap: 4 }}
          aria-label="Result details"
        >
          {result.kind && (
            <Chip size="small" color="primary" label={result.kind} />
          )}
          {conference && (
            <Chip size="small" variant="outlined" label={conference} />
          )}
          {tools.map(tool => (
            <ToolChip key={tool} slug={tool} />
          ))}
        </Box>
        {speakers.length > 0 && (
          <Typography variant="body2" color="textSecondary">
            Speakers: {speakers.join(', ')}
          </Typography>
        )}
      </Box>
    </>
  );
}
