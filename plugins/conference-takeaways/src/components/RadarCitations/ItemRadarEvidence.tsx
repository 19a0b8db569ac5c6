import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useCallback, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { conferenceTakeawaysApiRef } from '../../api';
import { useRadarAction } from '../../hooks/useRadarAction';
import { useRadarCitePermission } from '../../hooks/useRadarCitePermission';
import { useToolLink } from '../../hooks/useToolLink';
import { CitingMove, citingMoves } from '../../lib/radarCitations';
import { RingChip } from '../shared';
import { CitationByline } from './CitationByline';
import { CiteDeniedNote } from './CiteDeniedNote';
import { CiteEvidenceDialog } from './CiteEvidenceDialog';
import { ProposeMoveDialog } from './ProposeMoveDialog';
import { RadarActionButton } from './RadarActionButton';

/** Props of {@link ItemRadarEvidence}. */
export interface ItemRadarEvidenceProps {
  /** The takeaway's or talk's ref. */
  entityRef: string;
  itemTitle: string;
  /** Tools the item is about: their radar entries are offered first. */
  subjectTools: string[];
}

function CitingMoveLine(props: {
  move: CitingMove;
  permission: ReturnType<typeof useRadarCitePermission>;
  onRemoved: () => void;
}) {
  const { move, permission, onRemoved } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const toolLink = useToolLink();
  const { run, running } = useRadarAction(
    (id: string) => api.deleteRadarCitation(id),
    {
      success: `Citation removed from ${move.entryTitle}'s ${move.moveDate} move`,
      onDone: onRemoved,
    },
  );
  return (
    <Box
      component="li"
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 8 }}
    >
      <Typography variant="body2" component="span">
        {toolLink ? (
          <Link to={toolLink(move.tool)}>{move.entryTitle}</Link>
        ) : (
          move.entryTitle
        )}
        , {move.moveDate} move
      </Typography>
      {move.ring && <RingChip ring={move.ring} />}
      {move.citation ? (
        <>
          <CitationByline
            verb="cited"
            by={move.citation.citedBy}
            at={move.citation.citedAt}
          />
          <RadarActionButton
            allowed={permission.allowed}
            reason={permission.reason}
            running={running}
            onClick={() => run(move.citation!.id)}
          >
            Remove citation
          </RadarActionButton>
        </>
      ) : (
        <Typography variant="caption" color="textSecondary" component="span">
          in the radar file
        </Typography>
      )}
    </Box>
  );
}

/**
 * On a takeaway's or talk's page: the radar moves that cite it, with who
 * cited it from the portal, and the actions to cite it on a move, remove a
 * portal citation, or propose a move. Renders nothing when the portal has no
 * tech radar.
 */
export function ItemRadarEvidence(props: ItemRadarEvidenceProps) {
  const { entityRef, itemTitle, subjectTools } = props;
  const api = useApi(conferenceTakeawaysApiRef);
  const permission = useRadarCitePermission();
  // async, so that a synchronous throw ends up as an error state too
  const history = useAsyncRetry(async () => api.getRadarHistory(), [api]);
  const citations = useAsyncRetry(
    async () => api.listRadarCitations({ entityRef }),
    [api, entityRef],
  );
  const [dialog, setDialog] = useState<'cite' | 'propose'>();
  const { retry: retryHistory } = history;
  const { retry: retryCitations } = citations;
  // both: the history carries merged evidence, the list who cited it
  const reload = useCallback(() => {
    retryHistory();
    retryCitations();
  }, [retryHistory, retryCitations]);

  const error = history.error ?? citations.error;
  if ((error as { statusCode?: number } | undefined)?.statusCode === 404) {
    return null; // no radar configured
  }
  if (error) {
    return (
      <ResponseErrorPanel error={error} title="Could not load the radar" />
    );
  }
  if (!history.value || !citations.value) {
    return <Progress />;
  }
  const moves = citingMoves(
    history.value,
    citations.value.citations,
    entityRef,
  );

  return (
    <>
      {moves.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No radar move cites it yet.
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label="Radar moves citing it"
          pl={0}
          my={1}
          style={{ listStyle: 'none' }}
        >
          {moves.map(move => (
            <CitingMoveLine
              key={`${move.entryId}@${move.moveDate}`}
              move={move}
              permission={permission}
              onRemoved={reload}
            />
          ))}
        </Box>
      )}
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mt={1}>
        <RadarActionButton
          variant="outlined"
          allowed={permission.allowed}
          reason={permission.reason}
          onClick={() => setDialog('cite')}
        >
          Cite as evidence
        </RadarActionButton>
        <RadarActionButton
          variant="outlined"
          allowed={permission.allowed}
          reason={permission.reason}
          onClick={() => setDialog('propose')}
        >
          Propose a radar move
        </RadarActionButton>
      </Box>
      <CiteDeniedNote reason={permission.reason} />
      {dialog === 'cite' && (
        <CiteEvidenceDialog
          onClose={() => setDialog(undefined)}
          onCited={reload}
          entityRef={entityRef}
          itemTitle={itemTitle}
          subjectTools={subjectTools}
          history={history.value}
          cited={moves}
        />
      )}
      {dialog === 'propose' && (
        <ProposeMoveDialog
          onClose={() => setDialog(undefined)}
          entityRef={entityRef}
          itemTitle={itemTitle}
          subjectTools={subjectTools}
          history={history.value}
        />
      )}
    </>
  );
}
