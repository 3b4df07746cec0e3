declare module 'virtual:article-routes' {
  import type { ArticleRoutes } from '../article/model/route-manifest';

  const manifest: ArticleRoutes[];
  export default manifest;
}
