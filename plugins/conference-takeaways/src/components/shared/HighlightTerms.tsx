import { Fragment, useMemo } from 'react';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Plain text with every word of `query` marked, case-insensitively. The text
 * is rendered as text, never as HTML.
 */
export function HighlightTerms(props: { text: string; query?: string }) {
  const { text, query } = props;
  const parts = useMemo(() => {
    const words = (query ?? '')
      .split(/\s+/)
      .filter(word => word.length > 1)
      .slice(0, 10)
      .map(escapeRegExp);
    if (words.length === 0) {
      return [text];
    }
    return text.split(new RegExp(`(${words.join('|')})`, 'gi'));
  }, [text, query]);
  return (
    <>
      {parts.map((part, index) =>
        // split() with one capture group puts the matches at odd indexes
        index % 2 === 1 ? (
          <mark key={index}>{part}</mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
