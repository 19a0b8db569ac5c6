import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { radarCitePermission } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** The setting listing the groups whose members may cite radar evidence. */
export const CITE_GROUPS_KEY = 'conferenceTakeaways.radar.citeGroups';
/** Who may cite when the setting is absent. */
export const DEFAULT_CITE_GROUPS = ['group:default/platform-team'];

/** The configured groups as canonical refs (`platform-team` is enough). */
export function readCiteGroups(config: Config): string[] {
  const groups = config.getOptionalStringArray(CITE_GROUPS_KEY);
  return (groups ?? DEFAULT_CITE_GROUPS).map(group =>
    stringifyEntityRef(
      parseEntityRef(group.trim(), {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    ),
  );
}

/**
 * The example app's policy: citing takeaways and talks as radar evidence
 * (and proposing radar moves) is for members of the radar's owning groups;
 * everything else is allowed, as the allow-all policy did.
 */
export class ExamplePermissionPolicy implements PermissionPolicy {
  readonly #citeGroups: Set<string>;

  constructor(citeGroups: string[]) {
    this.#citeGroups = new Set(citeGroups);
  }

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (isPermission(request.permission, radarCitePermission)) {
      // The sign-in resolver puts the user and their groups in this claim.
      const member = (user?.info.ownershipEntityRefs ?? []).some(ref =>
        this.#citeGroups.has(ref.toLocaleLowerCase('en-US')),
      );
      return { result: member ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** Installs {@link ExamplePermissionPolicy} in the permission backend. */
export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'example-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        policy.setPolicy(new ExamplePermissionPolicy(readCiteGroups(config)));
      },
    });
  },
});
