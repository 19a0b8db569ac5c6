import {
  InfoCard,
  StructuredMetadataTable,
  WarningPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  ConferenceEntity,
  RELATION_HAS_TAKEAWAY,
  RELATION_HAS_TALK,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { useEntitiesByRefs } from '../../hooks/useEntitiesByRefs';
import { useExplorerLink } from '../../hooks/useExplorerLink';
import { conferenceTitle } from '../../lib/conferences';
import { dateRange } from '../../lib/dateRange';
import { refOf } from '../../lib/entityRefs';
import { relationTargets } from '../../lib/relationTargets';
import { DetailsSection, TakeawayList, TalkList } from '../shared';

/** Props of {@link ConferenceDetailsCard}. @public */
export interface ConferenceDetailsCardProps {
  title?: string;
}

/** `16–20 May 2022` as in the explorer; the raw values if not ISO dates. */
function dates(spec: ConferenceEntity['spec']): string | undefined {
  const range = dateRange(spec.startDate, spec.endDate);
  if (range) {
    return range;
  }
  if (spec.startDate && spec.endDate) {
    return `${spec.startDate} – ${spec.endDate}`;
  }
  return spec.startDate ?? spec.endDate;
}

/** A conference on its entity page: where and when, its talks and takeaways. */
export function ConferenceDetailsCard(props: ConferenceDetailsCardProps) {
  const { entity } = useEntity<ConferenceEntity>();
  const explorerLink = useExplorerLink();
  const talkRefs = relationTargets(entity, RELATION_HAS_TALK);
  const takeawayRefs = relationTargets(entity, RELATION_HAS_TAKEAWAY);
  const { value: related } = useEntitiesByRefs([...talkRefs, ...takeawayRefs]);

  if (!entity.spec?.series) {
    return (
      <WarningPanel
        title="Not a conference"
        message="This entity has no spec.series, so it cannot be shown as a conference."
      />
    );
  }
  const { spec } = entity;
  const metadata: Record<string, string | number> = {
    series: spec.series,
  };
  if (spec.edition) metadata.edition = spec.edition;
  // one line each for where and when: the dates carry the year
  const where = [spec.city, spec.region].filter(Boolean).join(', ');
  if (where) metadata.where = where;
  const when = dates(spec) ?? spec.year;
  if (when) metadata.when = when;

  return (
    <InfoCard
      title={props.title ?? conferenceTitle(entity)}
      deepLink={
        explorerLink
          ? {
              title: 'Explore its takeaways',
              link: explorerLink({
                tab: 'takeaways',
                conference: refOf(entity),
              }),
            }
          : undefined
      }
    >
      <StructuredMetadataTable metadata={metadata} />
      <DetailsSection label={`Talks (${talkRefs.length})`}>
        <TalkList refs={talkRefs} entities={related} label="Talks" />
      </DetailsSection>
      <DetailsSection label={`Takeaways (${takeawayRefs.length})`}>
        <TakeawayList
          refs={takeawayRefs}
          entities={related}
          label="Takeaways"
        />
      </DetailsSection>
    </InfoCard>
  );
}
