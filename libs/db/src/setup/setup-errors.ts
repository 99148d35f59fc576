/**
 * Why a setup change was refused, in words the API turns into problem+json. Thrown by the setup
 * repository inside the change's transaction, so a refused change writes nothing.
 */
export type SetupRefusalCode =
  | 'zone_not_found'
  | 'table_not_found'
  | 'exception_not_found'
  | 'block_not_found'
  | 'duplicate_zone_name'
  | 'duplicate_table_label'
  | 'zone_has_tables'
  | 'table_has_future_bookings'
  | 'table_has_history'
  | 'overlapping_exception'
  | 'invalid_setup'
  | 'staff_not_found'
  | 'duplicate_staff_email'
  | 'last_active_manager';

export interface SetupFieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export class SetupRefusal extends Error {
  constructor(
    readonly code: SetupRefusalCode,
    message: string,
    readonly field?: string,
    readonly extensions: Record<string, unknown> = {},
    readonly errors: readonly SetupFieldError[] = [],
  ) {
    super(message);
  }
}
