import type { i18n as I18n } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import manifest from 'virtual:article-routes';
import { ArticleBody } from '../../article/components/ArticleBody';
import { ParallelBody } from '../../article/components/LazyParallelBody';
import { editorsNote } from '../../article/model/editorial';
import type { Article } from '../../article/model/schema';
import { ReadingProgress } from '../../article/components/ReadingProgress';
import { LightboxContext } from '../../article/lightbox/lightbox-context';
import { PhotoViewer } from '../../article/lightbox/PhotoViewer';
import { usePhotoAddress } from '../../article/lightbox/use-photo-address';
import { SectionBar } from '../../article/components/SectionBar';
import { TableOfContents } from '../../article/components/TableOfContents';
import { useArticle } from '../../article/hooks/use-article';
import { useContents } from '../../article/hooks/use-contents';
import { useElementHeight } from '../../article/hooks/use-element-height';
import { useLanguageSwitch } from '../../article/hooks/use-language-switch';
import { useSectionNavigation } from '../../article/hooks/use-section-navigation';
import { pageTitle } from '../../article/model/page-title';
import { articlePath, hasEdition, parallelPath } from '../../routing/article-paths';
import { moreLinks } from '../data/site-data';
import { englishHomeFor } from '../../routing/english-home';
import { otherLang, type Lang } from '../../i18n/languages';
import { rememberLang } from '../../i18n/preferred-lang';
import { GermanOnlyToggle } from '../components/GermanOnlyToggle';
import { LanguageToggle } from '../components/LanguageToggle';
import { ViewToggle } from '../components/ViewToggle';
import { SiteFooter } from '../components/SiteFooter';
import { SiteHeader } from '../components/SiteHeader';
import { MoreArticles } from './MoreArticles';
import { useDocumentMeta } from '../use-document-meta';
import { LoadErrorNotice } from './LoadErrorNotice';
import { UnknownSectionNotice } from './UnknownSectionNotice';
import { useArticlePaths } from './use-article-paths';
import { useOtherEdition } from './use-other-edition';

export interface ArticlePageProps {
  lang: Lang;
  articleId: string;
  sectionId?: string;
  unknownSection?: string;
  /** The other edition's instance: given, the page is the parallel view. */
  otherI18n?: I18n;
}

export function ArticlePage({
  lang,
  articleId,
  sectionId,
  unknownSection,
  otherI18n,
}: ArticlePageProps) {
  const parallel = otherI18n !== undefined;
  const { t } = useTranslation();
  const article = useArticle(articleId);
  // The notice outlives the bad address, which is replaced by the article's own at once.
  const [missingSection, setMissingSection] = useState(unknownSection);
  if (unknownSection !== undefined && unknownSection !== missingSection) {
    setMissingSection(unknownSection);
  }
  const { entries: toc, totalMinutes, ids } = useContents(article, lang);
  // Where the page opened: it chose the image that loads first, in the prerendered HTML too. Kept
  // as it was, so scrolling (which renames the section in the address) does not re-render the
  // article.
  const [landingSection] = useState(sectionId);
  const headerRef = useRef<HTMLElement>(null);
  const headerHeight = useElementHeight(headerRef, '--header-height');

  const { pathFor, sectionFromHash } = useArticlePaths(lang, articleId, parallel);
  const { active, select } = useSectionNavigation({
    ids,
    sectionId,
    sectionFromHash,
    pathFor,
    headerHeight,
  });

  // The URL names the section; in the title and the toggle it is the one being read.
  const current = active === ids[0] && sectionId === undefined ? undefined : active;
  const title = pageTitle(article, sectionId);
  useDocumentMeta(
    lang,
    t('site.documentTitle', { title: parallel ? t('parallel.title', { title }) : title }),
  );
  useEffect(() => rememberLang(lang), [lang]);
  // An article published in German only (#15) has no other edition to link, load or show beside.
  const translated = hasEdition(manifest, otherLang(lang), articleId);
  const { other, load: loadOther } = useOtherEdition(lang, articleId, translated);

  // In the parallel view the language toggle swaps the columns: /de-en/… ⇄ /en-de/….
  const toggleTo = translated
    ? (parallel ? parallelPath : articlePath)(manifest, other, articleId, current)
    : englishHomeFor();
  const viewTo = translated
    ? (parallel ? articlePath : parallelPath)(manifest, lang, articleId, current)
    : undefined;
  const translation = useMemo(() => {
    if (!otherI18n) return undefined;
    const otherArticle = otherI18n.getResourceBundle(other, articleId) as Article;
    const note = editorsNote(otherArticle, otherI18n.getFixedT(other, 'ui'), other);
    return { article: otherArticle, note };
  }, [otherI18n, other, articleId]);
  const { open: openPhoto } = usePhotoAddress();
  const [loadFailed, setLoadFailed] = useState(false);
  const onLoadError = useCallback(() => setLoadFailed(true), []);
  const switchLanguage = useLanguageSwitch({ headerHeight, load: loadOther, onLoadError });
  const tocProps = { entries: toc, active, hrefFor: pathFor, onSelect: select };
  return (
    <>
      <SiteHeader
        ref={headerRef}
        below={
          <>
            <SectionBar {...tocProps} />
            <ReadingProgress articleId="article" totalMinutes={totalMinutes} />
          </>
        }
      >
        {viewTo !== undefined && (
          <ViewToggle
            parallel={parallel}
            to={viewTo}
            onIntent={() => void loadOther().catch(() => undefined)}
            onClick={(event) => {
              setLoadFailed(false);
              switchLanguage(event, viewTo);
            }}
          />
        )}
        {translated ? (
          <LanguageToggle
            lang={lang}
            to={toggleTo}
            onIntent={() => void loadOther().catch(() => undefined)}
            onClick={(event) => {
              setLoadFailed(false);
              switchLanguage(event, toggleTo);
            }}
          />
        ) : (
          <GermanOnlyToggle />
        )}
      </SiteHeader>
      <main
        id="main"
        tabIndex={-1}
        className={parallel ? 'page page--article page--parallel' : 'page page--article'}
      >
        {missingSection !== undefined && <UnknownSectionNotice section={missingSection} />}
        <LoadErrorNotice failed={loadFailed} href={toggleTo} />
        <div className="article-layout">
          <div className="article-layout__aside">
            <TableOfContents {...tocProps} />
          </div>
          <LightboxContext value={openPhoto}>
            {translation ? (
              <ParallelBody
                articleId={articleId}
                lang={lang}
                article={article}
                otherLang={other}
                other={translation.article}
                otherNote={translation.note}
                pathFor={pathFor}
                minutes={totalMinutes}
                landingSection={landingSection}
              />
            ) : (
              <ArticleBody
                articleId={articleId}
                article={article}
                pathFor={pathFor}
                minutes={totalMinutes}
                landingSection={landingSection}
              />
            )}
          </LightboxContext>
          <PhotoViewer articleId={articleId} article={article} />
        </div>
        <MoreArticles
          links={moreLinks(articleId, lang).map(({ id, headline }) => ({
            id,
            headline,
            path: articlePath(manifest, lang, id),
          }))}
        />
      </main>
      <SiteFooter />
    </>
  );
}
