import { MarkdownContent } from '@backstage/core-components';
import { safeHttpUrl } from '../../lib/safeHttpUrl';

const onlyHttp = (uri: string) => safeHttpUrl(uri) ?? '';

/**
 * Markdown from trip reports. MarkdownContent already sanitises HTML; on top
 * of that, links and images keep only http(s) targets.
 */
export function SafeMarkdown(props: { content: string }) {
  return (
    <MarkdownContent
      content={props.content}
      dialect="gfm"
      linkTarget="_blank"
      transformLinkUri={onlyHttp}
      transformImageUri={onlyHttp}
    />
  );
}
