import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import Divider from '@material-ui/core/Divider';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment, useMemo } from 'react';
import { ToolRing, useRadarRings } from '../../hooks/useRadarRings';
import { useRelevant } from '../../hooks/useRelevant';
import { useToolLink } from '../../hooks/useToolLink';
import { GroupTool, summarizeGroupTools } from '../../lib/groupTools';
import {
  AddTripReportHint,
  conferenceLine,
  RingChip,
  ToolChip,
} from '../shared';

const useStyles = makeStyles(theme => ({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  list: {
    margin: theme.spacing(0.5, 0, 0),
    paddingLeft: theme.spacing(3),
  },
  divider: {
    margin: theme.spacing(1.5, 0),
  },
}));

/** Props of {@link GroupToolsCard}. @public */
export interface GroupToolsCardProps {
  title?: string;
  /** Newest items listed per tool; 3 by default. */
  itemsPerTool?: number;
  /** Your own page on writing trip reports, linked from the empty state. */
  docsUrl?: string;
}

function componentCount(tool: GroupTool): string {
  const n = tool.componentRefs.length;
  return n === 1 ? 'used by 1 component' : `used by ${n} components`;
}

function GroupToolSection(props: { groupTool: GroupTool; ring?: ToolRing }) {
  const { tool, componentRefs, latest } = props.groupTool;
  const classes = useStyles();
  const toolLink = useToolLink();
  return (
    <section aria-label={tool.name}>
      <div className={classes.header}>
        <ToolChip slug={tool.slug} label={tool.name} color="primary" />
        {props.ring && (
          <Tooltip title="Ring on the tech radar">
            <span>
              <RingChip
                ring={props.ring}
                link={
                  toolLink && {
                    to: toolLink(tool.slug),
                    name: `${tool.name} on the tech radar: ${props.ring.name}`,
                  }
                }
              />
            </span>
          </Tooltip>
        )}
        <Tooltip title={componentRefs.join(', ') || 'declared on the team'}>
          <Typography variant="body2" color="textSecondary">
            {componentCount(props.groupTool)}
          </Typography>
        </Tooltip>
      </div>
      {latest.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No takeaways yet.
        </Typography>
      ) : (
        <ul className={classes.list}>
          {latest.map(item => (
            <li key={item.entityRef}>
              <Typography variant="body2" component="span">
                <EntityRefLink entityRef={item.entityRef} hideIcon>
                  {item.title}
                </EntityRefLink>
                {item.conference && ` — ${conferenceLine(item.conference)}`}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * For a group: the tools its components use, how many components use each,
 * their rings on the tech radar when there is one, and the newest takeaways
 * and talks about each tool.
 */
export function GroupToolsCard(props: GroupToolsCardProps) {
  const { title = 'Team tools at conferences', itemsPerTool = 3 } = props;
  const classes = useStyles();
  const { entity } = useEntity();
  const { value, loading, error } = useRelevant(
    stringifyEntityRef(entity),
    100,
  );
  // loads in parallel with the relevance; the card never waits for it
  const rings = useRadarRings();
  const summary = useMemo(
    () => (value ? summarizeGroupTools(value, itemsPerTool) : []),
    [value, itemsPerTool],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (summary.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No tools found for this team's components"
        description={<AddTripReportHint docsUrl={props.docsUrl} explainTools />}
      />
    );
  } else {
    content = summary.map((groupTool, index) => (
      <Fragment key={groupTool.tool.slug}>
        {index > 0 && <Divider className={classes.divider} />}
        <GroupToolSection
          groupTool={groupTool}
          ring={rings.get(groupTool.tool.slug)}
        />
      </Fragment>
    ));
  }

  return (
    <InfoCard
      title={title}
      subheader="The tools this team's components use, and what talks said about them"
    >
      {content}
    </InfoCard>
  );
}
