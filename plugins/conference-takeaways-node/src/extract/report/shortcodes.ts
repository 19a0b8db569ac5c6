/**
 * Site-generator shortcodes in a Markdown body: Hugo's `{{< name a="b" >}}`
 * and `{{% … %}}`, Zola's `{{ name(a="b") }}` and `{% … %}`, Jekyll/Liquid
 * `{% … %}`. Bounded in length, so a stray `{{` cannot make the scan slow.
 */
const SHORTCODE =
  /\{\{[<%]?[ \t]{0,20}\/?[ \t]{0,20}([A-Za-z][\w-]{0,40})([^{}]{0,2000}?)[>%]?\}\}|\{%[ \t]{0,20}([A-Za-z][\w-]{0,40})([^{}]{0,2000}?)%\}/g;

/** `title="…"`, `link='…'`, `src=…` parameters of a shortcode. */
const PARAMETER =
  /([A-Za-z][\w-]{0,30})[ \t]{0,20}=[ \t]{0,20}(?:"([^"]{0,1000})"|'([^']{0,1000})'|([^\s,)]{1,1000}))/g;

const TITLE_KEYS = ['title', 'caption', 'name'];
const LINK_KEYS = ['link', 'href', 'url'];

function parameters(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(PARAMETER)) {
    found.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** The Markdown a shortcode stands for: a link when it names one, else nothing. */
function replacement(params: Map<string, string>): string {
  const title = TITLE_KEYS.map(k => params.get(k)).find(Boolean);
  const link = LINK_KEYS.map(k => params.get(k)).find(Boolean);
  if (title && link && /^https?:\/\//i.test(link)) {
    const safeTitle = title.replace(/[[\]]/g, '');
    return `\n\n[${safeTitle}](<${link.replace(/[<>\s]/g, '')}>)\n\n`;
  }
  return '';
}

/** The body with shortcodes replaced by what they mean for the reader. */
export function withoutShortcodes(source: string): string {
  return source.replace(SHORTCODE, (_whole, _n1, args1, _n2, args2) =>
    replacement(parameters(args1 ?? args2 ?? '')),
  );
}
