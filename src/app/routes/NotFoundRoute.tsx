import { useLocation } from 'react-router';
import { notFoundLang } from '../not-found-lang';
import { NotFoundPage } from './NotFoundPage';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return <NotFoundPage lang={notFoundLang(pathname)} />;
}
