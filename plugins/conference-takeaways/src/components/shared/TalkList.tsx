import { Entity } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TalkEntity } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { normalizeRef } from '../../lib/entityRefs';
import { TalkMediaLinks } from './CitedTalks';

/**
 * Talks by ref, described from the loaded entities when available; refs
 * whose entity is missing still get a link.
 */
export function TalkList(props: {
  refs: string[];
  entities?: Map<string, Entity>;
  label: string;
}) {
  if (props.refs.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        None.
      </Typography>
    );
  }
  return (
    <ul aria-label={props.label}>
      {props.refs.map(ref => {
        const talk = props.entities?.get(normalizeRef(ref, 'talk') ?? '') as
          | TalkEntity
          | undefined;
        return (
          <li key={ref}>
            <Typography variant="body2" component="span">
              <EntityRefLink entityRef={ref} defaultKind="talk" hideIcon>
                {talk?.spec?.title ?? talk?.metadata.title}
              </EntityRefLink>
              {talk?.spec?.speakers?.length
                ? ` by ${talk.spec.speakers.join(', ')}`
                : ''}{' '}
              <TalkMediaLinks
                recordingUrl={talk?.spec?.recordingUrl}
                slidesUrl={talk?.spec?.slidesUrl}
              />
            </Typography>
          </li>
        );
      })}
    </ul>
  );
}
