import { createDevApp } from '@backstage/frontend-dev-utils';
import { devFeatures } from './devFeatures';

// `yarn start` in this package serves the explorer at /conference-takeaways
// with fixture data: no backend or catalog needed.
createDevApp({ features: devFeatures });
