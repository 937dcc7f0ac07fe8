/**
 * The " · " between facts on a line ("China · 83 articles"). A screen reader hears a comma instead ("China, 83
 * articles"): it would read the dot aloud ("middle dot"), and without it run the facts together ("China83").
 */
export function FactSeparator() {
  return (
    <>
      <span className="visually-hidden">,</span> <span aria-hidden="true">·</span>{' '}
    </>
  );
}
