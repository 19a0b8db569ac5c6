import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { TextBlock } from '../plainTextBlocks';
import type { ItemLink } from '../talks';
import { withoutShortcodes } from './shortcodes';

// CommonMark plus bare URLs as links. markdown-it rather than micromark:
// measured on our corpus it parses ~4x faster and stays linear on
// link-heavy paragraphs, where micromark grew quadratically (docs/decisions.md).
const markdown = new MarkdownIt({ linkify: true, html: true });

/** `[^3]` footnote references, which CommonMark leaves as text. */
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]{1,20}\]/g;
const LIST_MARKER =
  /^[ \t]{0,12}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;

interface Inline {
  text: string;
  links: ItemLink[];
  strong: string[];
}

/** Visible text of an inline token, its links and its bold spans. */
function readInline(token: Token): Inline {
  let text = '';
  const links: ItemLink[] = [];
  const strong: string[] = [];
  const openLinks: Array<{ href: string; start: number }> = [];
  const openStrong: number[] = [];
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        text += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        break;
      case 'link_open':
        openLinks.push({
          href: child.attrGet('href') ?? '',
          start: text.length,
        });
        break;
      case 'link_close': {
        const open = openLinks.pop();
        if (open) {
          links.push({ href: open.href, text: text.slice(open.start).trim() });
        }
        break;
      }
      case 'strong_open':
        openStrong.push(text.length);
        break;
      case 'strong_close': {
        const start = openStrong.pop();
        if (start !== undefined) {
          strong.push(text.slice(start).trim());
        }
        break;
      }
      default:
        // images, inline HTML and emphasis markers add no words
        break;
    }
  }
  return {
    text: text.replace(FOOTNOTE_REFERENCE, '').replace(/\s+/g, ' ').trim(),
    links,
    strong: strong.filter(Boolean),
  };
}

interface OpenList {
  id: number;
  ordered: boolean;
  next: number;
}

/**
 * The blocks of a Markdown document: headings with their level, paragraphs,
 * list items (with list ids and numbers), table rows, links with their text
 * and bold spans, and each block's Markdown source for summaries.
 * Site-generator shortcodes are dropped; one that names a title and a link
 * becomes a link.
 */
export function markdownBlocks(source: string): TextBlock[] {
  const text = withoutShortcodes(source);
  const lines = text.split('\n');
  const tokens = markdown.parse(text, {});
  const blocks: TextBlock[] = [];
  const lists: OpenList[] = [];
  let listCount = 0;
  // true right after list_item_open: the item's first paragraph is the item
  let itemOpened = false;
  let row: Inline[] = [];

  const sourceOf = (token: Token) => {
    if (!token.map) return undefined;
    const raw = lines.slice(token.map[0], token.map[1]).join('\n');
    return raw.replace(LIST_MARKER, '').trim() || undefined;
  };
  const push = (inline: Inline, block: Omit<TextBlock, 'text'>) => {
    if (!/[\p{L}\p{N}]/u.test(inline.text)) {
      return; // images, spacers, lone punctuation
    }
    blocks.push({
      ...block,
      text: inline.text,
      ...(inline.links.length ? { links: inline.links } : {}),
      ...(inline.strong.length ? { strong: inline.strong } : {}),
    });
  };

  tokens.forEach((token, i) => {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({
          id: ++listCount,
          ordered: token.type === 'ordered_list_open',
          next: Number(token.attrGet('start') ?? 1),
        });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        itemOpened = true;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close': {
        const cells = row.filter(cell => cell.text);
        push(
          {
            text: cells.map(cell => cell.text).join(' — '),
            links: cells.flatMap(cell => cell.links),
            strong: cells.flatMap(cell => cell.strong),
          },
          { kind: 'line' },
        );
        break;
      }
      case 'inline': {
        const opener = tokens[i - 1];
        const inline = readInline(token);
        if (opener.type === 'th_open' || opener.type === 'td_open') {
          row.push(inline);
        } else if (opener.type === 'heading_open') {
          const depth = Number(opener.tag.slice(1));
          push(inline, { kind: 'line', heading: depth > 1, depth });
        } else if (opener.type === 'paragraph_open') {
          const list = lists[lists.length - 1];
          const markdownSource = sourceOf(opener);
          const withSource = markdownSource ? { source: markdownSource } : {};
          if (itemOpened && list) {
            push(inline, {
              kind: list.ordered ? 'numbered' : 'bullet',
              listId: list.id,
              ...(list.ordered ? { number: list.next } : {}),
              ...withSource,
            });
          } else {
            push(inline, { kind: 'line', ...withSource });
          }
          if (itemOpened && list) {
            list.next++;
          }
          itemOpened = false;
        }
        break;
      }
      default:
        // code, HTML blocks, rules and images carry no prose
        break;
    }
  });
  return blocks;
}
