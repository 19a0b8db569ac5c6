import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  ToolDefinition,
  ToolDictionary,
  ToolMaturity,
} from '@internal/backstage-plugin-conference-takeaways-common';

const CONFIG_KEY = 'conferenceTakeaways.tools';

function readTool(tool: Config): ToolDefinition {
  const definition: ToolDefinition = {
    slug: tool.getString('slug'),
    name: tool.getString('name'),
    aliases: tool.getOptionalStringArray('aliases'),
    homepage: tool.getOptionalString('homepage'),
    // checked with the rest of the entry by the dictionary
    maturity: tool.getOptionalString('maturity') as ToolMaturity | undefined,
    category: tool.getOptionalString('category'),
    caseSensitive: tool.getOptionalBoolean('caseSensitive'),
    ubiquitous: tool.getOptionalBoolean('ubiquitous'),
  };
  // Unset fields are left out rather than set to undefined.
  return Object.fromEntries(
    Object.entries(definition).filter(([, value]) => value !== undefined),
  ) as ToolDefinition;
}

/**
 * The built-in tool dictionary plus the organisation's entries from
 * `conferenceTakeaways.tools`. An invalid entry is logged as an error naming
 * it and left out, like the catalog module does, so one typo neither stops
 * the backend nor hides the other tools.
 */
export function toolDictionaryFromConfig(
  config: Config,
  logger: LoggerService,
  base: ToolDictionary = ToolDictionary.default(),
): ToolDictionary {
  const entries = config.getOptionalConfigArray(CONFIG_KEY) ?? [];
  return entries.reduce((dictionary, entry, index) => {
    try {
      return dictionary.with([readTool(entry)]);
    } catch (error) {
      logger.error(
        `Invalid ${CONFIG_KEY}[${index}]: ${
          (error as Error).message
        }; this tool is ignored`,
      );
      return dictionary;
    }
  }, base);
}
