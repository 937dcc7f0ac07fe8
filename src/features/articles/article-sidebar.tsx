import { routePaths } from '../../common/paths.ts';
import type { ArticleDetail, ArticleDetailPerson } from '../../common/site-data.ts';
import { sidebarTitles } from './sidebar-titles.ts';
import { Link } from '../../components/ui/link.tsx';

// Plain elements styled by their place in `.sidebar` (no class per item): every article page repeats them. The
// roles are a <span>, the country a <small>, so a page can be read back (article-queries.ts).
function PersonItem({ person }: { person: ArticleDetailPerson }) {
  return (
    <li>
      <Link to={routePaths.person(person.slug)}>{person.name}</Link>
      {person.roles.length > 0 && <span>{person.roles.join('; ')}</span>}
      {person.country && <small>{person.country}</small>}
    </li>
  );
}

function PeopleSection({ title, people }: { title: string; people: ArticleDetailPerson[] }) {
  if (people.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul>
        {people.map((person) => (
          <PersonItem key={person.slug} person={person} />
        ))}
      </ul>
    </section>
  );
}

function NameSection({ title, names }: { title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul className="sidebar-names">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  );
}

/** Who took part, who was only mentioned (each with roles as this article states them), then organizations and places. */
export function ArticleSidebar({ article }: { article: ArticleDetail }) {
  const participants = article.people.filter((person) => person.participant);
  const mentioned = article.people.filter((person) => !person.participant);
  const empty = article.people.length + article.organizations.length + article.places.length === 0;
  return (
    // tabIndex: a link to #people (a list row's "and 4 more") moves the focus here (root-layout.tsx).
    <aside className="sidebar" id="people" aria-label="People in this article" tabIndex={-1}>
      <PeopleSection title={sidebarTitles.participants} people={participants} />
      <PeopleSection title={sidebarTitles.mentioned} people={mentioned} />
      <NameSection title={sidebarTitles.organizations} names={article.organizations} />
      <NameSection title={sidebarTitles.places} names={article.places} />
      {empty && <p className="muted">No people, organizations or places were identified in this article.</p>}
    </aside>
  );
}
