import { Link } from '@backstage/core-components';
import { RadarRing } from '@backstage-community/plugin-tech-radar-common';
import Chip from '@material-ui/core/Chip';

/**
 * A radar ring, outlined in the ring's colour as the radar draws it. With
 * `link`, the chip opens that URL (e.g. the tool's page).
 */
export function RingChip(props: {
  ring: Pick<RadarRing, 'name' | 'color'>;
  link?: { to: string; name: string };
}) {
  const { ring, link } = props;
  // drawn by hand rather than with variant="outlined", which clashes with
  // the Link's own `variant` prop when the chip is a link
  const style = {
    backgroundColor: 'transparent',
    border: `2px solid ${ring.color}`,
  };
  if (!link) {
    return <Chip size="small" label={ring.name} style={style} />;
  }
  return (
    <Chip
      size="small"
      label={ring.name}
      style={style}
      clickable
      component={Link}
      to={link.to}
      aria-label={link.name}
    />
  );
}
