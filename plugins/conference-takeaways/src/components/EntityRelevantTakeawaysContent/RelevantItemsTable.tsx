import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import { Theme } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { ExplainedItem } from '../../lib/explainItems';
import {
  CitedTalks,
  conferenceLine,
  ExternalLink,
  ReasonLine,
  ToolChip,
} from '../shared';

const chipBox = { display: 'flex', flexWrap: 'wrap', gap: 4 } as const;

function columns(
  toolNames: Map<string, string>,
  narrow: boolean,
): TableColumn<ExplainedItem>[] {
  // on a phone the headline takes the whole row; the reason line already
  // names the tool, so the tools column is left out rather than scrolled to
  const titleWidth = narrow ? {} : { minWidth: 320, width: '70%' };
  const all: TableColumn<ExplainedItem>[] = [
    {
      title: '#',
      field: 'rank',
      type: 'numeric',
      defaultSort: 'asc',
      width: '48px',
      cellStyle: { width: 48, paddingRight: 8 },
      headerStyle: { width: 48, paddingRight: 8 },
    },
    {
      title: 'Takeaway or talk',
      field: 'item.title',
      highlight: true,
      // the headline gets the room: it is what people scan
      cellStyle: titleWidth,
      headerStyle: titleWidth,
      render: ({ item, explanation, age }) => (
        <>
          <EntityRefLink entityRef={item.entityRef} hideIcon>
            {item.title}
          </EntityRefLink>
          <Typography variant="caption" color="textSecondary" component="p">
            {[item.kind, conferenceLine(item.conference), age]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
          <ReasonLine explanation={explanation} />
          {item.talks && <CitedTalks talks={item.talks} />}
          {item.links && item.links.length > 0 && (
            <Typography variant="body2">
              {item.links.map(link => (
                <span key={link.url}>
                  <ExternalLink url={link.url}>{link.title}</ExternalLink>{' '}
                </span>
              ))}
            </Typography>
          )}
        </>
      ),
    },
    {
      title: 'Tools',
      sorting: false,
      cellStyle: { minWidth: 160 },
      render: ({ item }) => (
        <Box style={chipBox}>
          {item.tools.map(tool => (
            <ToolChip
              key={tool}
              slug={tool}
              label={toolNames.get(tool.toLocaleLowerCase('en-US')) ?? tool}
            />
          ))}
        </Box>
      ),
    },
  ];
  return narrow ? all.slice(0, 2) : all;
}

/** The full ranked list; rows keep the backend's ranking order. */
export function RelevantItemsTable(props: {
  items: ExplainedItem[];
  toolNames: Map<string, string>;
  title: string;
}) {
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));
  return (
    <Table<ExplainedItem>
      title={props.title}
      columns={columns(props.toolNames, narrow)}
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
