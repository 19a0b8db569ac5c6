/** Escapes the characters that would end or break a Markdown link text. */
function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]*_`]/g, char => `\\${char}`);
}

/** `[text](url)`, safe for any text; the URL's parentheses are encoded. */
export function markdownLink(text: string, url: string): string {
  const target = url.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[${escapeLinkText(text)}](${target})`;
}
