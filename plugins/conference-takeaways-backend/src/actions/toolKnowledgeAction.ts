import { ActionDeps } from './ActionDeps';
import {
  itemSchema,
  radarMoveSchema,
  radarPlacementSchema,
} from './outputSchemas';
import {
  radarMoveOutput,
  radarPlacementOutput,
  toolItemOutput,
} from './toItemOutput';

/**
 * Registers `get-tool-knowledge`: what the tool page shows — takeaways and
 * talks, the radar ring and its moves, who uses the tool.
 */
export function registerToolKnowledgeAction(deps: ActionDeps) {
  const { actionsRegistry, radar, maxItems } = deps;
  actionsRegistry.register({
    name: 'get-tool-knowledge',
    title: 'Everything learnt about a tool',
    description: `Everything the portal knows about one tool (e.g. Linkerd, OpenTelemetry): the conference takeaways and talks about it, newest first; its place on the organisation's tech radar with each ring move and the evidence cited for it; and the components, systems and APIs that use it, with their owners. Answers "what did we learn about Linkerd, and why is it on Adopt?".`,
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          tool: z
            .string()
            .min(1)
            .max(200)
            .describe('Tool name, alias or slug, e.g. Linkerd or argo-cd'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(maxItems)
            .optional()
            .describe(
              `Most takeaways and talks to return (default 20, at most ${maxItems})`,
            ),
        }),
      output: z =>
        z.object({
          tool: z.object({
            slug: z.string(),
            name: z.string(),
            homepage: z.string().optional(),
            category: z.string().optional(),
          }),
          radar: radarPlacementSchema(z)
            .extend({ timeline: z.array(radarMoveSchema(z)) })
            .optional()
            .describe('Absent when the tool is not on the tech radar'),
          items: z.array(
            itemSchema(z).extend({
              subject: z
                .boolean()
                .describe('True when the tool is the subject, not a mention'),
            }),
          ),
          itemsTotal: z.number(),
          usedBy: z.array(
            z.object({
              entityRef: z.string(),
              kind: z.string(),
              title: z.string(),
              owners: z.array(z.string()),
            }),
          ),
          usedByTotal: z.number(),
        }),
    },
    action: async ({ input, credentials }) => {
      const hub = await radar.tool(
        input.tool,
        { offset: 0, limit: input.limit ?? 20 },
        credentials,
      );
      return {
        output: {
          tool: {
            slug: hub.tool.slug,
            name: hub.tool.name,
            homepage: hub.tool.definition?.homepage,
            category: hub.tool.definition?.category,
          },
          radar: hub.radar && {
            ...radarPlacementOutput(hub.radar),
            timeline: hub.radar.timeline.map(radarMoveOutput),
          },
          items: hub.items.map(toolItemOutput),
          itemsTotal: hub.itemsPage.total,
          usedBy: hub.usedBy.map(({ entityRef, kind, title, owners }) => ({
            entityRef,
            kind,
            title,
            owners,
          })),
          usedByTotal: hub.usedByTotal,
        },
      };
    },
  });
}
