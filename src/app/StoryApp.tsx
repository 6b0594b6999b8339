import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { createStoryRouter } from './router';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}

type StoryRouter = ReturnType<typeof createStoryRouter>;

/**
 * The whole explorer with its providers. Tests mount it with a memory history; the browser and
 * the prerender hand in a router they have already loaded for the address.
 */
export function StoryApp(
  props: { queryClient: QueryClient } & ({ history: RouterHistory } | { router: StoryRouter }),
) {
  const { queryClient } = props;
  const [router] = useState(() =>
    'router' in props ? props.router : createStoryRouter({ history: props.history, queryClient }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
