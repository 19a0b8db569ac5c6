import { usePermission } from '@backstage/plugin-permission-react';
import { radarCitePermission } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/** Why the radar actions are disabled for someone without the permission. */
export const CITE_DENIED_REASON = `Only radar owners can cite evidence or propose radar moves: ask the platform team for the ${radarCitePermission.name} permission.`;

/**
 * Whether the signed-in user may cite evidence, remove citations and propose
 * or withdraw radar moves. `reason` says why not, once that is known.
 */
export function useRadarCitePermission(): {
  loading: boolean;
  allowed: boolean;
  reason?: string;
} {
  const { loading, allowed, error } = usePermission({
    permission: radarCitePermission,
  });
  if (loading) {
    return { loading, allowed: false };
  }
  if (error) {
    return {
      loading,
      allowed: false,
      reason: `Could not check the ${radarCitePermission.name} permission: ${error.message}`,
    };
  }
  return { loading, allowed, reason: allowed ? undefined : CITE_DENIED_REASON };
}
