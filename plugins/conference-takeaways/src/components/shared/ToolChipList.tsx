import Box from '@material-ui/core/Box';
import { useToolNames } from '../../hooks/useToolNames';
import { ToolChip } from './ToolChip';

/**
 * Tool slugs as chips named as people write them (Argo CD, not argo-cd);
 * the highlighted ones (subjects) come first, in colour.
 */
export function ToolChipList(props: {
  tools: string[];
  highlighted?: string[];
}) {
  const names = useToolNames(props.tools);
  const highlighted = new Set(props.highlighted ?? []);
  const ordered = [
    ...props.tools.filter(t => highlighted.has(t)),
    ...props.tools.filter(t => !highlighted.has(t)),
  ];
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {ordered.map(tool => (
        <ToolChip
          key={tool}
          slug={tool}
          label={names.get(tool) ?? tool}
          color={highlighted.has(tool) ? 'primary' : 'default'}
        />
      ))}
    </Box>
  );
}
