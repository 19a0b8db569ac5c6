import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';

/** "cited by guest on 2026-11-30": who cited evidence from the portal, and when. */
export function CitationByline(props: {
  verb: string;
  by: string;
  at: string;
}) {
  return (
    <Typography variant="caption" color="textSecondary" component="span">
      {props.verb} by{' '}
      <EntityRefLink entityRef={props.by} defaultKind="user" hideIcon /> on{' '}
      {props.at.slice(0, 10)}
    </Typography>
  );
}
