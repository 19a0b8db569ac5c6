import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  ConferenceTakeawaysClient,
  conferenceTakeawaysApiRef,
  ReportPreviewClient,
  reportPreviewApiRef,
} from '../api';

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

/** The client of the report preview ("Try your report"). @alpha */
export const reportPreviewApi = ApiBlueprint.make({
  name: 'report-preview',
  params: defineParams =>
    defineParams({
      api: reportPreviewApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReportPreviewClient({ discoveryApi, fetchApi }),
    }),
});
