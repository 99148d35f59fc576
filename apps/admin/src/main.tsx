import '@mantine/core/styles.css';
import './app.css';
import {
  DEFAULT_THEME,
  Drawer,
  MantineProvider,
  Modal,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Shade 8 keeps white text on filled buttons above WCAG AA contrast (4.5:1); focus rings always
// show for keyboard users.
// Mantine's darkest green, orange and yellow (shade 9) are below 4.5:1 against white (4.4, 4.3,
// 3.0; axe-core flagged the "Live" badge and the status badges): darker 9s keep every use AA.
const darkest = (name: 'green' | 'orange' | 'yellow', shade9: string): MantineColorsTuple =>
  DEFAULT_THEME.colors[name].map((c, i) => (i === 9 ? shade9 : c)) as unknown as MantineColorsTuple;
// Dialogs' close buttons are icons: they need a name for screen readers.
const closeLabel = { closeButtonProps: { 'aria-label': 'Close' } };
const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  focusRing: 'auto',
  defaultRadius: 'sm',
  colors: {
    green: darkest('green', '#1f6d31'),
    orange: darkest('orange', '#a63a0c'),
    yellow: darkest('yellow', '#8a5300'),
  },
  components: {
    Modal: Modal.extend({ defaultProps: closeLabel }),
    Drawer: Drawer.extend({ defaultProps: closeLabel }),
  },
});

// Mantine's default secondary text, placeholder and link colours are below 4.5:1 on white.
const aaColours: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.blue[9],
    // Field errors (red 6 by default, 3.3:1) in a red that reads at AA.
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={aaColours}>
      <App />
    </MantineProvider>
  </StrictMode>,
);
