import { Link, Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  TakeawayEntity,
  TalkEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { useMemo } from 'react';
import { ExplorerLinkFn } from '../../hooks/useExplorerLink';
import { ConferenceIndex, ConferenceInfo } from '../../lib/conferences';

interface Row {
  id: string;
  conference: ConferenceInfo;
  city?: string;
  dates?: string;
  talks: number;
  takeaways: number;
}

function countBy<T>(
  items: T[],
  refOfItem: (item: T) => string | undefined,
  conferences: ConferenceIndex,
) {
  const counts = new Map<string, number>();
  for (const item of items) {
    const ref = conferences.get(refOfItem(item))?.ref;
    if (ref) {
      counts.set(ref, (counts.get(ref) ?? 0) + 1);
    }
  }
  return counts;
}

/** Every conference, newest first, with how much we brought back from it. */
export function ConferencesTab(props: {
  conferences: ConferenceIndex;
  talks: TalkEntity[];
  takeaways: TakeawayEntity[];
  explorerLink: ExplorerLinkFn;
}) {
  const { conferences, talks, takeaways, explorerLink } = props;

  const rows = useMemo(() => {
    const talkCounts = countBy(talks, t => t.spec.conference, conferences);
    const takeawayCounts = countBy(
      takeaways,
      t => t.spec.conference,
      conferences,
    );
    return conferences
      .all()
      .reverse()
      .map((conference): Row => {
        const spec = conference.entity?.spec;
        return {
          id: conference.ref,
          conference,
          city: spec?.city,
          dates: [spec?.startDate, spec?.endDate].filter(Boolean).join(' – '),
          talks: talkCounts.get(conference.ref) ?? 0,
          takeaways: takeawayCounts.get(conference.ref) ?? 0,
        };
      });
  }, [conferences, talks, takeaways]);

  const columns: TableColumn<Row>[] = [
    {
      title: 'Conference',
      field: 'conference.title',
      highlight: true,
      render: ({ conference }) => (
        <EntityRefLink entityRef={conference.ref} hideIcon>
          {conference.title}
        </EntityRefLink>
      ),
    },
    { title: 'Year', field: 'conference.year', type: 'numeric' },
    { title: 'City', field: 'city' },
    { title: 'Dates', field: 'dates' },
    { title: 'Talks', field: 'talks', type: 'numeric' },
    {
      title: 'Takeaways',
      field: 'takeaways',
      type: 'numeric',
      render: row =>
        row.takeaways > 0 ? (
          <Link
            to={explorerLink({
              tab: 'takeaways',
              conference: row.conference.ref,
            })}
          >
            {row.takeaways}
          </Link>
        ) : (
          0
        ),
    },
  ];

  return (
    <Table<Row>
      title={`${rows.length} conferences`}
      columns={columns}
      data={rows}
      options={{ paging: rows.length > 20, pageSize: 20, padding: 'dense' }}
    />
  );
}
