import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Shade 8 keeps white text on filled buttons above WCAG AA contrast (4.5:1); focus rings always
// show for keyboard users.
const theme = createTheme({ primaryColor: 'blue', primaryShade: 8, focusRing: 'auto', defaultRadius: 'sm' });

// Mantine's default secondary text, placeholder and link colours are below 4.5:1 on white.
const aaColours: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-anchor': t.colors.blue[9],
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
