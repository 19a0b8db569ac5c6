import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { ItemLink } from './talks';

const markdown = new MarkdownIt({ linkify: true });

/** Block tokens of a Markdown document (markdown-it, CommonMark + linkify). */
export function parseMarkdown(source: string): Token[] {
  return markdown.parse(source, {});
}

/** Plain text of an inline token, with the links it contains. */
export function inlineText(token: Token | undefined): {
  text: string;
  links: ItemLink[];
} {
  const links: ItemLink[] = [];
  let text = '';
  let open: { href: string; start: number } | undefined;
  for (const child of token?.children ?? []) {
    if (child.type === 'link_open') {
      open = { href: child.attrGet('href') ?? '', start: text.length };
    } else if (child.type === 'link_close' && open) {
      links.push({ href: open.href, text: text.slice(open.start) });
      open = undefined;
    } else if (child.type === 'softbreak' || child.type === 'hardbreak') {
      text += ' ';
    } else if (child.type === 'text' || child.type === 'code_inline') {
      text += child.content;
    }
  }
  return { text: text.trim(), links };
}

export type { Token };
