import { useSearchParams } from 'react-router-dom';
import { ArticleRow } from '../../components/article-row.tsx';
import { PageJump } from '../../components/ui/page-jump.tsx';
import { PageNote, Pagination } from '../../components/ui/pagination.tsx';
import { useListPage } from './article-queries.ts';

/** The archive newest first, one list page at a time. */
export function LatestArticles({ page }: { page: number }) {
  const [params] = useSearchParams();
  const list = useListPage(page);
  return (
    <section className="latest" aria-labelledby="latest-heading">
      <h2 id="latest-heading">
        Newest articles
        <PageNote page={list.page} pageCount={list.pageCount} />
      </h2>
      {list.articles.length === 0 ? (
        <p>The archive is empty: add plain-text articles to the seeds folder and rebuild.</p>
      ) : (
        // A list, as search results are: a screen reader says how many rows there are and moves between them.
        <ol className="article-list">
          {list.articles.map((article) => (
            <li key={article.slug}>
              <ArticleRow article={article} headingLevel={3} />
            </li>
          ))}
        </ol>
      )}
      {/* 5,000 pages at 100,000 articles: "Go to page" beside Previous / Next. */}
      <Pagination page={list.page} pageCount={list.pageCount} params={params} label="Article pages">
        <PageJump page={list.page} pageCount={list.pageCount} params={params} />
      </Pagination>
    </section>
  );
}
