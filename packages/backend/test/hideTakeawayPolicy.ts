import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';

/** Which takeaway to hide, from whom. */
export interface HiddenTakeaway {
  userEntityRef: string;
  takeawayName: string;
}

function userEntityRefOf(user?: PolicyQueryUser): string | undefined {
  const principal = user?.credentials.principal as
    | { type?: string; userEntityRef?: string }
    | undefined;
  return principal?.type === 'user' ? principal.userEntityRef : undefined;
}

/**
 * Allows everything, except that one user may not read one Takeaway. The
 * denial is a conditional catalog decision, so the catalog applies it both
 * to single reads and, as a database filter, to queries.
 */
export class HideTakeawayPolicy implements PermissionPolicy {
  constructor(private readonly hidden: HiddenTakeaway) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      userEntityRefOf(user) === this.hidden.userEntityRef &&
      isResourcePermission(request.permission, 'catalog-entity') &&
      request.permission.name === 'catalog.entity.read'
    ) {
      return createCatalogConditionalDecision(request.permission, {
        not: {
          allOf: [
            catalogConditions.isEntityKind({ kinds: ['Takeaway'] }),
            catalogConditions.hasMetadata({
              key: 'name',
              value: this.hidden.takeawayName,
            }),
          ],
        },
      });
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

/** The permission backend module installing {@link HideTakeawayPolicy}. */
export function hideTakeawayPolicyModule(hidden: HiddenTakeaway) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'hide-takeaway-policy',
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy(new HideTakeawayPolicy(hidden));
        },
      });
    },
  });
}
