import { RadarRing } from '@backstage-community/plugin-tech-radar-common';
import Chip from '@material-ui/core/Chip';

/** A radar ring, outlined in the ring's colour as the radar draws it. */
export function RingChip(props: { ring: RadarRing }) {
  const { ring } = props;
  return (
    <Chip
      size="small"
      variant="outlined"
      label={ring.name}
      style={{ borderColor: ring.color, borderWidth: 2 }}
    />
  );
}
