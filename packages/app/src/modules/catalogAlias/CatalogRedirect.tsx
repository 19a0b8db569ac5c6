import { Navigate, useLocation } from 'react-router-dom';

/** Sends `/catalog?filters…` to the catalog at `/`, keeping the filters. */
export function CatalogRedirect() {
  const { search, hash } = useLocation();
  return <Navigate to={{ pathname: '/', search, hash }} replace />;
}
