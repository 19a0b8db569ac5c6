import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { RelevantItem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  CitedTalks,
  conferenceLine,
  ExternalLink,
  ReasonChips,
  ToolChip,
} from '../shared';

const chipBox = { display: 'flex', flexWrap: 'wrap', gap: 4 } as const;

const columns: TableColumn<RelevantItem>[] = [
  {
    title: 'Takeaway or talk',
    field: 'title',
    highlight: true,
    render: item => (
      <>
        <EntityRefLink entityRef={item.entityRef} hideIcon>
          {item.title}
        </EntityRefLink>
        <Typography variant="body2" color="textSecondary">
          {item.kind}
        </Typography>
        {item.talks && <CitedTalks talks={item.talks} />}
        {item.links?.map(link => (
          <Typography variant="body2" key={link.url}>
            <ExternalLink url={link.url}>{link.title}</ExternalLink>
          </Typography>
        ))}
      </>
    ),
  },
  {
    title: 'Conference',
    field: 'conference.title',
    render: item => conferenceLine(item.conference) ?? '—',
  },
  {
    title: 'Tools',
    sorting: false,
    render: item => (
      <Box style={chipBox}>
        {item.tools.map(tool => (
          <ToolChip key={tool} slug={tool} />
        ))}
      </Box>
    ),
  },
  {
    title: 'Why',
    sorting: false,
    render: item => (
      <Box style={chipBox}>
        <ReasonChips reasons={item.reasons} />
      </Box>
    ),
  },
  {
    title: 'Score',
    field: 'score',
    type: 'numeric',
    defaultSort: 'desc',
    render: item => item.score.toFixed(2),
  },
];

/** The full ranked list; rows keep the backend's ranking order. */
export function RelevantItemsTable(props: {
  items: RelevantItem[];
  title: string;
}) {
  return (
    <Table<RelevantItem>
      title={props.title}
      columns={columns}
      data={props.items}
      options={{
        paging: props.items.length > 20,
        pageSize: 20,
        search: false,
        padding: 'dense',
      }}
    />
  );
}
