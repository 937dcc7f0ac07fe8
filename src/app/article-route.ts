// The article page's code and the part of its loader that can wait for it (the page's meta): a chunk of its own, so the home page's
// bundle (at its budget) carries only the loader's first step (routes.tsx).
import type { ArticleDetail } from '../common/site-data.ts';
import { pageTitle, type MetaData } from './route-meta.ts';
import { summarize } from './summarize.ts';

export { ArticlePage } from '../features/articles/article-page.tsx';

/** Names the page after its article. */
export function articleMeta(article: ArticleDetail): MetaData {
  return {
    meta: {
      title: pageTitle(article.title),
      description: summarize(article.paragraphs[0] ?? article.title),
    },
  };
}
