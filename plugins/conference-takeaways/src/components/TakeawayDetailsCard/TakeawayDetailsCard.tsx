import { InfoCard, WarningPanel } from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_INFERRED,
  ConferenceEntity,
  TakeawayEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { useEntitiesByRefs } from '../../hooks/useEntitiesByRefs';
import { conferenceTitle } from '../../lib/conferences';
import { normalizeRef, refOf } from '../../lib/entityRefs';
import { ItemRadarEvidence } from '../RadarCitations';
import {
  DetailsSection,
  ExternalLink,
  SafeMarkdown,
  TalkList,
  ToolChipList,
} from '../shared';
import { ConferenceGapNotice } from './ConferenceGapNotice';
import { InferredFacts } from './InferredFacts';

/** Props of {@link TakeawayDetailsCard}. @public */
export interface TakeawayDetailsCardProps {
  title?: string;
}

function ReportLine(props: { report: TakeawayEntity['spec']['report'] }) {
  const { report } = props;
  if (!report) {
    return null;
  }
  const byline = [report.author && `by ${report.author}`, report.date]
    .filter(Boolean)
    .join(', ');
  return (
    <Typography variant="body2">
      <ExternalLink url={report.url} textWhenUnsafe>
        {report.title}
      </ExternalLink>
      {byline && ` ${byline}`}
    </Typography>
  );
}

/** One fact per line of the extractor's `inferred` annotation. */
function inferredLines(entity: TakeawayEntity): string[] {
  const value = entity.metadata.annotations?.[ANNOTATION_INFERRED] ?? '';
  return value
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean);
}

/** The takeaway on its own entity page: summary, source report, talks, tools. */
export function TakeawayDetailsCard(props: TakeawayDetailsCardProps) {
  const { entity } = useEntity<TakeawayEntity>();
  const spec = entity.spec ?? ({} as Partial<TakeawayEntity['spec']>);
  const talkRefs = Array.isArray(spec.talks) ? spec.talks : [];
  const conferenceRef = spec.conference;
  const { value: related } = useEntitiesByRefs([
    ...talkRefs,
    ...(conferenceRef ? [conferenceRef] : []),
  ]);
  const conference = related?.get(
    normalizeRef(conferenceRef, 'conference') ?? '',
  ) as ConferenceEntity | undefined;

  if (!spec.headline) {
    return (
      <WarningPanel
        title="Not a takeaway"
        message="This entity has no spec.headline, so it cannot be shown as a takeaway."
      />
    );
  }

  return (
    <InfoCard title={props.title ?? spec.headline}>
      {!conferenceRef && (
        <ConferenceGapNotice reportTitle={spec.report?.title} />
      )}
      {spec.summary && <SafeMarkdown content={spec.summary} />}
      <DetailsSection label="Source report">
        <ReportLine report={spec.report} />
        <InferredFacts lines={inferredLines(entity)} />
      </DetailsSection>
      {conferenceRef && (
        <DetailsSection label="Conference">
          <Typography variant="body2">
            <EntityRefLink
              entityRef={conferenceRef}
              defaultKind="conference"
              hideIcon
            >
              {conference?.spec ? conferenceTitle(conference) : undefined}
            </EntityRefLink>
          </Typography>
        </DetailsSection>
      )}
      <DetailsSection label="Cited talks">
        <TalkList refs={talkRefs} entities={related} label="Cited talks" />
      </DetailsSection>
      {spec.tools && spec.tools.length > 0 && (
        <DetailsSection label="Tools">
          <ToolChipList tools={spec.tools} highlighted={spec.subjectTools} />
        </DetailsSection>
      )}
      <DetailsSection label="Radar evidence">
        <ItemRadarEvidence
          entityRef={refOf(entity)}
          itemTitle={spec.headline}
          subjectTools={spec.subjectTools ?? spec.tools ?? []}
        />
      </DetailsSection>
    </InfoCard>
  );
}
