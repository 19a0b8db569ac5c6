import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

const CONFIG_KEY = 'search.collators.conferenceTakeaways';

/** Every 10 minutes, like the catalog collator, starting 5 s after startup. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 5 },
};

export const DEFAULT_BATCH_SIZE = 500;

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The collation schedule; throws naming the key when it is invalid. */
export function readCollatorSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const scheduleConfig = config.getOptionalConfig(`${CONFIG_KEY}.schedule`);
  if (!scheduleConfig) {
    return DEFAULT_SCHEDULE;
  }
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig);
  } catch (error) {
    throw new Error(
      `Invalid schedule at ${CONFIG_KEY}.schedule: ${describe(error)}`,
    );
  }
}

/** How many entities one catalog request asks for. */
export function readCollatorBatchSize(config: Config): number {
  const key = `${CONFIG_KEY}.batchSize`;
  let value: number | undefined;
  try {
    value = config.getOptionalNumber(key);
  } catch (error) {
    throw new Error(`Invalid ${key}: ${describe(error)}`);
  }
  if (value === undefined) {
    return DEFAULT_BATCH_SIZE;
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `Invalid ${key}: expected a positive integer, got ${value}`,
    );
  }
  return value;
}
