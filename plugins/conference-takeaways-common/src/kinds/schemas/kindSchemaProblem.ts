import { Entity, entityKindSchemaValidator } from '@backstage/catalog-model';
import {
  CONFERENCE_KIND,
  CONFERENCE_TAKEAWAYS_API_VERSION,
  TAKEAWAY_KIND,
  TALK_KIND,
} from '../constants';
import conferenceSchema from './Conference.v1alpha1.schema.json';
import takeawaySchema from './Takeaway.v1alpha1.schema.json';
import talkSchema from './Talk.v1alpha1.schema.json';

const validators = [conferenceSchema, talkSchema, takeawaySchema].map(schema =>
  entityKindSchemaValidator<Entity>(schema),
);

/**
 * Why an entity is not a valid Conference, Talk or Takeaway, in the words
 * the catalog would use when rejecting it, or undefined when it is valid.
 * Synchronous, unlike the `KindValidator`s, so that report parsing can check
 * what it produces before the catalog sees it.
 *
 * @public
 */
export function kindSchemaProblem(entity: unknown): string | undefined {
  for (const validate of validators) {
    try {
      if (validate(entity)) {
        return undefined;
      }
    } catch (error) {
      return (error as Error).message;
    }
  }
  return `is not a ${[CONFERENCE_KIND, TALK_KIND, TAKEAWAY_KIND].join(
    ', ',
  )} of apiVersion ${CONFERENCE_TAKEAWAYS_API_VERSION}`;
}
