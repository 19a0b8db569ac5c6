import { Entity } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TakeawayEntity } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { normalizeRef } from '../../lib/entityRefs';

/** Takeaways by ref, with headline and report author when loaded. */
export function TakeawayList(props: {
  refs: string[];
  entities?: Map<string, Entity>;
  label: string;
}) {
  if (props.refs.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None yet.
      </Typography>
    );
  }
  return (
    <ul aria-label={props.label}>
      {props.refs.map(ref => {
        const takeaway = props.entities?.get(
          normalizeRef(ref, 'takeaway') ?? '',
        ) as TakeawayEntity | undefined;
        const author = takeaway?.spec?.report?.author;
        return (
          <li key={ref}>
            <Typography variant="body2" component="span">
              <EntityRefLink entityRef={ref} defaultKind="takeaway" hideIcon>
                {takeaway?.spec?.headline ?? takeaway?.metadata.title}
              </EntityRefLink>
              {author && ` — ${author}`}
            </Typography>
          </li>
        );
      })}
    </ul>
  );
}
