import { useSuspenseQuery } from '@tanstack/react-query';
import { Fragment, useMemo, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { displayPlace } from '../../common/display-place.ts';
import { routePaths } from '../../common/paths.ts';
import { tokenize } from '../../common/search-text.ts';
import { formatDate } from '../../components/ui/format-date.ts';
import { HighlightedText } from '../../components/ui/highlighted-text.tsx';
import { AlsoCarriedAs } from './also-carried-as.tsx';
import { articleQuery } from './article-queries.ts';
import { formatDatelineDate } from './dateline-date.ts';
import { ArticleSidebar } from './article-sidebar.tsx';
import { linkFirstMentions, nameMatcher, type TextPiece } from './name-links.ts';
import { Link } from '../../components/ui/link.tsx';

/**
 * A paragraph as text nodes, the first mention of each person as a link to their page. Never HTML.
 * The links carry no class (styled as `.article-body a`): every byte of an article page is paid 100,000 times.
 */
function LinkedText({ pieces, highlight }: { pieces: TextPiece[]; highlight: (text: string) => ReactNode }) {
  return pieces.map((piece, index) =>
    piece.personSlug ? (
      <Link key={index} to={routePaths.person(piece.personSlug)}>
        {highlight(piece.text)}
      </Link>
    ) : (
      <Fragment key={index}>{highlight(piece.text)}</Fragment>
    ),
  );
}

export function ArticlePage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const article = useSuspenseQuery(articleQuery(slug)).data;
  const paragraphs = useMemo(
    () => linkFirstMentions(article.paragraphs, nameMatcher(article.people)),
    [article.paragraphs, article.people],
  );
  // Arriving from a search, ?hl= carries the words to mark (the same terms the search engine matched).
  const hl = params.get('hl') ?? '';
  const terms = useMemo(() => [...new Set(tokenize(hl))], [hl]);
  const highlight = (text: string): ReactNode =>
    terms.length ? <HighlightedText text={text} terms={terms} /> : text;

  // Two dates can disagree (a story filed on the 21st, published on the 22nd): each says which it is.
  const meta: ReactNode[] = [];
  if (article.date)
    meta.push(
      <span>
        {'Published '}
        <time dateTime={article.date}>{formatDate(article.date)}</time>
      </span>,
    );
  if (article.source) meta.push(<span>{article.source}</span>);
  if (article.dateline)
    meta.push(
      <span>
        {`Dateline ${displayPlace(article.dateline.place)}${article.dateline.date ? `, ${formatDatelineDate(article.dateline.date, article.date.slice(0, 4))}` : ''}`}
      </span>,
    );
  // One text node each: "{n} min read" would render as two, with a <!-- --> between them in the HTML.
  meta.push(<span>{`${article.readingMinutes} min read`}</span>);

  return (
    <div className="article-layout">
      <div className="article-main">
        <article className="article">
          <div className="article-header">
            <h1>{article.title}</h1>
            {article.titleDerived && (
              <p className="derived-note">
                The source has no headline; this title is taken from the story’s opening.
              </p>
            )}
            {/* The " · " between the items is drawn by the stylesheet, read as a comma by screen readers. */}
            <p className="article-meta">
              {meta.map((item, index) => (
                <Fragment key={index}>{item}</Fragment>
              ))}
            </p>
            {article.versions && <AlsoCarriedAs versions={article.versions} />}
            {/* On a phone the sidebar (who took part, in what role) comes after the whole text: this link leads there
                (on a wide screen, where it is beside the text, it shows only with the focus, past the text's links). */}
            <p className="facets-jump">
              <a href="#people">
                People in this article<span aria-hidden="true"> ↓</span>
              </a>
            </p>
          </div>
          <div className="article-body">
            {paragraphs.map((pieces, index) => (
              <p key={index}>
                <LinkedText pieces={pieces} highlight={highlight} />
              </p>
            ))}
          </div>
          {article.captions.length > 0 && (
            <section className="captions" aria-label="Photo captions">
              {article.captions.map((caption, index) => (
                <figure key={index} className="caption">
                  <figcaption>
                    <span className="caption-label">Photo: </span>
                    {caption}
                  </figcaption>
                </figure>
              ))}
            </section>
          )}
        </article>
        {(article.prev || article.next) && (
          // Named by time, not by list order: "Previous" was the newer one (the list is newest first), which a
          // reader going through events in order took for the earlier one.
          <nav className="article-nav" aria-label="Newer and older articles">
            {article.prev && (
              <Link rel="prev" to={routePaths.article(article.prev.slug)}>
                <small>Newer article</small>
                <span>{article.prev.title}</span>
              </Link>
            )}
            {article.next && (
              <Link rel="next" to={routePaths.article(article.next.slug)}>
                <small>Older article</small>
                <span>{article.next.title}</span>
              </Link>
            )}
          </nav>
        )}
      </div>
      <ArticleSidebar article={article} />
    </div>
  );
}
