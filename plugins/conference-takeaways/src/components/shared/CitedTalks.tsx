import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RelevantItem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { ExternalLink } from './ExternalLink';

type CitedTalk = NonNullable<RelevantItem['talks']>[number];

/** Talks a takeaway cites, each with its recording and slides when known. */
export function CitedTalks(props: { talks: CitedTalk[] }) {
  if (props.talks.length === 0) {
    return null;
  }
  return (
    <ul aria-label="Cited talks">
      {props.talks.map(talk => (
        <li key={talk.entityRef}>
          <Typography variant="body2" component="span">
            <EntityRefLink entityRef={talk.entityRef} hideIcon>
              {talk.title}
            </EntityRefLink>
            {talk.speakers.length > 0 && ` by ${talk.speakers.join(', ')}`}{' '}
            <TalkMediaLinks
              recordingUrl={talk.recordingUrl}
              slidesUrl={talk.slidesUrl}
            />
          </Typography>
        </li>
      ))}
    </ul>
  );
}

/** "recording · slides", skipping anything that is not an http(s) URL. */
export function TalkMediaLinks(props: {
  recordingUrl?: string;
  slidesUrl?: string;
}) {
  return (
    <>
      <ExternalLink url={props.recordingUrl}>recording</ExternalLink>{' '}
      <ExternalLink url={props.slidesUrl}>slides</ExternalLink>
    </>
  );
}
