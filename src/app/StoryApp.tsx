import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { createStoryRouter } from './router';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}

/** The whole explorer with its providers; tests mount it with a memory history. */
export function StoryApp({ history, queryClient }: { history: RouterHistory; queryClient: QueryClient }) {
  const [router] = useState(() => createStoryRouter({ history, queryClient }));
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
