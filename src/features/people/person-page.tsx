import { Link, useParams, useSearchParams } from 'react-router-dom';
import { routePaths } from '../../common/paths';
import { formatDate } from '../../components/ui/format-date';
import { Pagination, readPage } from '../../components/ui/pagination';
import type { PersonArticleRow } from '../../common/site-data';
import { usePerson, usePersonArticles } from './people-queries';

// Long participant lists (summits) would swamp a row; the article page lists everyone.
const maxOthers = 6;

/** One of the person's articles: title link, date, dateline place and who else took part. */
function PersonArticle({ article }: { article: PersonArticleRow }) {
  const shown = article.others.slice(0, maxOthers);
  const hidden = article.others.length - shown.length;
  return (
    <article className="article-row">
      <h3 className="article-row-title">
        <Link to={routePaths.article(article.slug)}>{article.title}</Link>
      </h3>
      {(article.date || article.place) && (
        <p className="article-row-meta">
          {article.date && <time dateTime={article.date}>{formatDate(article.date)}</time>}
          {article.date && article.place && <span aria-hidden="true"> · </span>}
          {article.place && <span className="article-row-place">{article.place}</span>}
        </p>
      )}
      {shown.length > 0 && (
        <p className="article-row-people">
          <span className="muted">With </span>
          {shown.map((other, index) => (
            <span key={other.slug}>
              {index > 0 && ', '}
              <Link to={routePaths.person(other.slug)}>{other.name}</Link>
            </span>
          ))}
          {hidden > 0 && <span className="muted"> and {hidden} more</span>}
        </p>
      )}
    </article>
  );
}

export function PersonPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const page = readPage(params);
  const person = usePerson(slug);
  const articles = usePersonArticles(slug, page);

  return (
    <div className="person-page">
      <div className="page-header">
        <h1>{person.name}</h1>
        <p className="person-summary">
          {person.countries.length > 0 && <span>{person.countries.join(', ')}</span>}
          {person.countries.length > 0 && <span aria-hidden="true"> · </span>}
          <span>
            {person.articleCount} {person.articleCount === 1 ? 'article' : 'articles'}
          </span>
        </p>
        {person.aliases.length > 0 && <p className="muted">Also written as {person.aliases.join(', ')}</p>}
      </div>

      {person.roles.length > 0 && (
        <section aria-labelledby="roles-heading">
          <h2 id="roles-heading">Roles as reported</h2>
          <div className="table-scroll">
            <table className="roles-table">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Last seen</th>
                </tr>
              </thead>
              <tbody>
                {person.roles.map((span) => (
                  <tr key={span.role}>
                    <td>{span.role}</td>
                    <td>
                      <time dateTime={span.first}>{formatDate(span.first)}</time>
                    </td>
                    <td>
                      <time dateTime={span.last}>{formatDate(span.last)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="articles-heading">
        <h2 id="articles-heading">Articles</h2>
        <div className="article-list">
          {articles.articles.map((article) => (
            <PersonArticle key={article.slug} article={article} />
          ))}
        </div>
        <Pagination
          page={articles.page}
          pageCount={articles.pageCount}
          params={params}
          label={`Pages of articles with ${person.name}`}
        />
      </section>

      {person.coParticipants.length > 0 && (
        <section aria-labelledby="co-heading">
          <h2 id="co-heading">Took part in events with</h2>
          <ul className="co-participants">
            {person.coParticipants.map((other) => (
              <li key={other.slug}>
                <Link to={routePaths.person(other.slug)}>{other.name}</Link>
                {other.country && <span className="muted"> ({other.country})</span>}
                <span className="count">
                  {' '}
                  — {other.count} {other.count === 1 ? 'article' : 'articles'} together
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
