import { Link } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import { useExplorerLink } from '../../hooks/useExplorerLink';

/**
 * A tool slug as a chip; links to the explorer filtered by the tool when the
 * explorer page is part of the app.
 */
export function ToolChip(props: {
  slug: string;
  label?: string;
  color?: 'default' | 'primary';
}) {
  const { slug, label = slug, color = 'default' } = props;
  const explorerLink = useExplorerLink();
  if (!explorerLink) {
    return <Chip size="small" label={label} color={color} />;
  }
  return (
    <Chip
      size="small"
      label={label}
      color={color === 'primary' ? 'primary' : undefined}
      clickable
      component={Link}
      to={explorerLink({ tab: 'takeaways', tool: slug })}
      aria-label={`Takeaways about ${label}`}
    />
  );
}
