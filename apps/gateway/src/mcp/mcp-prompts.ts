import type { GetPromptResult, Prompt } from '@modelcontextprotocol/sdk/types.js';
import type { RestaurantContextOutput } from '../restaurants/restaurant-context.outputs';
import { describeRestaurant } from './tools/get-restaurant.tool';

export const TAKE_BOOKING_BY_PHONE: Prompt = {
  name: 'take_booking_by_phone',
  title: 'Take a booking by phone',
  description:
    'Instructions for answering a guest on the phone who wants a table: what to ask, which tools to call in ' +
    'which order, how to offer other times and how to read the booking back.',
  arguments: [
    {
      name: 'restaurant_id',
      description: 'The restaurant taking the call; optional when the API key acts for one restaurant.',
      required: false,
    },
    {
      name: 'caller_phone',
      description: "The caller's number as the phone system shows it (E.164), if known.",
      required: false,
    },
  ],
};

/** The prompt's text, with the restaurant's own hours and policies in it. */
export function takeBookingByPhone(
  restaurant: RestaurantContextOutput,
  callerPhone?: string,
): GetPromptResult {
  const steps = [
    `You are answering the phone for ${restaurant.name}. Be brief and warm; the guest cannot see anything, so say times the way people say them.`,
    `What you know about the restaurant: ${describeRestaurant(restaurant)}`,
    '1. Ask for the day, the time and how many people. Convert the day to a date (YYYY-MM-DD) in the restaurant timezone.',
    `2. Call check_availability with restaurant_id ${restaurant.id}, the date, party_size and the time asked for.`,
    '3. If the time is not free, offer the nearest free times it lists (at most three, nearest first) and let the guest choose. Never promise a time the tool did not return as free.',
    "4. Ask for the guest's name" +
      (callerPhone
        ? ` and confirm the number they are calling from (${callerPhone}) is the best one to reach them`
        : ' and a phone number') +
      '; ask about allergies or occasions and put them in notes.',
    '5. Call hold_table with the chosen starts_at (ISO 8601 with the restaurant offset) while you read the details back to the guest: day, time, party size, name.',
    '6. When the guest agrees, call confirm_hold with the booking id. If they change their mind, call cancel_booking with the reason.',
    '7. Tell the guest the outcome in words: confirmed (and the table if they ask), or "the restaurant will confirm" when it is waiting for staff approval. Give them the booking reference (the first 8 characters of the booking id).',
    'If a tool refuses, read its message: it says what to tell the guest or what to do next. Repeating a call with the same arguments is safe; it never books twice.',
  ];
  return {
    description: `Take a booking by phone for ${restaurant.name}`,
    messages: [{ role: 'user', content: { type: 'text', text: steps.join('\n') } }],
  };
}
