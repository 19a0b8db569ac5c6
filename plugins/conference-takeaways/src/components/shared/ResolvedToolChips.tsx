import { ResolvedTool } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Tooltip from '@material-ui/core/Tooltip';
import { describeToolSource } from '../../lib/toolSources';
import { ToolChip } from './ToolChip';

/** The tools an entity uses; hovering a chip says where we found it. */
export function ResolvedToolChips(props: { tools: ResolvedTool[] }) {
  return (
    <>
      {props.tools.map(tool => (
        <Tooltip
          key={tool.slug}
          title={`Found via: ${tool.sources
            .map(describeToolSource)
            .join('; ')}`}
        >
          <span>
            <ToolChip slug={tool.slug} label={tool.name} color="primary" />
          </span>
        </Tooltip>
      ))}
    </>
  );
}
