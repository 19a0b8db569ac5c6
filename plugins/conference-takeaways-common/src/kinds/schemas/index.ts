export {
  conferenceEntityV1alpha1Validator,
  isConferenceEntity,
} from './ConferenceEntityV1alpha1';
export {
  talkEntityV1alpha1Validator,
  isTalkEntity,
} from './TalkEntityV1alpha1';
export {
  takeawayEntityV1alpha1Validator,
  isTakeawayEntity,
} from './TakeawayEntityV1alpha1';
export { kindSchemaProblem } from './kindSchemaProblem';
