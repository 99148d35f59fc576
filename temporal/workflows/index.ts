// Entry point of the workflow bundle: every workflow type the worker serves.
export { bookingWorkflow } from './booking.workflow';
export { waitlistEntryWorkflow, waitlistMatcherWorkflow } from './waitlist.workflow';
