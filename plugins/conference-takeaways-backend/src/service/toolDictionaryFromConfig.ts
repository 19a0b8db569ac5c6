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
 * `conferenceTakeaways.tools`. Throws naming the config entry when one is
 * invalid, so a typo stops the plugin at startup instead of hiding tools.
 */
export function toolDictionaryFromConfig(
  config: Config,
  base: ToolDictionary = ToolDictionary.default(),
): ToolDictionary {
  const entries = config.getOptionalConfigArray(CONFIG_KEY) ?? [];
  return entries.reduce((dictionary, entry, index) => {
    try {
      return dictionary.with([readTool(entry)]);
    } catch (error) {
      throw new Error(
        `Invalid ${CONFIG_KEY}[${index}]: ${(error as Error).message}`,
      );
    }
  }, base);
}
