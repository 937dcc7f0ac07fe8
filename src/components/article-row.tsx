import type { ReactNode } from 'react';
import type { ArticleSummary } from '../common/site-data.ts';
import { routePaths } from '../common/paths.ts';
import { formatDate } from './ui/format-date.ts';
import { Link } from './ui/link.tsx';

/** What a row needs: a list summary, or a person's article row (whose other people stand in as participants). */
export type ArticleRowData = Pick<ArticleSummary, 'slug' | 'title' | 'date' | 'place'> & {
  participants: Pick<ArticleSummary['participants'][number], 'slug' | 'name'>[];
  excerpt?: string;
};

export interface ArticleRowProps {
  article: ArticleRowData;
  /** Replaces the excerpt, e.g. a search snippet with the matching words highlighted. */
  snippet?: ReactNode;
  /** Marks the title and excerpt texts (never the link), e.g. the search words highlighted. */
  highlight?: (text: string) => ReactNode;
  headingLevel?: 2 | 3;
  /** Query string for the article link, e.g. `?hl=summit` so the article highlights the search words. */
  linkSearch?: string;
  /** Said after the participants, e.g. which of the people searched for are only mentioned. */
  peopleNote?: ReactNode;
}

// Long participant lists (summits) would swamp a row; the article page lists everyone.
const maxParticipants = 6;

/**
 * The excerpt a row shows. A title the source did not have is the story's opening cut with "…", which the excerpt
 * also starts with: the row goes on from where the title stops rather than say the same words twice.
 */
function rowExcerpt(title: string, excerpt = ''): string {
  const lede = title.slice(0, -1);
  return title.endsWith('…') && excerpt.startsWith(lede)
    ? `…${excerpt.slice(lede.length).trimStart()}`
    : excerpt;
}

/**
 * One article in a list: title link, date, dateline place, participants and excerpt (when there is one).
 */
export function ArticleRow({
  article,
  snippet,
  highlight = (text) => text,
  headingLevel = 2,
  linkSearch,
  peopleNote,
}: ArticleRowProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const search = linkSearch ? (linkSearch.startsWith('?') ? linkSearch : `?${linkSearch}`) : '';
  const shown = article.participants.slice(0, maxParticipants);
  const hidden = article.participants.length - shown.length;
  const excerpt = rowExcerpt(article.title, article.excerpt);
  return (
    <article className="article-row">
      <Heading className="article-row-title">
        <Link to={{ pathname: routePaths.article(article.slug), search }}>{highlight(article.title)}</Link>
      </Heading>
      {(article.date || article.place) && (
        <p className="article-row-meta">
          {/* The stylesheet draws the " · " between date and place. */}
          {article.date && <time dateTime={article.date}>{formatDate(article.date)}</time>}
          {article.place && <span>{article.place}</span>}
        </p>
      )}
      {(shown.length > 0 || peopleNote) && (
        <p className="article-row-people">
          {shown.length > 0 && <span className="muted">With </span>}
          {shown.map((person, index) => (
            <span key={person.slug}>
              {index > 0 && ', '}
              <Link to={routePaths.person(person.slug)}>{person.name}</Link>
            </span>
          ))}
          {/* The rest are in the article's sidebar: the link leads there. */}
          {hidden > 0 && (
            <>
              {' and '}
              <Link to={{ pathname: routePaths.article(article.slug), hash: 'people' }}>
                {hidden} more <span className="visually-hidden">participants in “{article.title}”</span>
              </Link>
            </>
          )}
          {peopleNote}
        </p>
      )}
      {(snippet ?? excerpt) && <p className="article-row-excerpt">{snippet ?? highlight(excerpt)}</p>}
    </article>
  );
}
