import {
  CodeSnippet,
  CopyTextButton,
  InfoCard,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  EvidenceSuggestion,
  ToolRadarView,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { CITE_SECTION_ID } from '../../lib/citeSection';
import { useRadarCitePermission } from '../../hooks/useRadarCitePermission';
import { CiteDeniedNote, RadarActionButton } from '../RadarCitations';
import { CitedItemLine } from './CitedItemLine';
import { ExportRadarButton } from './ExportRadarButton';

function SuggestionRow(props: {
  suggestion: EvidenceSuggestion;
  radar: ToolRadarView;
  permission: ReturnType<typeof useRadarCitePermission>;
  onCited?: () => void;
}) {
  const { suggestion, radar, permission, onCited } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const current = radar.timeline[0];
  const { run, running } = useRadarAction(
    () =>
      api.createRadarCitation({
        entryId: radar.entryId,
        moveDate: current.date,
        entityRef: suggestion.item.entityRef,
      }),
    {
      success: `Cited on ${radar.title}'s ${current.date} move`,
      onDone: onCited,
    },
  );
  return (
    <Box
      component="section"
      aria-label={`Suggestion: ${suggestion.item.title}`}
      mb={2}
    >
      <Box
        display="flex"
        alignItems="flex-start"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Box flex="1 1 16rem">
          <CitedItemLine item={suggestion.item} />
        </Box>
        <RadarActionButton
          variant="outlined"
          allowed={permission.allowed}
          reason={permission.reason}
          running={running}
          onClick={() => run()}
          aria-label={`Cite ${suggestion.item.title} on the ${current.date} move`}
        >
          Cite
        </RadarActionButton>
        {/* beside the snippet, not over it: long lines stay readable */}
        <CopyTextButton
          text={suggestion.snippet}
          tooltipText="Snippet copied"
        />
      </Box>
      {/* wrapped, so a long ref stays readable without scrolling sideways */}
      <CodeSnippet
        language="yaml"
        text={suggestion.snippet}
        wrapLongLines
        customStyle={{ overflowWrap: 'anywhere' }}
      />
    </Box>
  );
}

/**
 * Takeaways and talks about the tool that its radar entry does not cite yet:
 * cite one on the current move from here, or copy the YAML to paste under a
 * move of the radar file. The export downloads the file with every portal
 * citation merged in.
 */
export function EvidenceSuggestions(props: {
  radar: ToolRadarView;
  suggestions: EvidenceSuggestion[];
  /** Suggestions in all; the backend sends the first few. */
  total: number;
  /** Takeaways and talks about the tool in all, cited or not. */
  itemsTotal: number;
  /** Called after a citation, to load the page again. */
  onChanged?: () => void;
}) {
  const { radar, suggestions, total, itemsTotal, onChanged } = props;
  const entryTitle = radar.title;
  const permission = useRadarCitePermission();
  return (
    <InfoCard
      title="Evidence the radar could cite"
      subheader={`About ${entryTitle}, but not cited by any move of its radar entry yet`}
    >
      <Box id={CITE_SECTION_ID} />
      {suggestions.length === 0 ? (
        <Typography variant="body2" color="textSecondary" paragraph>
          {itemsTotal === 0
            ? `No takeaway or talk is about ${entryTitle} yet, so there is nothing to cite.`
            : `The radar entry already cites every takeaway and talk about ${entryTitle}.`}
        </Typography>
      ) : (
        <>
          <Typography variant="body2" paragraph>
            Cite one on the current move ({radar.timeline[0].date},{' '}
            {radar.ring.name}), or paste its snippet under a move of the{' '}
            <code>{entryTitle}</code> entry in the radar file (add the ref to
            that move's <code>evidence</code> list if it has one). Takeaway and
            talk pages can cite on any move.
          </Typography>
          <CiteDeniedNote reason={permission.reason} />
          {suggestions.map(suggestion => (
            <SuggestionRow
              key={suggestion.item.entityRef}
              suggestion={suggestion}
              radar={radar}
              permission={permission}
              onCited={onChanged}
            />
          ))}
          {total > suggestions.length && (
            <Typography variant="body2" color="textSecondary" role="status">
              Showing {suggestions.length} of {total} suggestions, newest first;
              the takeaways and talks below list them all.
            </Typography>
          )}
        </>
      )}
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
        mt={1}
      >
        <Typography variant="body2" color="textSecondary">
          Keep the radar file in a repository? Download it with the portal's
          citations merged in.
        </Typography>
        <ExportRadarButton />
      </Box>
    </InfoCard>
  );
}
