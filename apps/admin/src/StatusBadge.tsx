import { Badge } from '@mantine/core';
import type { BookingStatus } from './api';
import { STATUS_LABEL } from './format';

export function StatusBadge({ status }: { status: BookingStatus }) {
  const s = STATUS_LABEL[status];
  return (
    <Badge
      color={s.color}
      variant="filled"
      radius="sm"
      leftSection={<span aria-hidden="true">{s.symbol}</span>}
    >
      {s.label}
    </Badge>
  );
}
