import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  conferenceFilter,
  groupFilter,
  takeawayFilter,
  talkFilter,
  usesToolsFilter,
} from './filters';

/** Top takeaways and talks for a component, system or API. @alpha */
export const relevantTakeawaysEntityCard = EntityCardBlueprint.make({
  name: 'relevant-takeaways',
  params: {
    type: 'content',
    filter: usesToolsFilter,
    loader: () =>
      import('../components/EntityRelevantTakeawaysCard').then(m => (
        <m.EntityRelevantTakeawaysCard />
      )),
  },
});

/** A team's tools and the newest takeaways on each. @alpha */
export const groupToolsEntityCard = EntityCardBlueprint.make({
  name: 'group-tools',
  params: {
    type: 'content',
    filter: groupFilter,
    loader: () =>
      import('../components/GroupToolsCard').then(m => <m.GroupToolsCard />),
  },
});

/** Details of a Takeaway entity. @alpha */
export const takeawayDetailsEntityCard = EntityCardBlueprint.make({
  name: 'takeaway-details',
  params: {
    type: 'content',
    filter: takeawayFilter,
    loader: () =>
      import('../components/TakeawayDetailsCard').then(m => (
        <m.TakeawayDetailsCard />
      )),
  },
});

/** Details of a Talk entity. @alpha */
export const talkDetailsEntityCard = EntityCardBlueprint.make({
  name: 'talk-details',
  params: {
    type: 'content',
    filter: talkFilter,
    loader: () =>
      import('../components/TalkDetailsCard').then(m => <m.TalkDetailsCard />),
  },
});

/** Details of a Conference entity. @alpha */
export const conferenceDetailsEntityCard = EntityCardBlueprint.make({
  name: 'conference-details',
  params: {
    type: 'content',
    filter: conferenceFilter,
    loader: () =>
      import('../components/ConferenceDetailsCard').then(m => (
        <m.ConferenceDetailsCard />
      )),
  },
});
