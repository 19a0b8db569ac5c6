import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { RadarItemIndex } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { ITEM_FIELDS } from '../service/catalogFields';
import { ActionDeps } from './ActionDeps';
import { itemSchema } from './outputSchemas';
import { citedItemOutput } from './toItemOutput';

/**
 * The takeaway fields a search term is looked for in. The catalog indexes
 * values of at most 200 characters, so long summaries are not searched.
 */
const SEARCHED_FIELDS = ['metadata.title', 'spec.headline', 'spec.summary'];

/**
 * Registers `search-takeaways`: a catalog full-text query over takeaways,
 * made with the caller's credentials so the catalog's permissions apply.
 */
export function registerSearchTakeawaysAction(deps: ActionDeps) {
  const { actionsRegistry, catalog, dictionary, maxItems } = deps;
  actionsRegistry.register({
    name: 'search-takeaways',
    title: 'Search conference takeaways',
    description: `Finds conference takeaways whose headline (or summary, when it is short) contains a text, optionally only those naming a tool. Answers "what did we learn about zero-trust networking?" or "takeaways about Argo CD that mention rollbacks". Use get-tool-knowledge for everything about one tool.`,
    attributes: { readOnly: true, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          text: z
            .string()
            .trim()
            .max(200)
            .optional()
            .describe('Words to look for in headlines and summaries'),
          tool: z
            .string()
            .trim()
            .max(200)
            .optional()
            .describe('Only takeaways naming this tool (name, alias or slug)'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(maxItems)
            .optional()
            .describe(
              `Most takeaways to return (default 20, at most ${maxItems})`,
            ),
        }),
      output: z =>
        z.object({
          items: z
            .array(itemSchema(z))
            .describe('The takeaways returned, newest first'),
          totalItems: z.number().describe('How many takeaways match in all'),
        }),
    },
    action: async ({ input, credentials }) => {
      // The registry wants a plain object schema, so this rule is checked here.
      if (!input.text && !input.tool) {
        throw new InputError('Give a text, a tool or both');
      }
      // An unknown tool still filters (it simply matches nothing), so an
      // assistant is never shown everything by mistake.
      const toolSlug =
        input.tool &&
        (dictionary.resolve(input.tool)?.slug ??
          input.tool.toLocaleLowerCase('en-US'));
      const { items: found, totalItems } = await catalog.queryEntities(
        {
          filter: {
            kind: 'takeaway',
            ...(toolSlug && { 'spec.tools': toolSlug }),
          },
          ...(input.text && {
            fullTextFilter: { term: input.text, fields: SEARCHED_FIELDS },
          }),
          fields: ITEM_FIELDS,
          limit: input.limit ?? 20,
        },
        { credentials },
      );
      const conferenceRefs = [
        ...new Set(
          found.flatMap(e =>
            typeof e.spec?.conference === 'string' ? [e.spec.conference] : [],
          ),
        ),
      ];
      const conferences =
        conferenceRefs.length > 0
          ? (
              await catalog.getEntitiesByRefs(
                { entityRefs: conferenceRefs, fields: ITEM_FIELDS },
                { credentials },
              )
            ).items.filter((e): e is Entity => e !== undefined)
          : [];
      const index = new RadarItemIndex([...found, ...conferences]);
      const items = found
        .flatMap(entity => {
          const indexed = index.get(stringifyEntityRef(entity));
          return indexed
            ? [citedItemOutput({ ...indexed.view, summary: indexed.summary })]
            : [];
        })
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
      return { output: { items, totalItems } };
    },
  });
}
