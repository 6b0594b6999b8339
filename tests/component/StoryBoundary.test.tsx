import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoryBoundary } from '../../src/app/ui/StoryBoundary';

let broken = true;
function Panel() {
  if (broken) throw new Error('this panel broke');
  return <p>Panel content</p>;
}

describe('StoryBoundary (one per region)', () => {
  it('keeps a failure inside its region, says what failed, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <QueryClientProvider client={new QueryClient()}>
        <p>Timeline stays</p>
        <StoryBoundary what="this panel">
          <Panel />
        </StoryBoundary>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load this panel');
    expect(screen.getByRole('alert')).toHaveTextContent('this panel broke');
    expect(screen.getByText('Timeline stays')).toBeVisible();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Panel content')).toBeVisible();
  });
});
