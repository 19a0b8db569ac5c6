import { ReactNode } from 'react';
import { Link } from '@backstage/core-components';
import { safeHttpUrl } from '../../lib/safeHttpUrl';

/**
 * A link to an outside page, rendered only when the URL is http(s). Report
 * data is user-written, so no other scheme ever becomes a link. Without a
 * usable URL it renders nothing, or the plain text when `textWhenUnsafe`.
 */
export function ExternalLink(props: {
  url: string | undefined;
  children: ReactNode;
  textWhenUnsafe?: boolean;
}) {
  const href = safeHttpUrl(props.url);
  if (!href) {
    return props.textWhenUnsafe ? <>{props.children}</> : null;
  }
  return (
    <Link to={href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </Link>
  );
}
