import { InfoCard } from '@backstage/core-components';
import {
  RadarMove,
  ToolRadarView,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { RingChip, SafeMarkdown } from '../shared';
import { EvidenceList } from './EvidenceList';

const MOVES: Record<RadarMove, string> = {
  1: 'moved in',
  0: '',
  [-1]: 'moved out',
};

/** The radar entry's moves, newest first, each with the evidence it cites. */
export function RadarTimeline(props: {
  radar: ToolRadarView;
  /** Called after a citation was removed, to load the page again. */
  onChanged?: () => void;
}) {
  const { radar } = props;
  return (
    <InfoCard
      title="Radar timeline"
      subheader={`${radar.title} in ${radar.quadrant.name}, newest move first`}
    >
      <ol aria-label="Radar timeline" style={{ paddingLeft: 0 }}>
        {radar.timeline.map((move, index) => (
          <Box
            component="li"
            key={`${move.date}-${index}`}
            mb={2}
            style={{ listStyle: 'none' }}
          >
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              <Typography variant="subtitle2" component="h3">
                {move.date}
              </Typography>
              <RingChip ring={move.ring} />
              {move.moved !== undefined && MOVES[move.moved] && (
                <Typography variant="body2" color="textSecondary">
                  {MOVES[move.moved]}
                </Typography>
              )}
            </Box>
            {move.description && <SafeMarkdown content={move.description} />}
            <EvidenceList
              evidence={move.evidence}
              onChanged={props.onChanged}
            />
          </Box>
        ))}
      </ol>
    </InfoCard>
  );
}
