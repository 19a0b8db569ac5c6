import { EmptyState, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { conferenceTakeawaysApiRef } from '../../api';
import { useToolLink } from '../../hooks/useToolLink';
import { closeToolNames } from '../../lib/closeToolNames';

/**
 * A tool page for a name nobody knows: says so, and offers the known tools
 * with a close name (typos, a fragment) and the list of all tools.
 */
export function UnknownTool(props: { tool: string }) {
  const api = useApi(conferenceTakeawaysApiRef);
  const toolLink = useToolLink();
  // suggestions are a help, not the page: a failure just means none
  const { value } = useAsync(async () => api.getExploreTools(), [api]);
  const suggestions = value ? closeToolNames(props.tool, value.tools) : [];
  return (
    <EmptyState
      missing="info"
      title={`No tool called "${props.tool}"`}
      description={
        <>
          <Typography
            component="span"
            variant="body2"
            display="block"
            gutterBottom
          >
            Neither the tool dictionary nor the tech radar knows it. Tool pages
            take a slug, name or alias (e.g. linkerd, otel) or the id of a radar
            entry.
          </Typography>
          {suggestions.length > 0 && toolLink && (
            <Typography
              component="span"
              variant="body2"
              display="block"
              gutterBottom
            >
              Did you mean{' '}
              {suggestions.map((tool, index) => (
                <span key={tool.slug}>
                  {index > 0 &&
                    (index === suggestions.length - 1 ? ' or ' : ', ')}
                  <Link to={toolLink(tool.slug)}>{tool.name}</Link>
                </span>
              ))}
              ?
            </Typography>
          )}
          {toolLink && (
            <Typography component="span" variant="body2" display="block">
              {/* the tools index is the parent of every tool page */}
              <Link to={toolLink('tool').replace(/\/[^/]*$/, '')}>
                See all tools
              </Link>
            </Typography>
          )}
        </>
      }
    />
  );
}
