import { Badge, Group } from '@mantine/core';

/** The 14 EU allergens as staff read them (codes as the API sends them). */
export const ALLERGEN_LABEL: Record<string, string> = {
  celery: 'Celery',
  cereals_containing_gluten: 'Gluten',
  crustaceans: 'Crustaceans',
  eggs: 'Eggs',
  fish: 'Fish',
  lupin: 'Lupin',
  milk: 'Milk',
  molluscs: 'Molluscs',
  mustard: 'Mustard',
  tree_nuts: 'Tree nuts',
  peanuts: 'Peanuts',
  sesame: 'Sesame',
  soybeans: 'Soy',
  sulphites: 'Sulphites',
};

export const allergenText = (codes: readonly string[]) => codes.map((c) => ALLERGEN_LABEL[c] ?? c).join(', ');

/** The same marks as words, for a label or tooltip: ", VIP, allergy: Peanuts". */
export function guestMarks(tags: readonly string[], allergens: readonly string[]): string {
  return `${tags.includes('vip') ? ', VIP' : ''}${allergens.length ? `, allergy: ${allergenText(allergens)}` : ''}`;
}

/**
 * A guest's VIP mark, other tags and an allergy badge, wherever a booking is shown, so staff see a
 * VIP or an allergy before the party sits down. Text, not colour alone, carries the meaning.
 */
export function GuestBadges({
  tags,
  allergens,
}: {
  readonly tags: readonly string[];
  readonly allergens: readonly string[];
}) {
  if (tags.length === 0 && allergens.length === 0) return null;
  return (
    <Group gap={4} mt={2} wrap="wrap" data-guest-badges="">
      {tags.includes('vip') && (
        <Badge color="grape.9" size="sm" variant="filled">
          VIP
        </Badge>
      )}
      {tags
        .filter((t) => t !== 'vip')
        .map((t) => (
          <Badge key={t} color="gray.8" size="sm" variant="outline">
            {t}
          </Badge>
        ))}
      {allergens.length > 0 && (
        <Badge color="red.9" size="sm" variant="filled" title={`Allergies: ${allergenText(allergens)}`}>
          <span aria-hidden="true">⚠ </span>Allergy: {allergenText(allergens)}
        </Badge>
      )}
    </Group>
  );
}
