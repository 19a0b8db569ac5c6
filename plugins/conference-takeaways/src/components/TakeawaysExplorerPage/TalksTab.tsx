import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { TalkEntity } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { useMemo } from 'react';
import { ConferenceIndex } from '../../lib/conferences';
import { refOf } from '../../lib/entityRefs';
import { TalkMediaLinks, ToolChipList } from '../shared';

interface Row {
  id: string;
  entity: TalkEntity;
  conferenceTitle: string;
  year?: number;
  speakers: string;
}

const columns: TableColumn<Row>[] = [
  {
    title: 'Talk',
    field: 'entity.spec.title',
    highlight: true,
    render: ({ entity }) => (
      <EntityRefLink entityRef={entity} hideIcon>
        {entity.spec.title}
      </EntityRefLink>
    ),
  },
  { title: 'Speakers', field: 'speakers' },
  { title: 'Format', field: 'entity.spec.format' },
  { title: 'Conference', field: 'conferenceTitle' },
  { title: 'Year', field: 'year', type: 'numeric', defaultSort: 'desc' },
  {
    title: 'Tools',
    sorting: false,
    render: ({ entity }) => <ToolChipList tools={entity.spec.tools ?? []} />,
  },
  {
    title: 'Media',
    sorting: false,
    render: ({ entity }) => (
      <TalkMediaLinks
        recordingUrl={entity.spec.recordingUrl}
        slidesUrl={entity.spec.slidesUrl}
      />
    ),
  },
];

/** Every talk someone cited, searchable with the table's own search box. */
export function TalksTab(props: {
  talks: TalkEntity[];
  conferences: ConferenceIndex;
}) {
  const { talks, conferences } = props;
  const rows = useMemo(
    () =>
      talks.map((entity): Row => {
        const conference = conferences.get(entity.spec.conference);
        return {
          id: refOf(entity),
          entity,
          conferenceTitle: conference?.title ?? '—',
          year: conference?.year,
          speakers: (entity.spec.speakers ?? []).join(', '),
        };
      }),
    [talks, conferences],
  );
  return (
    <Table<Row>
      title={`${rows.length} talks`}
      columns={columns}
      data={rows}
      options={{ paging: rows.length > 20, pageSize: 20, padding: 'dense' }}
    />
  );
}
