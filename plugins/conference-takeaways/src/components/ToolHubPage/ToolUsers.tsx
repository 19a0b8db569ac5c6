import { InfoCard } from '@backstage/core-components';
import { EntityRefLink, EntityRefLinks } from '@backstage/plugin-catalog-react';
import {
  ToolTeam,
  ToolUser,
} from '@internal/backstage-plugin-conference-takeaways-common';
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

/** The components, systems and APIs that use the tool, and their teams. */
export function ToolUsers(props: {
  toolName: string;
  users: ToolUser[];
  teams: ToolTeam[];
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
                    </Typography>
                  </li>
                ))}
              </ul>
            </DetailsSection>
          )}
        </>
      )}
    </InfoCard>
  );
}
