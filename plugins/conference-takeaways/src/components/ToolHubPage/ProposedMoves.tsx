import { RadarRing } from '@backstage-community/plugin-tech-radar-common';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  RadarProposal,
  ToolRadarView,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { useRadarCitePermission } from '../../hooks/useRadarCitePermission';
import {
  CitationByline,
  CiteDeniedNote,
  RadarActionButton,
} from '../RadarCitations';
import { RingChip } from '../shared';

function ProposalItem(props: {
  proposal: RadarProposal;
  radar: ToolRadarView;
  rings: Map<string, RadarRing>;
  permission: ReturnType<typeof useRadarCitePermission>;
  onWithdrawn: () => void;
}) {
  const { proposal, radar, rings, permission, onWithdrawn } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const { run, running } = useRadarAction(
    () => api.deleteRadarProposal(proposal.id),
    { success: 'Proposal withdrawn', onDone: onWithdrawn },
  );
  const ring = rings.get(proposal.ringId);
  return (
    <Box component="li" mb={2} style={{ listStyle: 'none' }}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
      >
        <Typography variant="body2" component="span">
          {radar.ring.name} →
        </Typography>
        {ring ? (
          <RingChip ring={ring} />
        ) : (
          <Typography variant="body2" component="span">
            {proposal.ringId}
          </Typography>
        )}
        <CitationByline
          verb="proposed"
          by={proposal.proposedBy}
          at={proposal.proposedAt}
        />
        <RadarActionButton
          allowed={permission.allowed}
          reason={permission.reason}
          running={running}
          onClick={() => run()}
        >
          Withdraw
        </RadarActionButton>
      </Box>
      <Typography variant="body2" style={{ whiteSpace: 'pre-wrap' }}>
        {proposal.rationale}
      </Typography>
      {proposal.evidence.length > 0 && (
        <Typography variant="body2" component="div">
          Evidence:{' '}
          {proposal.evidence.map((ref, index) => (
            <span key={ref}>
              {index > 0 && ', '}
              <EntityRefLink entityRef={ref} hideIcon />
            </span>
          ))}
        </Typography>
      )}
    </Box>
  );
}

/**
 * Radar moves proposed from takeaway and talk pages, newest first, for the
 * radar's owners to decide on (and withdraw once decided).
 */
export function ProposedMoves(props: { radar: ToolRadarView }) {
  const { radar } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const permission = useRadarCitePermission();
  const { value, error, retry } = useAsyncRetry(async () => {
    const [{ proposals }, rings] = await Promise.all([
      api.listRadarProposals({ entryId: radar.entryId }),
      // the proposed ring's colour; its id will do when the radar fails
      api.getRadarHistory().then(
        history => history.rings,
        () => [],
      ),
    ]);
    return { proposals, rings: new Map(rings.map(ring => [ring.id, ring])) };
  }, [api, radar.entryId]);
  let content;
  if (error) {
    content = (
      <ResponseErrorPanel error={error} title="Could not load the proposals" />
    );
  } else if (!value) {
    content = <Progress />;
  } else if (value.proposals.length === 0) {
    content = (
      <Typography variant="body2" color="textSecondary">
        No move proposed. Propose one from a takeaway's or talk's page.
      </Typography>
    );
  } else {
    content = (
      <>
        <ol
          aria-label={`Proposed moves of ${radar.title}`}
          style={{ paddingLeft: 0 }}
        >
          {value.proposals.map(proposal => (
            <ProposalItem
              key={proposal.id}
              proposal={proposal}
              radar={radar}
              rings={value.rings}
              permission={permission}
              onWithdrawn={retry}
            />
          ))}
        </ol>
        <CiteDeniedNote reason={permission.reason} />
      </>
    );
  }
  return (
    <InfoCard
      title="Proposed moves"
      subheader={`New rings proposed for ${radar.title}, newest first`}
    >
      {content}
    </InfoCard>
  );
}
