import { LoggerService } from '@backstage/backend-plugin-api';
import { ToolDictionary } from '@internal/backstage-plugin-conference-takeaways-common';
import { ConfiguredTool } from './config';

/**
 * The built-in dictionary extended with the configured tools. A tool that
 * cannot be added (e.g. its alias already names another tool) is logged as
 * a config error and left out; the others still count.
 */
export function buildToolDictionary(
  tools: ConfiguredTool[],
  logger: LoggerService,
): ToolDictionary {
  let dictionary = ToolDictionary.default();
  for (const { setting, definition } of tools) {
    try {
      dictionary = dictionary.with([definition]);
    } catch (error) {
      logger.error(
        `${setting}: ${
          error instanceof Error ? error.message : error
        }; this tool is ignored`,
      );
    }
  }
  return dictionary;
}
