import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { useExplorerLink } from '../../hooks/useExplorerLink';
import { safeHttpUrl } from '../../lib/safeHttpUrl';

/**
 * Tells people how takeaways get here. Links to the explorer's "Add a trip
 * report" tab, or to `docsUrl` when the app passes its own documentation.
 * Renders spans only: EmptyState puts its description inside a paragraph.
 */
export function AddTripReportHint(props: {
  docsUrl?: string;
  /** Also explain how to declare the tools an entity uses. */
  explainTools?: boolean;
}) {
  const explorerLink = useExplorerLink();
  const docsUrl =
    safeHttpUrl(props.docsUrl) ?? explorerLink?.({ tab: 'add-report' });
  return (
    <>
      {props.explainTools && (
        <Typography
          variant="body2"
          component="span"
          display="block"
          gutterBottom
        >
          We match talks to the tools an entity uses. Declare them with tags
          (e.g. <code>linkerd</code>), the{' '}
          <code>conference-takeaways.dev/tools</code> annotation, or a
          dependency on a resource annotated with{' '}
          <code>conference-takeaways.dev/tool</code>.
        </Typography>
      )}
      <Typography variant="body2" component="span" display="block" gutterBottom>
        Been to a conference? Write a Markdown trip report with one{' '}
        <code>##</code> section per takeaway and the talks it cites, and add it
        to the trip report location in the catalog.
      </Typography>
      {docsUrl && (
        <Typography variant="body2" component="span" display="block">
          <Link to={docsUrl}>How to add a trip report</Link>
        </Typography>
      )}
    </>
  );
}
