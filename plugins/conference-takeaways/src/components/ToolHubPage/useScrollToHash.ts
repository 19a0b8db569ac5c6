import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Scrolls to the element the URL's hash names (e.g. `#cite-evidence` from
 * the radar dialog) when the calling component mounts: the router does not
 * scroll, and the element only exists once the page's data has arrived.
 */
export function useScrollToHash() {
  const { hash } = useLocation();
  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ''));
    if (id) {
      document.getElementById(id)?.scrollIntoView?.({ block: 'start' });
    }
  }, [hash]);
}
