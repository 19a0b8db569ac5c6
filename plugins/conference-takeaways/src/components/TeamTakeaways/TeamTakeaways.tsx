import { parseEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { conferenceTakeawaysApiRef } from '../../api';
import { AddTripReportHint, conferenceLine } from '../shared';

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  item: { marginBottom: theme.spacing(1) },
}));

/** Props of {@link TeamTakeaways}. @public */
export interface TeamTakeawaysProps {
  /** How many items to list; 5 by default. */
  limit?: number;
}

/**
 * For the signed-in user: the best takeaways and talks about the tools their
 * team's components use (the first group they belong to), for a home page.
 * Users in no group are told how that works instead.
 *
 * @public
 */
export function TeamTakeaways(props: TeamTakeawaysProps) {
  const { limit = 5 } = props;
  const classes = useStyles();
  const identityApi = useApi(identityApiRef);
  const api = useApi(conferenceTakeawaysApiRef);
  const { value, loading, error } = useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    const team = ownershipEntityRefs.find(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
    if (!team) {
      return undefined;
    }
    return { team, relevance: await api.getRelevant(team, { limit }) };
  }, [identityApi, api, limit]);

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return (
      <Typography variant="body2" color="textSecondary">
        Join a team in the catalog to see what conferences said about the tools
        its services use.
      </Typography>
    );
  }
  const { team, relevance } = value;
  if (relevance.items.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="Nothing about your team's tools yet"
        description={<AddTripReportHint />}
      />
    );
  }
  return (
    <>
      <Typography variant="body2" color="textSecondary" paragraph>
        About the tools <EntityRefLink entityRef={team} /> uses
        {relevance.tools.length > 0 &&
          `: ${relevance.tools.map(tool => tool.name).join(', ')}`}
      </Typography>
      <ol className={classes.list}>
        {relevance.items.slice(0, limit).map(item => (
          <li key={item.entityRef} className={classes.item}>
            <Typography variant="body2" component="span">
              <EntityRefLink entityRef={item.entityRef} hideIcon>
                {item.title}
              </EntityRefLink>
            </Typography>
            <Typography variant="caption" color="textSecondary" component="p">
              {[item.kind, conferenceLine(item.conference)]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </li>
        ))}
      </ol>
    </>
  );
}
