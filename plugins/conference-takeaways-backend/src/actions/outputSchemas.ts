import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';

/**
 * The zod the actions registry hands to schema functions. Taken from the
 * registry's own types: backend-plugin-api ships its own zod, and mixing its
 * types with another copy's makes type checking explode.
 */
type Zod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/**
 * What the shared shapes are typed as outside this file. Their inferred types
 * name zod's own modules, which declaration output cannot reference from here;
 * the registry checks every output against the schema at run time anyway.
 */
type ObjectSchema = ReturnType<Zod['object']>;

/*
 * Output shapes shared by the actions. The registry parses every output with
 * these, so fields not listed here are dropped before an assistant sees them:
 * keep them to what answers a question (no YAML snippets, no paging cursors).
 */

export function conferenceSchema(z: Zod): ObjectSchema {
  return z
    .object({
      entityRef: z.string(),
      title: z.string(),
      year: z.number().optional(),
    })
    .describe('The conference the item comes from');
}

/** A takeaway or talk, as every action lists it. */
export function itemSchema(z: Zod): ObjectSchema {
  return z.object({
    entityRef: z
      .string()
      .describe(
        'Catalog ref, e.g. takeaway:default/<name> or talk:default/<name>',
      ),
    kind: z.enum(['Takeaway', 'Talk']),
    title: z.string(),
    summary: z
      .string()
      .optional()
      .describe('Markdown summary of a takeaway, or the speakers of a talk'),
    conference: conferenceSchema(z).optional(),
    date: z
      .string()
      .optional()
      .describe('YYYY-MM-DD: the conference start, else the report date'),
  });
}

/** Where a tool sits on the organisation's tech radar. */
export function radarPlacementSchema(z: Zod): ObjectSchema {
  return z.object({
    entryId: z.string(),
    title: z.string(),
    active: z
      .boolean()
      .describe('False when the entry is phased out and no longer drawn'),
    quadrant: z.string().describe('Quadrant name'),
    ring: z.string().describe('Current ring name, e.g. ADOPT'),
    description: z.string().optional(),
  });
}

/** One move of a radar entry with the takeaways and talks it cites. */
export function radarMoveSchema(z: Zod): ObjectSchema {
  return z.object({
    date: z.string(),
    ring: z.string().describe('Ring name after the move'),
    moved: z
      .number()
      .optional()
      .describe('1 towards adopt, -1 away from it, 0 not moved'),
    description: z.string().optional(),
    evidence: z
      .array(itemSchema(z))
      .describe('Cited takeaways and talks the caller may see'),
    unresolvedEvidence: z
      .number()
      .describe(
        'How many cited refs do not exist or are not visible to the caller',
      ),
  });
}
