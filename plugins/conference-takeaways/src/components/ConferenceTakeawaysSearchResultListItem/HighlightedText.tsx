import { Fragment, useMemo } from 'react';
import { splitHighlighted } from '../../lib/highlight';

/** Search result text with the matched terms in `<mark>`. */
export function HighlightedText(props: {
  text: string;
  preTag: string;
  postTag: string;
}) {
  const { text, preTag, postTag } = props;
  const parts = useMemo(
    () => splitHighlighted(text, preTag, postTag),
    [text, preTag, postTag],
  );
  return (
    <>
      {parts.map((part, index) =>
        part.highlighted ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
