import {
  ApiProblem,
  WidgetApi,
  newIdempotencyKey,
  type GuestDetails,
  type ManagedBooking,
  type PlacedHold,
  type RestaurantContext,
  type Slot,
} from './api';
import { adoptStyles, h, uid } from './dom';
import { messages, pickLocale, type Locale, type Messages } from './i18n';
import { WIDGET_CSS, brandVariables } from './styles';
import { clock, formatDay, localDate } from './time';
import { problemMessage } from './problems';

/** How a hold is named until the guest gives their details (staff may see it meanwhile). */
const PENDING_GUEST_NAME = 'Online guest (details pending)';
// The API's own rules (GuestInput), checked here first so the guest hears them at once.
const PHONE = /^\+?[0-9][0-9 ()-]{5,24}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Step =
  | { kind: 'loading' }
  | { kind: 'unavailable'; problem: ApiProblem }
  | { kind: 'search' }
  | { kind: 'larger-party' }
  | { kind: 'times'; slots: readonly Slot[] }
  | { kind: 'alternatives'; wanted: string; alternatives: readonly Slot[] }
  | { kind: 'held'; hold: PlacedHold; slot: Slot; confirmKey: string }
  | { kind: 'lapsed'; slot: Slot }
  | { kind: 'done'; booking: ManagedBooking; manageUrl: string };

/** The script's own origin: where the API is unless the `api` attribute says otherwise. */
const SCRIPT_ORIGIN = (() => {
  const script = document.currentScript;
  if (script instanceof HTMLScriptElement && script.src) return new URL(script.src).origin;
  return window.location.origin;
})();

export function apiOrigin(attribute: string | null): string {
  return (attribute ? new URL(attribute, window.location.href).origin : SCRIPT_ORIGIN).replace(/\/$/, '');
}

/**
 * `<tablekeeper-booking restaurant="demo-bistro" key="tk_pub_…">`: the guest's path from party
 * and date to a confirmed table. Party and date → the day's times (a full one answers with the
 * nearest free ones) → a hold with a countdown → the guest's details → confirmed, with the link
 * to manage the booking. Every step moves focus to its heading; status changes and errors are
 * announced through live regions.
 */
export class TablekeeperBooking extends HTMLElement {
  static readonly observedAttributes = ['restaurant', 'key', 'api', 'locale', 'brand'];

  private readonly root: ShadowRoot;
  private readonly statusRegion: HTMLElement;
  private readonly alertRegion: HTMLElement;
  private readonly body: HTMLElement;
  private locale: Locale = 'en';
  private t: Messages = messages('en');
  private api!: WidgetApi;
  private restaurant: RestaurantContext | null = null;
  private step: Step = { kind: 'loading' };
  private partySize = 2;
  private date = '';
  private countdown: number | undefined;
  private busy = false;
  private started = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root, WIDGET_CSS);
    this.statusRegion = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.alertRegion = h('div', { class: 'alert', role: 'alert' });
    this.body = h('div');
  }

  connectedCallback(): void {
    if (this.started) return;
    this.started = true;
    this.locale = pickLocale(this.getAttribute('locale'), this);
    this.t = messages(this.locale);
    const brand = brandVariables(this.getAttribute('brand') ?? '');
    for (const [name, value] of Object.entries(brand ?? {})) this.style.setProperty(name, value);
    this.api = new WidgetApi(apiOrigin(this.getAttribute('api')), this.getAttribute('key'));
    const heading = h('h2', {}, this.t.heading);
    // aria-labelledby cannot reach into the shadow root from the host: the region is named directly.
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', this.t.heading);
    this.root.append(heading, this.alertRegion, this.body, this.statusRegion);
    void this.load();
  }

  disconnectedCallback(): void {
    this.stopCountdown();
  }

  attributeChangedCallback(): void {
    // Configuration is read once, when the element is connected.
  }

  private async load(): Promise<void> {
    this.render();
    try {
      const wanted = this.getAttribute('restaurant') ?? '';
      const { data } = await this.api.restaurants();
      const found = data.find((r) => r.slug === wanted || r.id === wanted) ?? (wanted ? undefined : data[0]);
      if (!found) throw new ApiProblem('restaurant_not_found', 404, wanted);
      this.restaurant = found;
      this.partySize = Math.min(Math.max(2, found.partySize.min), found.partySize.max);
      this.date = found.calendar.find((day) => !day.closed)?.date ?? localDate(new Date(), found.timezone);
      this.root.querySelector('h2')!.textContent = `${this.t.heading} · ${found.name}`;
      this.go({ kind: 'search' }, false);
    } catch (error) {
      this.go({ kind: 'unavailable', problem: asProblem(error) }, false);
      this.alert(error);
    }
  }

  /** Moves to a step: renders it, then gives its heading the focus (unless it is the first). */
  private go(step: Step, focus = true): void {
    if (this.step.kind === 'held' && step.kind !== 'held') this.stopCountdown();
    this.step = step;
    this.render();
    if (focus) this.body.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  private render(): void {
    const step = this.step;
    this.body.replaceChildren();
    switch (step.kind) {
      case 'loading':
        this.body.append(h('p', { class: 'muted' }, this.t.loading));
        return;
      case 'unavailable':
        this.body.append(h('p', {}, problemMessage(this.t, step.problem)));
        return;
      case 'search':
        this.body.append(this.searchForm());
        return;
      case 'larger-party':
        this.body.append(this.searchForm(), this.largerParty());
        return;
      case 'times':
        this.body.append(this.times(step.slots));
        return;
      case 'alternatives':
        this.body.append(this.alternatives(step.wanted, step.alternatives));
        return;
      case 'held':
        this.body.append(this.held(step));
        this.startCountdown(step);
        return;
      case 'lapsed':
        this.body.append(this.lapsed(step.slot));
        return;
      case 'done':
        this.body.append(this.done(step.booking, step.manageUrl));
        return;
    }
  }

  private searchForm(): HTMLElement {
    const r = this.restaurant!;
    const partyId = uid('party');
    const dateId = uid('date');
    const party = h('select', { id: partyId, name: 'partySize' });
    for (let n = r.partySize.min; n <= r.partySize.max; n += 1) {
      party.append(h('option', { value: String(n), selected: n === this.partySize }, this.t.guests(n)));
    }
    party.append(h('option', { value: 'more' }, this.t.largerParty(r.partySize.max)));
    if (this.step.kind === 'larger-party') party.value = 'more';
    const today = r.calendar[0]?.date ?? localDate(new Date(), r.timezone);
    const date = h('input', {
      id: dateId,
      name: 'date',
      type: 'date',
      required: true,
      min: today,
      max: localDate(new Date(Date.parse(r.booking.bookableUntil) - 1), r.timezone),
      value: this.date,
    });
    const form = h(
      'form',
      {
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (party.value === 'more') return this.go({ kind: 'larger-party' });
          this.partySize = Number(party.value);
          this.date = date.value;
          void this.findTimes();
        },
      },
      h('h3', { tabindex: '-1', 'data-focus': true }, this.t.heading),
      h('label', { for: partyId }, this.t.partySize, party),
      h('label', { for: dateId }, this.t.date, date),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, this.t.findTimes)),
    );
    return form;
  }

  private largerParty(): HTMLElement {
    const phone = this.restaurant?.contact.phone ?? null;
    return h(
      'p',
      { 'data-focus': true, tabindex: '-1' },
      phone
        ? h('a', { href: `tel:${phone.replace(/[^+0-9]/g, '')}` }, this.t.callUs(phone))
        : this.t.callUs(null),
    );
  }

  private async findTimes(): Promise<void> {
    const r = this.restaurant!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(this.date)) {
      this.alertText(this.t.problems.validation_failed);
      return;
    }
    await this.withBusy(async () => {
      const availability = await this.api.availability(r.id, this.date, this.partySize);
      this.go({ kind: 'times', slots: availability.slots });
    });
  }

  private times(slots: readonly Slot[]): HTMLElement {
    const r = this.restaurant!;
    const closed = r.calendar.find((day) => day.date === this.date)?.closed ?? false;
    const section = h(
      'section',
      {},
      h(
        'h3',
        { tabindex: '-1', 'data-focus': true },
        this.t.timesHeading(formatDay(this.date, this.locale), this.t.guests(this.partySize)),
      ),
    );
    if (slots.length === 0) {
      section.append(h('p', {}, closed ? this.t.closedDay : this.t.noTimes));
    } else {
      section.append(h('p', { class: 'muted' }, this.t.timesHint), this.slotList(slots));
    }
    section.append(
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => this.go({ kind: 'search' }) },
          this.t.changeSearch,
        ),
      ),
    );
    return section;
  }

  private slotList(slots: readonly Slot[]): HTMLElement {
    const list = h('ul', { class: 'times', role: 'list' });
    for (const slot of slots) {
      const label = slot.available ? slot.time : `${slot.time} (${this.t.full})`;
      list.append(
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: slot.available ? null : 'full',
              'data-time': slot.time,
              onclick: () => void (slot.available ? this.hold(slot) : this.showAlternatives(slot.time)),
            },
            label,
          ),
        ),
      );
    }
    return list;
  }

  private async showAlternatives(time: string): Promise<void> {
    const r = this.restaurant!;
    await this.withBusy(async () => {
      const answer = await this.api.availability(r.id, this.date, this.partySize, time);
      this.go({ kind: 'alternatives', wanted: time, alternatives: answer.alternatives ?? [] });
    });
  }

  private alternatives(wanted: string, alternatives: readonly Slot[]): HTMLElement {
    const free = alternatives.filter((slot) => slot.available);
    return h(
      'section',
      {},
      h('h3', { tabindex: '-1', 'data-focus': true }, this.t.fullHeading(wanted)),
      free.length ? h('p', {}, this.t.alternativesHint) : h('p', {}, this.t.noAlternatives),
      free.length ? this.slotList(free) : null,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => void this.findTimes() },
          this.t.changeSearch,
        ),
      ),
    );
  }

  private async hold(slot: Slot): Promise<void> {
    const r = this.restaurant!;
    const key = newIdempotencyKey();
    await this.withBusy(async () => {
      try {
        const hold = await this.api.hold(
          {
            restaurantId: r.id,
            partySize: this.partySize,
            startsAt: slot.startsAt,
            guest: { name: PENDING_GUEST_NAME },
          },
          key,
        );
        if (!hold.manage || !hold.holdExpiresAt)
          throw new ApiProblem('publishable_key_not_allowed', 403, 'no manage link');
        this.go({ kind: 'held', hold, slot, confirmKey: newIdempotencyKey() });
      } catch (error) {
        if (
          error instanceof ApiProblem &&
          (error.code === 'no_capacity' || error.code === 'restaurant_closed')
        ) {
          this.go({ kind: 'alternatives', wanted: slot.time, alternatives: error.alternatives });
          return;
        }
        throw error;
      }
    });
  }

  private held(step: Extract<Step, { kind: 'held' }>): HTMLElement {
    const fields = {
      name: this.field('name', this.t.name, {
        type: 'text',
        autocomplete: 'name',
        required: true,
        maxlength: '200',
      }),
      phone: this.field('phone', this.t.phone, { type: 'tel', autocomplete: 'tel', maxlength: '25' }),
      email: this.field('email', this.t.email, { type: 'email', autocomplete: 'email', maxlength: '254' }),
    };
    const notesId = uid('notes');
    const notes = h('textarea', { id: notesId, name: 'notes', maxlength: '1000' });
    const contactHintId = uid('contact-hint');
    fields.phone.input.setAttribute('aria-describedby', `${contactHintId} ${fields.phone.error.id}`);
    fields.email.input.setAttribute('aria-describedby', `${contactHintId} ${fields.email.error.id}`);
    const submit = h('button', { type: 'submit' }, this.t.confirm);
    const form = h(
      'form',
      {
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          void this.confirm(step, fields, notes.value.trim(), submit);
        },
      },
      h(
        'fieldset',
        {},
        h('legend', {}, this.t.detailsLegend),
        fields.name.label,
        h('p', { id: contactHintId, class: 'hint' }, this.t.contactHint),
        fields.phone.label,
        fields.email.label,
        h('label', { for: notesId }, this.t.notes, notes),
      ),
      h(
        'div',
        { class: 'actions' },
        submit,
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => void this.release(step) },
          this.t.releaseHold,
        ),
      ),
    );
    return h(
      'section',
      {},
      h('h3', { tabindex: '-1', 'data-focus': true }, this.t.holding),
      h(
        'p',
        {},
        this.t.holdSummary(step.slot.time, formatDay(this.date, this.locale), this.t.guests(this.partySize)),
      ),
      h(
        'p',
        {},
        `${this.t.heldFor} `,
        h(
          'span',
          { class: 'timer', role: 'timer', 'aria-atomic': 'true', 'data-timer': true },
          clock(remaining(step.hold)),
        ),
      ),
      form,
    );
  }

  private field(
    name: keyof GuestDetails,
    text: string,
    attributes: Record<string, string | boolean>,
  ): { label: HTMLLabelElement; input: HTMLInputElement; error: HTMLElement } {
    const id = uid(name);
    const error = h('span', { id: `${id}-error`, class: 'field-error' });
    const input = h('input', { id, name, 'aria-describedby': error.id, ...attributes });
    const label = h('label', { for: id }, text, input, error);
    return { label, input, error };
  }

  private startCountdown(step: Extract<Step, { kind: 'held' }>): void {
    this.stopCountdown();
    let lastAnnounced = Math.ceil(remaining(step.hold) / 60_000);
    this.announce(this.t.holdAnnounce(this.t.minutes(lastAnnounced)));
    const tick = () => {
      const left = remaining(step.hold);
      const timer = this.body.querySelector('[data-timer]');
      if (timer) timer.textContent = clock(left);
      if (left <= 0) {
        this.go({ kind: 'lapsed', slot: step.slot });
        return;
      }
      // Announced once a minute and at 30 s, not every second: a ticking live region drowns speech.
      const minutes = Math.ceil(left / 60_000);
      const seconds = Math.ceil(left / 1000);
      if (minutes < lastAnnounced) {
        lastAnnounced = minutes;
        this.announce(this.t.holdAnnounce(this.t.minutes(minutes)));
      } else if (seconds === 30) {
        this.announce(this.t.holdAnnounce(this.t.seconds(30)));
      }
    };
    this.countdown = window.setInterval(tick, 1000);
  }

  private stopCountdown(): void {
    if (this.countdown !== undefined) window.clearInterval(this.countdown);
    this.countdown = undefined;
  }

  private async confirm(
    step: Extract<Step, { kind: 'held' }>,
    fields: Record<'name' | 'phone' | 'email', { input: HTMLInputElement; error: HTMLElement }>,
    notes: string,
    submit: HTMLButtonElement,
  ): Promise<void> {
    const guest = {
      name: fields.name.input.value.trim(),
      phone: fields.phone.input.value.trim(),
      email: fields.email.input.value.trim(),
    };
    const errors: Partial<Record<'name' | 'phone' | 'email', string>> = {};
    if (!guest.name) errors.name = this.t.nameRequired;
    if (guest.phone && !PHONE.test(guest.phone)) errors.phone = this.t.phoneInvalid;
    if (guest.email && !EMAIL.test(guest.email)) errors.email = this.t.emailInvalid;
    if (!guest.phone && !guest.email) errors.phone = this.t.contactRequired;
    if (this.showFieldErrors(fields, errors)) return;
    submit.textContent = this.t.confirming;
    try {
      await this.withBusy(async () => {
        try {
          const booking = await this.api.confirm(
            step.hold.manage!.token,
            {
              guest: {
                name: guest.name,
                ...(guest.phone ? { phone: guest.phone } : {}),
                ...(guest.email ? { email: guest.email } : {}),
              },
              ...(notes ? { notes } : {}),
            },
            step.confirmKey,
          );
          this.go({ kind: 'done', booking, manageUrl: step.hold.manage!.url });
        } catch (error) {
          if (error instanceof ApiProblem && error.code === 'invalid_transition') {
            this.go({ kind: 'lapsed', slot: step.slot });
            return;
          }
          if (error instanceof ApiProblem && error.code === 'validation_failed') {
            const byField: Partial<Record<'name' | 'phone' | 'email', string>> = {};
            for (const e of error.fieldErrors) {
              const name = e.field.replace(/^guest\./, '');
              if (name === 'name' || name === 'phone' || name === 'email') byField[name] = e.message;
            }
            if (this.showFieldErrors(fields, byField)) return;
          }
          throw error;
        }
      });
    } finally {
      if (submit.isConnected) submit.textContent = this.t.confirm;
    }
  }

  /** Marks the invalid fields, says how many, and focuses the first; false when all are valid. */
  private showFieldErrors(
    fields: Record<'name' | 'phone' | 'email', { input: HTMLInputElement; error: HTMLElement }>,
    errors: Partial<Record<'name' | 'phone' | 'email', string>>,
  ): boolean {
    let first: HTMLInputElement | undefined;
    for (const [name, field] of Object.entries(fields) as [keyof typeof fields, (typeof fields)['name']][]) {
      const message = errors[name];
      field.error.textContent = message ?? '';
      if (message) {
        field.input.setAttribute('aria-invalid', 'true');
        first ??= field.input;
      } else {
        field.input.removeAttribute('aria-invalid');
      }
    }
    const count = Object.keys(errors).length;
    if (count === 0) {
      this.alertText('');
      return false;
    }
    this.alertText(this.t.fixErrors(count));
    first?.focus();
    return true;
  }

  /** The guest wants another time: the hold is cancelled so the table goes back at once. */
  private async release(step: Extract<Step, { kind: 'held' }>): Promise<void> {
    this.stopCountdown();
    await this.api.cancel(step.hold.manage!.token, newIdempotencyKey()).catch(() => undefined);
    await this.findTimes();
  }

  private lapsed(slot: Slot): HTMLElement {
    return h(
      'section',
      {},
      h('h3', { tabindex: '-1', 'data-focus': true }, this.t.lapsedHeading),
      h('p', {}, this.t.lapsedText(slot.time)),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => void this.findTimes() }, this.t.startAgain),
      ),
    );
  }

  private done(booking: ManagedBooking, manageUrl: string): HTMLElement {
    const review = booking.status === 'manual_review';
    this.announce('');
    return h(
      'section',
      { class: 'success' },
      h(
        'h3',
        { tabindex: '-1', 'data-focus': true },
        review ? this.t.reviewHeading : this.t.confirmedHeading,
      ),
      h('p', {}, review ? this.t.reviewText : this.t.confirmedText(booking.guest.name)),
      h(
        'p',
        {},
        this.t.holdSummary(
          timeOf(booking, this.restaurant!),
          formatDay(this.date, this.locale),
          this.t.guests(booking.partySize),
        ),
      ),
      h('p', {}, h('a', { href: manageUrl, target: '_blank', rel: 'noopener' }, this.t.manageLink)),
      h('p', { class: 'hint' }, this.t.manageHint),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'secondary', onclick: () => this.go({ kind: 'search' }) },
          this.t.bookAnother,
        ),
      ),
    );
  }

  /** Runs one request at a time, with the controls marked busy and its refusal shown readably. */
  private async withBusy(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.alertText('');
    this.announce(this.t.loading);
    this.body.setAttribute('aria-busy', 'true');
    for (const button of this.body.querySelectorAll('button')) button.setAttribute('aria-disabled', 'true');
    try {
      await work();
      if (this.statusRegion.textContent === this.t.loading) this.announce('');
    } catch (error) {
      this.announce('');
      this.alert(error);
    } finally {
      this.busy = false;
      this.body.removeAttribute('aria-busy');
      for (const button of this.body.querySelectorAll('button')) button.removeAttribute('aria-disabled');
    }
  }

  private alert(error: unknown): void {
    this.alertText(problemMessage(this.t, asProblem(error)));
  }

  private alertText(text: string): void {
    this.alertRegion.textContent = text;
  }

  private announce(text: string): void {
    this.statusRegion.textContent = text;
  }
}

function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem('internal_error', 0, String(error));
}

function remaining(hold: PlacedHold): number {
  return Date.parse(hold.holdExpiresAt ?? '') - Date.now();
}

function timeOf(booking: ManagedBooking, restaurant: RestaurantContext): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: restaurant.timezone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(booking.startsAt));
}
