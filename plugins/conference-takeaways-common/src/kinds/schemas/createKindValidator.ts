import {
  Entity,
  entityKindSchemaValidator,
  KindValidator,
} from '@backstage/catalog-model';

/**
 * Wraps a kind's JSON schema in the catalog's `KindValidator` contract:
 * `false` for entities of other kinds, `true` for valid entities of this
 * kind, and a thrown `TypeError` naming the offending field otherwise.
 */
export function createKindValidator(schema: unknown): KindValidator {
  const validate = entityKindSchemaValidator<Entity>(schema);
  return {
    async check(data: Entity) {
      return validate(data) === data;
    },
  };
}
