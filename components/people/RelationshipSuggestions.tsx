import { RELATIONSHIP_SUGGESTIONS } from '@/lib/amends';

/** The <datalist> behind every relationship field: suggestions, never a fixed choice. */
export function RelationshipSuggestions({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {RELATIONSHIP_SUGGESTIONS.map((r) => (
        <option key={r} value={r} />
      ))}
    </datalist>
  );
}
