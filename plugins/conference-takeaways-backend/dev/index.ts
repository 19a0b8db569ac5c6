import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { allEntities } from '../src/service/__fixtures__/catalogEntities';

// Standalone backend for working on this plugin: `yarn start` in this
// package, then e.g.
//
//   curl 'http://localhost:7007/api/conference-takeaways/relevant?entityRef=component:default/payments'
//   curl 'http://localhost:7007/api/conference-takeaways/relevant?entityRef=group:default/payments-team&limit=3'
//   curl http://localhost:7007/api/conference-takeaways/radar
//   curl http://localhost:7007/api/conference-takeaways/radar/history
//   curl http://localhost:7007/api/conference-takeaways/tools/linkerd
//   curl 'http://localhost:7007/api/conference-takeaways/tools/linkerd?limit=2&offset=2'
//   curl http://localhost:7007/api/conference-takeaways/health
//
// The radar is read from conferenceTakeaways.radar.location in the app
// config (the repository's points at examples/tech-radar/radar.yaml).
//
// Auth is mocked (every request is a mock user unless it sends
// `Authorization: Bearer mock-none-token`), and the catalog is an in-memory
// one holding the same small set of entities the tests use.

const backend = createBackend();

backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(catalogServiceMock.factory({ entities: allEntities }));
backend.add(import('../src'));

backend.start();
