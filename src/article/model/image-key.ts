/**
 * The one name of an article's image, shared by the build and the app: `"<article>/<image>"`,
 * where `<article>` is the article's folder in `src/content/` and `<image>` is the file's name in
 * its `images/` folder without the extension (what a figure's `image` field says). The site
 * generator keys `virtual:responsive-images` (and each article's `virtual:article-images/<id>`)
 * by it; figures, the lightbox (through `picture/image-store`) and the page head look their image
 * up by it.
 */
export function imageKey(articleId: string, image: string): string {
  return `${articleId}/${image}`;
}
