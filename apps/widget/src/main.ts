/**
 * The Tablekeeper booking widget: one script that defines `<tablekeeper-booking>` (the guest's
 * booking flow, for a restaurant's own site) and `<tablekeeper-manage>` (the page a guest's
 * manage link opens). Loading it twice is harmless.
 */
import { TablekeeperBooking } from './booking-element';
import { TablekeeperManage } from './manage-element';

if (!customElements.get('tablekeeper-booking'))
  customElements.define('tablekeeper-booking', TablekeeperBooking);
if (!customElements.get('tablekeeper-manage')) customElements.define('tablekeeper-manage', TablekeeperManage);

export { TablekeeperBooking, TablekeeperManage };
