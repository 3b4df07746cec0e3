declare module 'virtual:article-routes' {
  // A relative `import type` is not allowed inside an ambient module declaration, hence import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const manifest: import('../routing/manifest').ArticleRoutes[];
  export default manifest;
}

declare module 'virtual:article-content' {
  /** One loader per published edition, keyed `<article id>/<lang>`; drafts have none. */
  const loaders: Record<string, () => Promise<unknown>>;
  export default loaders;
  /** Each published edition's file relative to the project root, keyed as the loaders. */
  export const sources: Record<string, string>;
}
