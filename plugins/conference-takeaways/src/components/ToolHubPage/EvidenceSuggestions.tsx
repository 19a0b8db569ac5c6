import {
  CodeSnippet,
  CopyTextButton,
  InfoCard,
} from '@backstage/core-components';
import { EvidenceSuggestion } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { CitedItemLine } from './CitedItemLine';

/**
 * Takeaways and talks about the tool that its radar entry does not cite yet,
 * each with the YAML to paste under a move of the radar file.
 */
export function EvidenceSuggestions(props: {
  entryTitle: string;
  suggestions: EvidenceSuggestion[];
  /** Suggestions in all; the backend sends the first few. */
  total: number;
  /** Takeaways and talks about the tool in all, cited or not. */
  itemsTotal: number;
}) {
  const { entryTitle, suggestions, total, itemsTotal } = props;
  return (
    <InfoCard
      title="Evidence the radar could cite"
      subheader={`About ${entryTitle}, but not cited by any move of its radar entry yet`}
    >
      {suggestions.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {itemsTotal === 0
            ? `No takeaway or talk is about ${entryTitle} yet, so there is nothing to cite.`
            : `The radar entry already cites every takeaway and talk about ${entryTitle}.`}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" paragraph>
            To cite one, paste its snippet under the move of the{' '}
            <code>{entryTitle}</code> entry in the radar file that it supports
            (add the ref to that move's <code>evidence</code> list if it has
            one).
          </Typography>
          {suggestions.map(suggestion => (
            <Box
              component="section"
              key={suggestion.item.entityRef}
              aria-label={`Suggestion: ${suggestion.item.title}`}
              mb={2}
            >
              <Box display="flex" alignItems="flex-start" style={{ gap: 8 }}>
                <Box flexGrow={1}>
                  <CitedItemLine item={suggestion.item} />
                </Box>
                {/* beside the snippet, not over it: long lines stay readable */}
                <CopyTextButton
                  text={suggestion.snippet}
                  tooltipText="Snippet copied"
                />
              </Box>
              <CodeSnippet language="yaml" text={suggestion.snippet} />
            </Box>
          ))}
          {total > suggestions.length && (
            <Typography variant="body2" color="textSecondary" role="status">
              Showing {suggestions.length} of {total} suggestions, newest first;
              the takeaways and talks below list them all.
            </Typography>
          )}
        </>
      )}
    </InfoCard>
  );
}
