import { ToolDefinition } from '../tools/types';

function words(text: string, caseSensitive: boolean): string {
  const normalised = text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return caseSensitive ? normalised : normalised.toLocaleLowerCase('en-US');
}

/**
 * True when the text names the tool (slug, name or an alias) as whole
 * words, e.g. "Linkerd" in "Linkerd at scale" but not in "linkerdctl".
 * Case-sensitive tools (Flux, Helm) only match with their exact casing.
 */
export function textNamesTool(text: string, tool: ToolDefinition): boolean {
  const caseSensitive = tool.caseSensitive === true;
  const haystack = ` ${words(text, caseSensitive)} `;
  const names = [tool.name, ...(tool.aliases ?? [])];
  if (!caseSensitive) {
    names.push(tool.slug);
  }
  return names
    .map(name => words(name, caseSensitive))
    .some(name => name.length > 0 && haystack.includes(` ${name} `));
}
