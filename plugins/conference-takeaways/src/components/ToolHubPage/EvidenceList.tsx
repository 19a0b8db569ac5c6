import { useApi } from '@backstage/core-plugin-api';
import { EvidenceView } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { useRadarCitePermission } from '../../hooks/useRadarCitePermission';
import { CitationByline, RadarActionButton } from '../RadarCitations';
import { CitedItemLine } from './CitedItemLine';

/** Who cited a ref from the portal, and the button that removes it. */
function PortalCitation(props: {
  view: EvidenceView & { citation: NonNullable<EvidenceView['citation']> };
  onRemoved?: () => void;
}) {
  const { view, onRemoved } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const permission = useRadarCitePermission();
  const { run, running } = useRadarAction(
    () => api.deleteRadarCitation(view.citation.id),
    { success: 'Citation removed', onDone: onRemoved },
  );
  return (
    <>
      {' '}
      <CitationByline
        verb="cited"
        by={view.citation.citedBy}
        at={view.citation.citedAt}
      />{' '}
      <RadarActionButton
        allowed={permission.allowed}
        reason={permission.reason}
        running={running}
        onClick={() => run()}
        aria-label={`Remove citation of ${
          view.found ? view.title : view.entityRef
        }`}
      >
        Remove
      </RadarActionButton>
    </>
  );
}

/**
 * The takeaways and talks a radar move cites; refs that cannot be found say
 * so. Those cited from the portal say who cited them, with a Remove button.
 */
export function EvidenceList(props: {
  evidence: EvidenceView[];
  onChanged?: () => void;
}) {
  if (props.evidence.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No evidence cited.
      </Typography>
    );
  }
  return (
    <ul aria-label="Evidence">
      {props.evidence.map(view => (
        <Box component="li" key={view.entityRef}>
          {view.found ? (
            <CitedItemLine item={view} />
          ) : (
            <Typography variant="body2" component="span" color="error">
              {view.entityRef}: not found, or you may not see it
            </Typography>
          )}
          {view.citation && (
            <PortalCitation
              view={{ ...view, citation: view.citation }}
              onRemoved={props.onChanged}
            />
          )}
        </Box>
      ))}
    </ul>
  );
}
