import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import type { Customer, Id } from '../../domain/model';
import { BlockedBadge } from '../customers/BlockedBadge';

/** The customer's name, a link to their page, after the red flag when blocked (as in the book and the documents). */
export function CustomerLink({ customerId, customer }: { customerId: Id; customer: Customer | undefined }) {
  return (
    <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }} data-testid="customer-link">
      <BlockedBadge blocked={customer?.blocked} />
      <Anchor component={Link} to={`/clients/${customerId}`} size="sm" fw={600} truncate>
        {customer?.name ?? '…'}
      </Anchor>
    </Group>
  );
}
