import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  CONFERENCE_KIND,
  ConferenceEntity,
  TAKEAWAY_KIND,
  TakeawayEntity,
  TALK_KIND,
  TalkEntity,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';

/** Only what the explorer shows: skips annotations, relations and status. */
const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec',
];

export interface ConferenceCatalog {
  conferences: ConferenceEntity[];
  talks: TalkEntity[];
  takeaways: TakeawayEntity[];
}

/** Every conference, talk and takeaway the user may see in the catalog. */
export function useConferenceCatalog() {
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(async (): Promise<ConferenceCatalog> => {
    const load = async (kind: string) =>
      (await catalogApi.getEntities({ filter: { kind }, fields: FIELDS }))
        .items;
    const [conferences, talks, takeaways] = await Promise.all([
      load(CONFERENCE_KIND),
      load(TALK_KIND),
      load(TAKEAWAY_KIND),
    ]);
    return {
      conferences: conferences as ConferenceEntity[],
      talks: talks as TalkEntity[],
      takeaways: takeaways as TakeawayEntity[],
    };
  }, [catalogApi]);
}
