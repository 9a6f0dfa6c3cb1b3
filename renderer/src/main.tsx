import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles.css';
import { App } from './App';
import { platform } from '@platform';
import { provideServices } from '@services';

// the services write automatic backups through the platform (Electron can, the browser cannot)
provideServices({ backupWriter: platform });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
