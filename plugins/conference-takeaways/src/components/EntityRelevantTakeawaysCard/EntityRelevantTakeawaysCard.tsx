import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { EntityInfoCard, useEntity } from '@backstage/plugin-catalog-react';
import { ButtonLink } from '@backstage/ui';
import Button from '@material-ui/core/Button';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { Fragment, useMemo } from 'react';
import { useExplorerLink } from '../../hooks/useExplorerLink';
import { useRelevant } from '../../hooks/useRelevant';
import { explainItems } from '../../lib/explainItems';
import {
  AddTripReportHint,
  CheckedSources,
  RelevantItemView,
  ResolvedToolChips,
} from '../shared';

const useStyles = makeStyles(theme => ({
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginBottom: theme.spacing(1),
  },
  note: { marginBottom: theme.spacing(1.5) },
  divider: { margin: theme.spacing(1.5, 0) },
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
 * Ranking returns a few spare items: talks a shown takeaway already cites
 * are dropped from the list, and the card still fills up.
 */
const SPARE_ITEMS = 5;

/**
 * Top conference takeaways and talks for the current entity, ranked by the
 * tools it uses, each with a one-line reason (details on hover).
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
    limit + SPARE_ITEMS,
  );
  const shown = useMemo(
    () => (value ? explainItems(value, entity, limit) : undefined),
    [value, entity, limit],
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
  } else if (value && shown) {
    content = (
      <>
        {value.tools.length > 0 && (
          <div className={classes.tools} aria-label="Tools this entity uses">
            <Typography variant="body2" component="span">
              Uses:
            </Typography>
            <ResolvedToolChips tools={value.tools} />
          </div>
        )}
        {shown.items.length === 0 ? (
          <EmptyState
            missing="data"
            title={
              value.tools.length === 0
                ? 'No tools found for this entity'
                : `No talks about ${value.tools
                    .map(tool => tool.name)
                    .join(', ')} yet`
            }
            description={
              <>
                {value.tools.length === 0 && <CheckedSources entity={entity} />}
                <AddTripReportHint docsUrl={docsUrl} />
              </>
            }
          />
        ) : (
          <>
            {shown.ageNote && (
              <Typography
                variant="body2"
                color="textSecondary"
                className={classes.note}
              >
                {shown.ageNote}
              </Typography>
            )}
            {shown.items.map((explained, index) => (
              <Fragment key={explained.item.entityRef}>
                {index > 0 && <Divider className={classes.divider} />}
                <RelevantItemView
                  item={explained.item}
                  rank={explained.rank}
                  explanation={explained.explanation}
                  age={explained.age}
                />
              </Fragment>
            ))}
          </>
        )}
      </>
    );
  }

  return (
    <EntityInfoCard
      title={title}
      footerActions={
        explorerLink && (
          <ButtonLink variant="tertiary" href={explorerLink()}>
            Explore all takeaways
          </ButtonLink>
        )
      }
    >
      {content}
    </EntityInfoCard>
  );
}
