import { Entity, parseEntityRef } from '@backstage/catalog-model';
import {
  ANNOTATION_TOOL,
  ANNOTATION_TOOL_ALIASES,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { SourcedEntity } from './types';

const OUR_PREFIX = 'conference-takeaways.dev/';

/**
 * Annotations of ours that only the organisation's own entities may carry:
 * they declare tools and extend the dictionary.
 */
const ORGANISATION_ANNOTATIONS = new Set([
  ANNOTATION_TOOL,
  ANNOTATION_TOOL_ALIASES,
]);

const OWNER_KINDS = ['user', 'group'];

/** What a report may claim about the entities it yields. */
export interface ClaimRules {
  /** The location's namespace: every entity of the report is put there. */
  namespace: string;
  /** Annotations besides ours that reports may set, e.g. `example.com/team`. */
  allowedAnnotations: ReadonlyArray<string>;
}

function describe(entity: Entity): string {
  return `${entity.kind} ${entity.metadata.name}`;
}

/** Why an owner ref is not acceptable, or undefined when it is. */
function ownerProblem(owner: unknown, namespace: string): string | undefined {
  if (typeof owner !== 'string' || !owner.trim()) {
    return 'is not an entity ref';
  }
  let kind: string;
  try {
    kind = parseEntityRef(owner, {
      defaultKind: 'group',
      defaultNamespace: namespace,
    }).kind.toLocaleLowerCase('en-US');
  } catch (error) {
    return `is not an entity ref (${(error as Error).message})`;
  }
  return OWNER_KINDS.includes(kind)
    ? undefined
    : `is a ${kind}, but an owner must be a user or group`;
}

/**
 * Confines what a report's entities claim: their namespace is the
 * location's, their annotations are ours (except the organisation's tool
 * annotations) or explicitly allowed, and an owner is a user or group ref.
 * Whatever is taken away is reported, naming the file and the entity; the
 * entity itself is kept.
 */
export function confineReportClaims(
  entities: SourcedEntity[],
  path: string,
  rules: ClaimRules,
): { entities: SourcedEntity[]; problems: string[] } {
  const problems: string[] = [];
  const allowed = new Set(rules.allowedAnnotations);
  for (const { entity } of entities) {
    const given = entity.metadata.namespace;
    if (given !== undefined && given !== rules.namespace) {
      problems.push(
        `${describe(
          entity,
        )} in ${path} asks for namespace "${given}"; entities from this location are put in "${
          rules.namespace
        }"`,
      );
    }
    entity.metadata.namespace = rules.namespace;

    const annotations = entity.metadata.annotations ?? {};
    const refused = Object.keys(annotations).filter(key =>
      key.startsWith(OUR_PREFIX)
        ? ORGANISATION_ANNOTATIONS.has(key)
        : !allowed.has(key),
    );
    if (refused.length) {
      refused.forEach(key => delete annotations[key]);
      problems.push(
        `${describe(entity)} in ${path}: annotations ${refused.join(
          ', ',
        )} were dropped; reports may set only conference-takeaways.dev annotations and those in conferenceTakeaways.reports.allowedAnnotations`,
      );
    }

    const spec = entity.spec as Record<string, unknown> | undefined;
    if (spec && spec.owner !== undefined) {
      const problem = ownerProblem(spec.owner, rules.namespace);
      if (problem) {
        problems.push(
          `${describe(entity)} in ${path}: owner ${JSON.stringify(
            spec.owner,
          )} ${problem}; the owner was dropped`,
        );
        delete spec.owner;
      }
    }
  }
  return { entities, problems };
}
