import { NotFoundError } from '@backstage/errors';
import { ActionDeps } from './ActionDeps';
import { radarMoveSchema, radarPlacementSchema } from './outputSchemas';
import { radarMoveOutput, radarPlacementOutput } from './toItemOutput';

/** Registers `get-radar-evidence`: why a radar entry sits in its ring. */
export function registerRadarEvidenceAction(deps: ActionDeps) {
  const { actionsRegistry, radar } = deps;
  actionsRegistry.register({
    name: 'get-radar-evidence',
    title: 'Evidence behind a tech radar entry',
    description: `The moves of one entry of the organisation's tech radar through its rings (newest first), each with its description and the conference takeaways and talks cited as evidence for it. Answers "why is Istio on Hold?". Cited items the caller may not see are counted, not shown.`,
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entry: z
            .string()
            .min(1)
            .max(200)
            .describe(
              'The radar entry id, or the name or slug of its tool, e.g. linkerd',
            ),
        }),
      output: z =>
        radarPlacementSchema(z).extend({
          timeline: z.array(radarMoveSchema(z)).describe('Newest move first'),
        }),
    },
    action: async ({ input, credentials }) => {
      // One item is enough: the tool page's move list is what is wanted.
      const hub = await radar.tool(
        input.entry,
        { offset: 0, limit: 1 },
        credentials,
      );
      if (!hub.radar) {
        throw new NotFoundError(`${hub.tool.name} is not on the tech radar`);
      }
      return {
        output: {
          ...radarPlacementOutput(hub.radar),
          timeline: hub.radar.timeline.map(radarMoveOutput),
        },
      };
    },
  });
}
