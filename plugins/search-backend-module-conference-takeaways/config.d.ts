import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /**
       * The search collator of the conference-takeaways plugin family: it
       * indexes the Conference, Talk and Takeaway entities of the catalog.
       */
      conferenceTakeaways?: {
        /**
         * How often the entities are collated. Defaults to every 10 minutes
         * with a 15 minute timeout, starting 5 seconds after startup.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * How many entities one catalog request returns while collating.
         * A positive integer; defaults to 500.
         */
        batchSize?: number;
      };
    };
  };
}
