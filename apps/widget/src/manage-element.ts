import { ApiProblem, WidgetApi, newIdempotencyKey, type ManagedBooking, type Slot } from './api';
import { apiOrigin } from './booking-element';
import { adoptStyles, h, uid } from './dom';
import { messages, pickLocale, type Locale, type Messages } from './i18n';
import { problemMessage } from './problems';
import { WIDGET_CSS, brandVariables } from './styles';
import { formatDay, localDate, localTime, zonedInstant } from './time';

/**
 * `<tablekeeper-manage token="…">`: the page a guest's manage link opens. It shows the booking
 * and lets the guest cancel it (after saying so twice) or change its date, time or party; a time
 * that does not fit answers with the nearest free ones. The token is the only credential; without
 * the attribute it is read from the page's own address (`/manage/{token}`).
 */
export class TablekeeperManage extends HTMLElement {
  private readonly root: ShadowRoot;
  private readonly statusRegion: HTMLElement;
  private readonly alertRegion: HTMLElement;
  private readonly body: HTMLElement;
  private locale: Locale = 'en';
  private t: Messages = messages('en');
  private api!: WidgetApi;
  private token = '';
  private booking: ManagedBooking | null = null;
  private confirmingCancel = false;
  private alternatives: readonly Slot[] = [];
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
    for (const [name, value] of Object.entries(brandVariables(this.getAttribute('brand') ?? '') ?? {})) {
      this.style.setProperty(name, value);
    }
    this.api = new WidgetApi(apiOrigin(this.getAttribute('api')), null);
    this.token =
      this.getAttribute('token') ??
      decodeURIComponent(/\/manage\/([^/?#]+)/.exec(window.location.pathname)?.[1] ?? '');
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', this.t.manageHeading);
    this.root.append(
      h('h1', { tabindex: '-1' }, this.t.manageHeading),
      this.alertRegion,
      this.body,
      this.statusRegion,
    );
    this.body.append(h('p', { class: 'muted' }, this.t.loading));
    void this.run(async () => {
      this.booking = await this.api.managed(this.token);
      this.render();
    });
  }

  private render(focus?: string): void {
    const b = this.booking;
    this.body.replaceChildren();
    if (!b) return;
    const zone = b.restaurant.timezone;
    const start = new Date(b.startsAt);
    this.body.append(
      h(
        'dl',
        {},
        h('dt', {}, this.t.restaurant),
        h('dd', {}, b.restaurant.name),
        h('dt', {}, this.t.status),
        h('dd', { 'data-status': b.status }, this.t.statuses[b.status] ?? b.status),
        h('dt', {}, this.t.when),
        h('dd', {}, `${formatDay(localDate(start, zone), this.locale)}, ${localTime(start, zone)}`),
        h('dt', {}, this.t.party),
        h('dd', {}, this.t.guests(b.partySize)),
        h('dt', {}, this.t.bookedName),
        h('dd', {}, b.guest.name),
      ),
    );
    if (b.changePending) this.body.append(h('p', {}, this.t.changePending));
    if (!b.changeable) {
      if (b.status !== 'cancelled') this.body.append(h('p', {}, this.t.notChangeable));
    } else {
      this.body.append(this.changeForm(b), this.cancelControls());
    }
    if (focus) this.body.querySelector<HTMLElement>(focus)?.focus();
  }

  private changeForm(b: ManagedBooking): HTMLElement {
    const zone = b.restaurant.timezone;
    const start = new Date(b.startsAt);
    const ids = { party: uid('party'), date: uid('date'), time: uid('time'), zone: uid('zone') };
    const party = h('input', {
      id: ids.party,
      type: 'number',
      min: '1',
      max: '100',
      inputmode: 'numeric',
      value: String(b.partySize),
    });
    const date = h('input', {
      id: ids.date,
      type: 'date',
      value: localDate(start, zone),
      min: localDate(new Date(), zone),
    });
    const time = h('input', {
      id: ids.time,
      type: 'time',
      step: '900',
      value: localTime(start, zone),
      'aria-describedby': ids.zone,
    });
    const form = h(
      'form',
      {
        novalidate: true,
        onsubmit: (event: Event) => {
          event.preventDefault();
          const partySize = Number(party.value);
          if (
            !Number.isInteger(partySize) ||
            partySize < 1 ||
            !date.value ||
            !/^\d{2}:\d{2}$/.test(time.value)
          ) {
            this.alertRegion.textContent = this.t.problems.validation_failed;
            return;
          }
          void this.change({ partySize, startsAt: zonedInstant(date.value, time.value, zone) });
        },
      },
      h(
        'fieldset',
        {},
        h('legend', {}, this.t.changeLegend),
        h('label', { for: ids.party }, this.t.partySize, party),
        h('label', { for: ids.date }, this.t.date, date),
        h('label', { for: ids.time }, this.t.time, time),
        h('p', { id: ids.zone, class: 'hint' }, this.t.timeInZone(zone)),
      ),
      h('div', { class: 'actions' }, h('button', { type: 'submit' }, this.t.saveChange)),
    );
    if (this.alternatives.length) {
      const list = h('ul', { class: 'times', role: 'list' });
      for (const slot of this.alternatives.filter((s) => s.available)) {
        list.append(
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                onclick: () => void this.change({ partySize: Number(party.value), startsAt: slot.startsAt }),
              },
              slot.time,
            ),
          ),
        );
      }
      form.append(
        h(
          'p',
          { id: uid('alternatives'), tabindex: '-1', 'data-alternatives': true },
          this.t.alternativesHint,
        ),
        list,
      );
    }
    return form;
  }

  private cancelControls(): HTMLElement {
    if (!this.confirmingCancel) {
      return h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            'data-cancel': true,
            onclick: () => {
              this.confirmingCancel = true;
              this.render('[data-cancel-question]');
            },
          },
          this.t.cancelBooking,
        ),
      );
    }
    return h(
      'div',
      { role: 'group', 'aria-label': this.t.cancelBooking },
      h('p', { tabindex: '-1', 'data-cancel-question': true }, this.t.cancelConfirmText),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => void this.cancel() }, this.t.cancelYes),
        h(
          'button',
          {
            type: 'button',
            class: 'secondary',
            onclick: () => {
              this.confirmingCancel = false;
              this.render('[data-cancel]');
            },
          },
          this.t.cancelNo,
        ),
      ),
    );
  }

  private async cancel(): Promise<void> {
    const key = newIdempotencyKey();
    await this.run(async () => {
      this.booking = await this.api.cancel(this.token, key);
      this.confirmingCancel = false;
      this.alternatives = [];
      this.render();
      this.announce(this.t.cancelled);
      this.root.querySelector<HTMLElement>('h1')?.focus();
    });
  }

  private async change(body: { partySize: number; startsAt: string }): Promise<void> {
    const key = newIdempotencyKey();
    await this.run(async () => {
      try {
        this.booking = await this.api.change(this.token, body, key);
        this.alternatives = [];
        this.render();
        this.announce(this.booking.changePending ? this.t.changePending : this.t.changed);
        this.root.querySelector<HTMLElement>('h1')?.focus();
      } catch (error) {
        if (error instanceof ApiProblem && error.alternatives.length) {
          this.alternatives = error.alternatives;
          this.render('[data-alternatives]');
        }
        throw error;
      }
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.alertRegion.textContent = '';
    this.body.setAttribute('aria-busy', 'true');
    try {
      await work();
    } catch (error) {
      const problem =
        error instanceof ApiProblem ? error : new ApiProblem('internal_error', 0, String(error));
      if (!this.booking) this.body.replaceChildren();
      this.alertRegion.textContent = problemMessage(this.t, problem);
    } finally {
      this.busy = false;
      this.body.removeAttribute('aria-busy');
    }
  }

  private announce(text: string): void {
    this.statusRegion.textContent = text;
  }
}
