/**
 * The widget's look: the host page's font, its own readable colours (text and surfaces chosen for
 * WCAG AA contrast whatever the page behind it), and one brand colour the host may set with the
 * `brand` attribute or the `--tk-brand` custom property.
 */
export const WIDGET_CSS = `
:host {
  display: block;
  font: inherit;
  color: var(--tk-text, #1d1d1f);
  background: var(--tk-surface, #ffffff);
  border: 1px solid var(--tk-border, #8a8a8e);
  border-radius: 8px;
  padding: 1rem;
  max-width: 32rem;
  box-sizing: border-box;
  line-height: 1.45;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
h2, h3 { margin: 0 0 0.5rem; line-height: 1.25; }
h2 { font-size: 1.3em; }
h3 { font-size: 1.1em; }
h2:focus, h3:focus { outline: none; }
h2:focus-visible, h3:focus-visible { outline: 3px solid var(--tk-brand, #0b5cad); outline-offset: 2px; }
p { margin: 0.5rem 0; }
.muted { color: #4a4a4f; }
form, fieldset { display: grid; gap: 0.75rem; }
fieldset { border: 0; padding: 0; margin: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: 0.5rem; }
label { display: grid; gap: 0.25rem; font-weight: 600; }
.hint { font-weight: 400; font-size: 0.9em; color: #4a4a4f; }
input, select, textarea, button {
  font: inherit;
  font-size: max(1em, 16px);
  min-height: 44px;
}
input, select, textarea {
  width: 100%;
  padding: 0.5rem 0.6rem;
  border: 1px solid #6e6e73;
  border-radius: 6px;
  color: #1d1d1f;
  background: #ffffff;
}
textarea { min-height: 5rem; resize: vertical; }
input[aria-invalid='true'] { border: 2px solid #b3261e; }
.field-error { color: #b3261e; font-weight: 600; font-size: 0.9em; }
.field-error:empty { display: none; }
button {
  cursor: pointer;
  border-radius: 6px;
  padding: 0.5rem 1rem;
  border: 2px solid var(--tk-brand, #0b5cad);
  background: var(--tk-brand, #0b5cad);
  color: var(--tk-on-brand, #ffffff);
  font-weight: 600;
}
button.secondary { background: #ffffff; color: var(--tk-brand-text, #0b5cad); }
button[disabled], button[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, a:focus-visible {
  outline: 3px solid var(--tk-brand, #0b5cad);
  outline-offset: 2px;
}
a { color: var(--tk-brand-text, #0b5cad); font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-top: 0.75rem; }
ul.times { list-style: none; padding: 0; margin: 0.5rem 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr)); gap: 0.5rem; }
ul.times button { width: 100%; }
ul.times button.full { background: #f2f2f4; color: #3a3a3e; border-color: #8a8a8e; font-weight: 400; }
.timer { font-size: 1.4em; font-weight: 700; font-variant-numeric: tabular-nums; }
.alert { border-left: 4px solid #b3261e; background: #fdf0ef; color: #5c0f0a; padding: 0.5rem 0.75rem; border-radius: 4px; }
.alert:empty, .status:empty { display: none; }
.status { color: #1d1d1f; margin-top: 0.5rem; }
.success { border-left: 4px solid #1e7b34; padding-left: 0.75rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
dt { font-weight: 600; }
dd { margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

/** The brand colour's own text colour (white or near-black, whichever reads better on it). */
export function brandVariables(brand: string): Record<string, string> | null {
  const match = /^#([0-9a-f]{6})$/i.exec(brand.trim());
  if (!match) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(match[1].slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  const onBrand = contrastWithWhite >= contrastWithBlack ? '#ffffff' : '#111111';
  // As text on white the brand must reach 4.5:1 itself; a light brand falls back to dark text.
  const brandText = contrastWithWhite >= 4.5 ? brand : '#1d1d1f';
  return { '--tk-brand': brand, '--tk-on-brand': onBrand, '--tk-brand-text': brandText };
}
