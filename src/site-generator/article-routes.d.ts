declare module 'virtual:article-routes' {
  // A relative `import type` is not allowed inside an ambient module declaration, hence import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const manifest: import('../routing/manifest').ArticleRoutes[];
  export default manifest;
}

declare module 'virtual:article-content' {
  /** One loader per published edition, keyed `<article id>/<lang>`; drafts have none. */
  export const editions: Record<string, () => Promise<unknown>>;
  /** One loader per front page, keyed `front/<lang>/<page>`. */
  export const fronts: Record<string, () => Promise<unknown>>;
}
