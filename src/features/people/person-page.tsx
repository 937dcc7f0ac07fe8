import { useSuspenseQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { routePaths } from '../../common/paths.ts';
import { personQuery } from '../../common/person-query.ts';
import type { PersonArticleRow, PersonArticlesPage, PersonDetail } from '../../common/site-data.ts';
import { counted } from '../../components/ui/counted.ts';
import { FactSeparator } from '../../components/ui/fact-separator.tsx';
import { formatDate } from '../../components/ui/format-date.ts';
import { OrderLinks } from '../../components/ui/order-links.tsx';
import { PageJump } from '../../components/ui/page-jump.tsx';
import { PageNote, Pagination, readPage, searchForPage } from '../../components/ui/pagination.tsx';
import { ArticleRow } from '../../components/article-row.tsx';
import { AllCoParticipants, CoParticipantItem } from './all-co-participants.tsx';
import {
  readPersonArticlesOrder,
  usePersonArticlesInOrder,
  type PersonArticlesOrder,
} from './person-articles-order.ts';
import { Link } from '../../components/ui/link.tsx';

// Long participant lists (summits) would swamp a row; the article page lists everyone. The list of links below
// repeats ArticleRow's: sharing it as a component added 47 bytes gz to the home bundle, which is at its budget.
const maxOthersShown = 6;

/**
 * How the person appears in an article: took part, or was only mentioned, and in what role. An article they are
 * only mentioned in names its participants as such, not "With" them, which would read as if they had met.
 */
function PartInArticle({ row }: { row: PersonArticleRow }) {
  const as = row.roles?.length ? ` as ${row.roles.join('; ')}` : '';
  if (!row.mentioned) return `Took part${as}`;
  const shown = row.others.slice(0, maxOthersShown);
  return (
    <>
      {`Mentioned${as}`}
      {shown.length > 0 && '; taking part: '}
      {shown.map((other, index) => (
        <Fragment key={other.slug}>
          {index > 0 && ', '}
          <Link to={routePaths.person(other.slug)}>{other.name}</Link>
        </Fragment>
      ))}
      {row.others.length > shown.length && ` and ${row.others.length - shown.length} more`}
    </>
  );
}

/**
 * A role's date, in full ("13 December 2024"); on a phone its month is shortened ("13 Dec 2024") so the date stays
 * on one line in its narrow column (styles.css shows the short form there). A screen reader hears it in full, and
 * without the stylesheet only the full date shows (`hidden`).
 */
function RoleDate({ date }: { date: string }) {
  const full = formatDate(date);
  return (
    <time dateTime={date}>
      <span className="date-full">{full}</span>
      <span className="date-short" hidden aria-hidden="true">
        {full.replace(/\b([A-Z][a-z]{2})[a-z]+/, '$1')}
      </span>
    </time>
  );
}

/**
 * A role's date as a link to the article that gives it. Its name says where it goes ("26 July 2024, first article
 * as Foreign Minister"): a screen reader's list of links would otherwise offer twenty bare dates.
 */
function RoleDateLink({
  slug,
  date,
  which,
  role,
}: {
  slug: string;
  date: string;
  which: string;
  role: string;
}) {
  return (
    <Link to={routePaths.article(slug)} aria-label={`${formatDate(date)}, ${which} article as ${role}`}>
      <RoleDate date={date} />
    </Link>
  );
}

/** One page of the person's articles with its pager. */
function ArticleList({
  person,
  articles,
  params,
}: {
  person: PersonDetail;
  articles: PersonArticlesPage;
  params: URLSearchParams;
}) {
  return (
    <>
      <ol className="article-list">
        {articles.articles.map((article) => (
          <li key={article.slug}>
            <ArticleRow
              article={{ ...article, participants: article.mentioned ? [] : article.others }}
              headingLevel={3}
              snippet={
                <span className="article-row-part">
                  <PartInArticle row={article} />
                </span>
              }
            />
          </li>
        ))}
      </ol>
      <Pagination
        page={articles.page}
        pageCount={articles.pageCount}
        params={params}
        label={`Pages of articles with ${person.name}`}
        target="articles"
      >
        <PageJump page={articles.page} pageCount={articles.pageCount} params={params} target="articles" />
      </Pagination>
    </>
  );
}

/** Which of the person's articles the URL asks for. */
interface ArticlesShown {
  person: PersonDetail;
  order: PersonArticlesOrder;
  page: number;
  params: URLSearchParams;
}

/** Page `page` of the person's articles in the URL's order: only the files that order needs are read. */
function OrderedArticleList({ person, order, page, params }: ArticlesShown) {
  return (
    <ArticleList person={person} articles={usePersonArticlesInOrder(person, order, page)} params={params} />
  );
}

/** Each role the articles give the person, with the dates (and articles) of its first and last mention. */
function RolesSection({ person }: { person: PersonDetail }) {
  if (person.roles.length === 0) return null;
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">Roles as reported</h2>
      {/* Each role has two date links: a keyboard would Tab through all of them to reach the articles. */}
      {person.roles.length > 2 && (
        <a className="skip-within" href="#articles">
          Skip the roles table, to the articles
        </a>
      )}
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
                {/* Each date opens the article that gives it, so a surprising role can be checked at once. */}
                <td>
                  <RoleDateLink slug={span.firstArticle} date={span.first} which="first" role={span.role} />
                </td>
                <td>
                  <RoleDateLink slug={span.lastArticle} date={span.last} which="last" role={span.role} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The person's articles, a page at a time in the URL's order, with a way to search or narrow them. */
function ArticlesSection({ person, order, page, params }: ArticlesShown) {
  return (
    <section aria-labelledby="articles">
      {/* Paging opens the next page here (tabIndex: the layout moves the focus to it). */}
      <h2 id="articles" tabIndex={-1}>
        Articles
        <PageNote page={page} pageCount={person.articlePageCount} />
      </h2>
      {/* The home page's search narrows any person's articles by year and country (?person=…, the URL form of
          src/features/search/search-params.ts), and searches within them. Not searchString: importing it here
          splits search-params into a chunk of its own, +0.34 KB gz on the home page, which is at its budget. The
          order chosen here goes along. */}
      <p>
        <Link
          to={`${routePaths.home()}?${new URLSearchParams({ person: person.slug, ...(order === 'oldest' ? { order } : {}) })}`}
        >
          Search these articles or narrow them by year and country
        </Link>
      </p>
      {person.articleCount > 1 && (
        // Either order opens its first page at the list, the URL's other parameters kept.
        <OrderLinks<PersonArticlesOrder>
          label="Order of the articles"
          orders={[
            ['newest', 'Newest first'],
            ['oldest', 'Oldest first'],
          ]}
          current={order}
          to={(next) => {
            const search = new URLSearchParams(params);
            if (next === 'oldest') search.set('order', 'oldest');
            else search.delete('order');
            return { search: searchForPage(search, 1), hash: '#articles' };
          }}
        />
      )}
      {/* The route loader has fetched the page in this order (src/app/person-route.ts). */}
      <OrderedArticleList person={person} order={order} page={page} params={params} />
    </section>
  );
}

export function PersonPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const page = readPage(params);
  const person = useSuspenseQuery(personQuery(slug)).data;
  const order = readPersonArticlesOrder(params);

  return (
    <div className="person-page">
      <div className="page-header">
        <h1>{person.name}</h1>
        <p className="person-summary">
          {person.countries.length > 0 && <span>{person.countries.join(', ')}</span>}
          {person.countries.length > 0 && <FactSeparator />}
          <span>{counted(person.articleCount, 'article', 'articles')}</span>
        </p>
        {person.aliases.length > 0 && <p className="muted">Also written as {person.aliases.join(', ')}</p>}
        {/* A country a few of their articles give (an ingest slip, or a second tie) is not theirs beside the main one,
            but a reader can weigh it here. */}
        {person.otherCountries && (
          <p className="muted">
            Other countries given:{' '}
            {person.otherCountries
              .map(([country, n]) => `${country} (${counted(n, 'article', 'articles')})`)
              .join(', ')}
          </p>
        )}
        {/* On a phone who they met comes after the articles: this link leads there (on a wide screen, shown on focus). */}
        {person.coParticipants.length > 0 && (
          <p className="facets-jump">
            <a href="#co-heading">
              Who they took part in events with<span aria-hidden="true"> ↓</span>
            </a>
          </p>
        )}
      </div>

      {/* On a wide screen who they met stands beside their roles and articles, from the top: beside the articles
          alone they started under the roles table, below the first screen for a person of several roles. */}
      <div className="person-columns">
        <div>
          <RolesSection person={person} />
          <ArticlesSection person={person} order={order} page={page} params={params} />
        </div>

        {person.coParticipants.length > 0 && (
          <section aria-labelledby="co-heading" className="co-section">
            <h2 id="co-heading">Took part in events with</h2>
            {/* The person file holds only the most frequent: say so, rather than let them pass for everyone; the
                rest are a click away (AllCoParticipants). */}
            {(person.coParticipantCount ?? 0) > person.coParticipants.length && (
              <p className="muted co-top">{`The ${person.coParticipants.length} most frequent of ${counted(person.coParticipantCount ?? 0, 'person', 'people')}.`}</p>
            )}
            <ul className="co-participants co-top">
              {person.coParticipants.map((other) => (
                <CoParticipantItem key={other.slug} person={person} other={other} />
              ))}
            </ul>
            {(person.coParticipantCount ?? 0) > person.coParticipants.length && (
              <AllCoParticipants person={person} count={person.coParticipantCount ?? 0} />
            )}
          </section>
        )}
      </div>
    </div>
  );
}
