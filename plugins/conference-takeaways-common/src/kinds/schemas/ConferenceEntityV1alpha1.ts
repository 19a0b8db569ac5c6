import { Entity, KindValidator } from '@backstage/catalog-model';
import {
  CONFERENCE_TAKEAWAYS_API_VERSION,
  CONFERENCE_KIND,
} from '../constants';
import { ConferenceEntity } from '../types';
import schema from './Conference.v1alpha1.schema.json';
import { createKindValidator } from './createKindValidator';

/**
 * {@link @backstage/catalog-model#KindValidator} for {@link ConferenceEntity}.
 *
 * @public
 */
export const conferenceEntityV1alpha1Validator: KindValidator =
  createKindValidator(schema);

/**
 * Whether an entity is of the Conference kind (by apiVersion and kind; it does not
 * validate the spec).
 *
 * @public
 */
export function isConferenceEntity(entity: Entity): entity is ConferenceEntity {
  return (
    entity.apiVersion === CONFERENCE_TAKEAWAYS_API_VERSION &&
    entity.kind === CONFERENCE_KIND
  );
}
