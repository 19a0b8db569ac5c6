import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { ConferenceTakeawaysClient, conferenceTakeawaysApiRef } from '../api';

/** The backend client. @alpha */
export const conferenceTakeawaysApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: conferenceTakeawaysApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ConferenceTakeawaysClient({ discoveryApi, fetchApi }),
    }),
});
