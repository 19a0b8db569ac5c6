import { findRelevantItems } from '../service/findRelevantItems';
import { parseRef } from '../service/parseRelevanceQuery';
import { ActionDeps } from './ActionDeps';
import { conferenceSchema } from './outputSchemas';
import { relevantItemOutput } from './toItemOutput';

/** Registers `get-relevant-takeaways`: the relevance card, for assistants. */
export function registerRelevantItemsAction(deps: ActionDeps) {
  const { actionsRegistry, catalog, dictionary, maxItems } = deps;
  actionsRegistry.register({
    name: 'get-relevant-takeaways',
    title: 'Conference takeaways relevant to an entity',
    description: `Ranks the conference takeaways and talks relevant to a catalog entity (a component, system, API or group) by the tools it uses: its tags, its conference-takeaways.dev/tools annotation, its dependencies and, for a group, its components. Answers "what did conferences say about the tools our service runs?". Each item says why it was ranked.`,
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .min(1)
            .describe(
              'The entity, as kind:namespace/name, e.g. component:default/payments',
            ),
          limit: z
            .number()
            .int()
            .min(1)
            .max(maxItems)
            .optional()
            .describe(`Most items to return (default 10, at most ${maxItems})`),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          tools: z
            .array(z.object({ slug: z.string(), name: z.string() }))
            .describe('The tools the entity uses'),
          items: z.array(
            z.object({
              entityRef: z.string(),
              kind: z.enum(['Takeaway', 'Talk']),
              title: z.string(),
              summary: z.string().optional(),
              conference: conferenceSchema(z).optional(),
              tools: z.array(z.string()),
              reasons: z
                .array(z.string())
                .describe('Why the item was ranked, e.g. "uses linkerd (tag)"'),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const response = await findRelevantItems({
        catalog,
        dictionary,
        credentials,
        entityRef: parseRef(input.entityRef),
        limit: input.limit ?? 10,
        now: deps.now(),
      });
      return {
        output: {
          entityRef: response.entityRef,
          tools: response.tools.map(({ slug, name }) => ({ slug, name })),
          items: response.items.map(relevantItemOutput),
        },
      };
    },
  });
}
