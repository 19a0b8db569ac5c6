import { Link } from '@backstage/core-components';
import Chip from '@material-ui/core/Chip';
import { useExplorerLink } from '../../hooks/useExplorerLink';
import { useToolLink } from '../../hooks/useToolLink';

/**
 * A tool slug as a chip. Links to the tool's page when the app has it,
 * otherwise to the explorer filtered by the tool, otherwise nowhere.
 */
export function ToolChip(props: {
  slug: string;
  label?: string;
  color?: 'default' | 'primary';
}) {
  const { slug, label = slug, color = 'default' } = props;
  const toolLink = useToolLink();
  const explorerLink = useExplorerLink();
  const link = toolLink
    ? { to: toolLink(slug), name: `${label}: tool page` }
    : explorerLink && {
        to: explorerLink({ tab: 'takeaways', tool: slug }),
        name: `Takeaways about ${label}`,
      };
  if (!link) {
    return <Chip size="small" label={label} color={color} />;
  }
  return (
    <Chip
      size="small"
      label={label}
      color={color === 'primary' ? 'primary' : undefined}
      clickable
      component={Link}
      to={link.to}
      aria-label={link.name}
    />
  );
}
