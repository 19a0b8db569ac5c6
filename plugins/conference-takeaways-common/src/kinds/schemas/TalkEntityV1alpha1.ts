import { Entity, KindValidator } from '@backstage/catalog-model';
import { CONFERENCE_TAKEAWAYS_API_VERSION, TALK_KIND } from '../constants';
import { TalkEntity } from '../types';
import schema from './Talk.v1alpha1.schema.json';
import { createKindValidator } from './createKindValidator';

/**
 * {@link @backstage/catalog-model#KindValidator} for {@link TalkEntity}.
 *
 * @public
 */
export const talkEntityV1alpha1Validator: KindValidator =
  createKindValidator(schema);

/**
 * Whether an entity is of the Talk kind (by apiVersion and kind; it does not
 * validate the spec).
 *
 * @public
 */
export function isTalkEntity(entity: Entity): entity is TalkEntity {
  return (
    entity.apiVersion === CONFERENCE_TAKEAWAYS_API_VERSION &&
    entity.kind === TALK_KIND
  );
}
