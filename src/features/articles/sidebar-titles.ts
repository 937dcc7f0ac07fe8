// The sidebar's section headings: rendered by article-sidebar.tsx and looked for by article-queries.ts, which
// reads a prerendered page's organizations and places back from under them.
export const sidebarTitles = {
  participants: 'Participants',
  mentioned: 'Also mentioned',
  organizations: 'Organizations',
  places: 'Places',
} as const;
