import '@mantine/core/styles.css';
import './app.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Shade 8 keeps white text on filled buttons above WCAG AA contrast (4.5:1); focus rings always
// show for keyboard users.
const theme = createTheme({ primaryColor: 'blue', primaryShade: 8, focusRing: 'auto', defaultRadius: 'sm' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <App />
    </MantineProvider>
  </StrictMode>,
);
