import { Entity, KindValidator } from '@backstage/catalog-model';
import { CONFERENCE_TAKEAWAYS_API_VERSION, TAKEAWAY_KIND } from '../constants';
import { TakeawayEntity } from '../types';
import schema from './Takeaway.v1alpha1.schema.json';
import { createKindValidator } from './createKindValidator';

/**
 * {@link @backstage/catalog-model#KindValidator} for {@link TakeawayEntity}.
 *
 * @public
 */
export const takeawayEntityV1alpha1Validator: KindValidator =
  createKindValidator(schema);

/**
 * Whether an entity is of the Takeaway kind (by apiVersion and kind; it does not
 * validate the spec).
 *
 * @public
 */
export function isTakeawayEntity(entity: Entity): entity is TakeawayEntity {
  return (
    entity.apiVersion === CONFERENCE_TAKEAWAYS_API_VERSION &&
    entity.kind === TAKEAWAY_KIND
  );
}
