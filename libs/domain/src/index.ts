export * from './booking-status';
export * from './service-hours';
export * from './pacing';
export * from './table-assignment';
export * from './booking.types';
export * from './availability';
export * from './placement';
export * from './party-size';
