import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { i18nReady } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
// The first screen waits for its language's strings (one small chunk), so no key ever flashes.
void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
