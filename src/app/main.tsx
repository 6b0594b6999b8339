import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashHistory } from '@tanstack/react-router';
import { StoryApp, createQueryClient } from './StoryApp';
import './styles/index.css';

// Start fetching the timeline's chunk now, alongside the data index, rather than when it first renders.
void import('./timeline/EventTimeline');

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <StoryApp history={createHashHistory()} queryClient={createQueryClient()} />
  </StrictMode>,
);
