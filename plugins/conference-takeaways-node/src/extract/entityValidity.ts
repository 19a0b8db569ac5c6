import { Entity, makeValidator } from '@backstage/catalog-model';
import { kindSchemaProblem } from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

const fields = makeValidator();

/** Field formats the catalog enforces besides the schema (its field policy). */
function fieldFormatProblem(entity: Entity): string | undefined {
  const { metadata } = entity;
  if (!fields.isValidEntityName(metadata.name)) {
    return `has metadata.name ${JSON.stringify(
      metadata.name,
    )}, which is not a valid entity name (letters, digits, "-", "_", "." and at most 63 characters)`;
  }
  if (!fields.isValidNamespace(metadata.namespace)) {
    return `has metadata.namespace ${JSON.stringify(
      metadata.namespace,
    )}, which is not a valid namespace`;
  }
  for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
    if (
      !fields.isValidAnnotationKey(key) ||
      !fields.isValidAnnotationValue(value)
    ) {
      return `has an invalid annotation ${JSON.stringify(key)}`;
    }
  }
  for (const [key, value] of Object.entries(metadata.labels ?? {})) {
    if (!fields.isValidLabelKey(key) || !fields.isValidLabelValue(value)) {
      return `has an invalid label ${JSON.stringify(key)}`;
    }
  }
  const badTag = (metadata.tags ?? []).find(tag => !fields.isValidTag(tag));
  if (badTag !== undefined) {
    return `has an invalid tag ${JSON.stringify(badTag)}`;
  }
  return undefined;
}

/**
 * Why the catalog would reject this entity, or undefined when it would
 * accept it: the kind's JSON schema and the catalog's field formats.
 */
export function entityValidityProblem(entity: Entity): string | undefined {
  return kindSchemaProblem(entity) ?? fieldFormatProblem(entity);
}
