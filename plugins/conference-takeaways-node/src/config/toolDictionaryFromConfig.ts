import { Config } from '@backstage/config';
import {
  ToolDefinition,
  ToolDictionary,
  validateToolDefinition,
} from '@conference-takeaways/backstage-plugin-conference-takeaways-common';
import { landscapeToolDictionary } from '@conference-takeaways/backstage-plugin-conference-takeaways-common/landscape';
import { extendFromConfigList, messageOf } from './extendFromConfigList';

const SETTING = 'conferenceTakeaways.tools';

/** The entry fields the config schema declares; others are not read. */
const TOOL_FIELDS = [
  'slug',
  'name',
  'aliases',
  'homepage',
  'maturity',
  'category',
  'caseSensitive',
  'ubiquitous',
] as const;

/**
 * The tool dictionary extended with the organisation's entries from
 * `conferenceTakeaways.tools`. The base defaults to the curated tools plus
 * the whole CNCF landscape. An entry with a known slug extends that tool
 * (see `ToolDictionary.with`).
 *
 * Never throws: a faulty setting or entry is logged as an error naming it
 * (e.g. `conferenceTakeaways.tools[1]: slug must be …`) and left out, so one
 * typo neither stops the backend nor hides the other tools.
 *
 * @public
 */
export function toolDictionaryFromConfig(
  config: Config,
  logger: { error(message: string): void },
  base: ToolDictionary = landscapeToolDictionary(),
): ToolDictionary {
  return extendFromConfigList(config, logger, base, {
    setting: SETTING,
    entryShape:
      '{ slug, name, aliases?, homepage?, maturity?, category?, caseSensitive?, ubiquitous? }',
    noneAdded: 'no extra tools are added',
    entryIgnored: 'this tool is ignored',
    addEntry,
  });
}

/** The extended dictionary, or a message saying why the entry is unusable. */
function addEntry(
  dictionary: ToolDictionary,
  entry: unknown,
): ToolDictionary | string {
  if (!isObject(entry)) {
    return 'must be an object with slug and name';
  }
  const definition = Object.fromEntries(
    TOOL_FIELDS.filter(field => entry[field] !== undefined).map(field => [
      field,
      entry[field],
    ]),
  );
  const problems = validateToolDefinition(definition);
  if (problems.length > 0) {
    return problems.join('; ');
  }
  const tool = definition as unknown as ToolDefinition;
  try {
    return dictionary.with([tool]);
  } catch (error) {
    return clashOf(dictionary, tool) ?? messageOf(error);
  }
}

/**
 * Names the field whose spelling already belongs to another tool, which is
 * the usual reason the dictionary rejects a valid entry.
 */
function clashOf(
  dictionary: ToolDictionary,
  tool: ToolDefinition,
): string | undefined {
  const spellings: Array<[string, string]> = [
    ['name', tool.name],
    ...(tool.aliases ?? []).map((alias, i): [string, string] => [
      `aliases[${i}]`,
      alias,
    ]),
  ];
  for (const [field, spelling] of spellings) {
    const owner = dictionary.resolve(spelling);
    if (owner && owner.slug !== tool.slug) {
      return `${field} "${spelling}" already names the tool "${owner.slug}"`;
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
