import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { CitedItem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { conferenceLine, ExternalLink } from '../shared';

/**
 * A takeaway or talk on one line: kind, link to its entity page, the
 * conference, and a talk's recording and slides (http(s) only).
 */
export function CitedItemLine(props: {
  item: CitedItem;
  /** Leave out the conference, e.g. under a conference heading. */
  hideConference?: boolean;
}) {
  const { item, hideConference } = props;
  const conference = !hideConference && conferenceLine(item.conference);
  return (
    <Typography variant="body2" component="span">
      {item.kind}:{' '}
      <EntityRefLink entityRef={item.entityRef} hideIcon>
        {item.title}
      </EntityRefLink>
      {conference && ` — ${conference}`}
      {item.links.map(link => (
        <span key={link.url}>
          {' '}
          <ExternalLink url={link.url}>{link.title.toLowerCase()}</ExternalLink>
        </span>
      ))}
    </Typography>
  );
}
