declare module 'virtual:article-routes' {
  // A relative `import type` is not allowed inside an ambient module declaration, hence import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const manifest: import('../routing/manifest').ArticleRoutes[];
  export default manifest;
}
