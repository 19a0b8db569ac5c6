import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  ToolTeam,
  ToolUser,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import Typography from '@material-ui/core/Typography';
import { describeToolSource } from '../../lib/toolSources';
import { DetailsSection } from '../shared';

function UserLine(props: { user: ToolUser }) {
  const { user } = props;
  return (
    <Typography variant="body2" component="span">
      <EntityRefLink entityRef={user.entityRef} hideIcon>
        {user.title}
      </EntityRefLink>{' '}
      ({user.kind}
      {user.owners.length > 0 && (
        <>
          , owned by{' '}
          <EntityRefLinks
            entityRefs={user.owners}
            defaultKind="group"
            hideIcons
          />
        </>
      )}
      ) — {user.sources.map(describeToolSource).join('; ')}
    </Typography>
  );
}

/** Says how many a bounded list leaves out. */
function MoreCount(props: { shown: number; total: number; noun: string }) {
  const { shown, total, noun } = props;
  if (total <= shown) {
    return null;
  }
  return (
    <Typography variant="body2" color="textSecondary" role="status">
      Showing {shown} of {total} {noun}.
    </Typography>
  );
}

/** The components, systems and APIs that use the tool, and their teams. */
export function ToolUsers(props: {
  toolName: string;
  /** The first few users; `usersTotal` counts them all. */
  users: ToolUser[];
  usersTotal: number;
  teams: ToolTeam[];
  teamsTotal: number;
}) {
  const { toolName, users, teams } = props;
  return (
    <InfoCard
      title="Who uses it"
      subheader="Components, systems and APIs, and how we know"
    >
      {users.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No component, system or API in the catalog uses {toolName}, as far as
          we know. Entities declare their tools with tags, the{' '}
          <code>conference-takeaways.dev/tools</code> annotation or a dependency
          on a resource annotated with{' '}
          <code>conference-takeaways.dev/tool</code>.
        </Typography>
      ) : (
        <>
          <ul aria-label={`Users of ${toolName}`}>
            {users.map(user => (
              <li key={user.entityRef}>
                <UserLine user={user} />
              </li>
            ))}
          </ul>
          <MoreCount
            shown={users.length}
            total={props.usersTotal}
            noun="components, systems and APIs"
          />
          {teams.length > 0 && (
            <DetailsSection label="Teams">
              <ul aria-label={`Teams using ${toolName}`}>
                {teams.map(team => (
                  <li key={team.entityRef}>
                    <Typography variant="body2" component="span">
                      <EntityRefLink
                        entityRef={team.entityRef}
                        defaultKind="group"
                        hideIcon
                      />
                      , through{' '}
                      <EntityRefLinks entityRefs={team.uses} hideIcons />
                      {team.usesTotal > team.uses.length &&
                        ` and ${team.usesTotal - team.uses.length} more`}
                    </Typography>
                  </li>
                ))}
              </ul>
              <MoreCount
                shown={teams.length}
                total={props.teamsTotal}
                noun="teams"
              />
            </DetailsSection>
          )}
        </>
      )}
    </InfoCard>
  );
}
