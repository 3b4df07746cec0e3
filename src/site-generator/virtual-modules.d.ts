// Ambient declarations for virtual modules provided by the Vite plugins in this folder.

declare module 'virtual:responsive-images' {
  /** Keyed by `imageKey` (`"<article>/<image>"`), e.g. `"us-china-cyber/lead"`. */
  // A relative `import type` is not allowed inside an ambient module declaration, hence import().
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const images: Record<string, import('../article/picture/responsive-image').ResponsiveImage>;
  export default images;
}
