import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { relevanceFilter } from './filters';

/** Entity tab with the full ranked list and its filters. @alpha */
export const relevantTakeawaysEntityContent = EntityContentBlueprint.make({
  name: 'relevant-takeaways',
  params: {
    path: 'conference-takeaways',
    title: 'Conference takeaways',
    filter: relevanceFilter,
    loader: () =>
      import('../components/EntityRelevantTakeawaysContent').then(m => (
        <m.EntityRelevantTakeawaysContent />
      )),
  },
});
