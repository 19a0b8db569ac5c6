import { EvidenceView } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { CitedItemLine } from './CitedItemLine';

/** The takeaways and talks a radar move cites; refs that cannot be found say so. */
export function EvidenceList(props: { evidence: EvidenceView[] }) {
  if (props.evidence.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No evidence cited.
      </Typography>
    );
  }
  return (
    <ul aria-label="Evidence">
      {props.evidence.map(view => (
        <li key={view.entityRef}>
          {view.found ? (
            <CitedItemLine item={view} />
          ) : (
            <Typography variant="body2" component="span" color="error">
              {view.entityRef}: not found, or you may not see it
            </Typography>
          )}
        </li>
      ))}
    </ul>
  );
}
