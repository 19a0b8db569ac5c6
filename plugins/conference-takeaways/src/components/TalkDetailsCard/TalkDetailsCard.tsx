import { InfoCard, WarningPanel } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  ConferenceEntity,
  RELATION_CITED_BY,
  TalkEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { useEntitiesByRefs } from '../../hooks/useEntitiesByRefs';
import { conferenceTitle } from '../../lib/conferences';
import { normalizeRef, refOf } from '../../lib/entityRefs';
import { ItemRadarEvidence } from '../RadarCitations';
import { relationTargets } from '../../lib/relationTargets';
import { safeHttpUrl } from '../../lib/safeHttpUrl';
import {
  DetailsSection,
  ExternalLink,
  TakeawayList,
  ToolChipList,
} from '../shared';

/** Props of {@link TalkDetailsCard}. @public */
export interface TalkDetailsCardProps {
  title?: string;
}

/** A talk on its entity page: speakers, format, media, and who cited it. */
export function TalkDetailsCard(props: TalkDetailsCardProps) {
  const { entity } = useEntity<TalkEntity>();
  const spec = entity.spec ?? ({} as Partial<TalkEntity['spec']>);
  const citedBy = relationTargets(entity, RELATION_CITED_BY);
  const { value: related } = useEntitiesByRefs([
    ...citedBy,
    ...(spec.conference ? [spec.conference] : []),
  ]);
  const conference = related?.get(
    normalizeRef(spec.conference, 'conference') ?? '',
  ) as ConferenceEntity | undefined;

  if (!spec.title) {
    return (
      <WarningPanel
        title="Not a talk"
        message="This entity has no spec.title, so it cannot be shown as a talk."
      />
    );
  }

  const hasMedia = !!(
    safeHttpUrl(spec.recordingUrl) || safeHttpUrl(spec.slidesUrl)
  );
  const speakers = Array.isArray(spec.speakers) ? spec.speakers : [];
  const meta = [spec.format, spec.track && `track: ${spec.track}`]
    .filter(Boolean)
    .join(' · ');

  return (
    <InfoCard title={props.title ?? spec.title} subheader={meta || undefined}>
      <DetailsSection label="Speakers">
        <Typography variant="body2">
          {speakers.length > 0 ? speakers.join(', ') : 'Unknown'}
        </Typography>
      </DetailsSection>
      {spec.conference && (
        <DetailsSection label="Conference">
          <Typography variant="body2">
            <EntityRefLink
              entityRef={spec.conference}
              defaultKind="conference"
              hideIcon
            >
              {conference?.spec ? conferenceTitle(conference) : undefined}
            </EntityRefLink>
          </Typography>
        </DetailsSection>
      )}
      <DetailsSection label="Recording and slides">
        <Typography variant="body2">
          {hasMedia ? (
            <>
              <ExternalLink url={spec.recordingUrl}>Recording</ExternalLink>{' '}
              <ExternalLink url={spec.slidesUrl}>Slides</ExternalLink>
            </>
          ) : (
            'Not known'
          )}
        </Typography>
      </DetailsSection>
      {spec.tools && spec.tools.length > 0 && (
        <DetailsSection label="Tools">
          <ToolChipList tools={spec.tools} highlighted={spec.tools} />
        </DetailsSection>
      )}
      <DetailsSection label="Cited by">
        <TakeawayList refs={citedBy} entities={related} label="Cited by" />
      </DetailsSection>
      <DetailsSection label="Radar evidence">
        <ItemRadarEvidence
          entityRef={refOf(entity)}
          itemTitle={spec.title}
          subjectTools={spec.tools ?? []}
        />
      </DetailsSection>
    </InfoCard>
  );
}
