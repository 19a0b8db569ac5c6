import { createApiRef } from '@backstage/core-plugin-api';
import {
  PreviewRequest,
  PreviewResponse,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';

/**
 * What the portal would extract from a trip report, before it is committed.
 *
 * @public
 */
export interface ReportPreviewApi {
  preview(request: PreviewRequest): Promise<PreviewResponse>;
}

/** @public */
export const reportPreviewApiRef = createApiRef<ReportPreviewApi>({
  id: 'plugin.conference-takeaways.report-preview',
});
