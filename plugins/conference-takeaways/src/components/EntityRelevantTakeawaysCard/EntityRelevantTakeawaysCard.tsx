import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment } from 'react';
import { useExplorerLink } from '../../hooks/useExplorerLink';
import { useRelevant } from '../../hooks/useRelevant';
import {
  AddTripReportHint,
  RelevantItemView,
  ResolvedToolChips,
} from '../shared';

const useStyles = makeStyles(theme => ({
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginBottom: theme.spacing(2),
  },
  divider: {
    margin: theme.spacing(1.5, 0),
  },
}));

/** Props of {@link EntityRelevantTakeawaysCard}. @public */
export interface EntityRelevantTakeawaysCardProps {
  title?: string;
  /** How many items to show; 5 by default. */
  limit?: number;
  /** Your own page on writing trip reports, linked from the empty state. */
  docsUrl?: string;
}

/**
 * Top conference takeaways and talks for the current entity, ranked by the
 * tools it uses, with the reasons for each.
 */
export function EntityRelevantTakeawaysCard(
  props: EntityRelevantTakeawaysCardProps,
) {
  const { title = 'Conference takeaways', limit = 5, docsUrl } = props;
  const classes = useStyles();
  const { entity } = useEntity();
  const explorerLink = useExplorerLink();
  const { value, loading, error, retry } = useRelevant(
    stringifyEntityRef(entity),
    limit,
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <>
        <ResponseErrorPanel error={error} />
        <Button onClick={retry}>Retry</Button>
      </>
    );
  } else if (value) {
    content = (
      <>
        {value.tools.length > 0 && (
          <div className={classes.tools} aria-label="Tools this entity uses">
            <Typography variant="body2" component="span">
              Tools:
            </Typography>
            <ResolvedToolChips tools={value.tools} />
          </div>
        )}
        {value.items.length === 0 ? (
          <EmptyState
            missing="data"
            title="No talks about this service's tools yet"
            description={
              <AddTripReportHint
                docsUrl={docsUrl}
                explainTools={value.tools.length === 0}
              />
            }
          />
        ) : (
          value.items.slice(0, limit).map((item, index) => (
            <Fragment key={item.entityRef}>
              {index > 0 && <Divider className={classes.divider} />}
              <RelevantItemView item={item} />
            </Fragment>
          ))
        )}
      </>
    );
  }

  return (
    <InfoCard
      title={title}
      subheader="What conference talks said about the tools this uses"
      deepLink={
        explorerLink
          ? { title: 'Explore all takeaways', link: explorerLink() }
          : undefined
      }
    >
      <Box>{content}</Box>
    </InfoCard>
  );
}
