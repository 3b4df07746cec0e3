import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, use } from 'react';
import { Link, useLocation, useNavigate, useNavigationType } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AddressInStepRouter } from './AddressInStepRouter';

// A page whose data is slow: it suspends until the test lets it arrive, as an article does while
// its edition chunk loads.
let slowData: { promise: Promise<void>; arrive: () => void };
function newSlowData() {
  let arrive = () => {};
  const promise = new Promise<void>((resolve) => (arrive = resolve));
  return { promise, arrive };
}

function SlowPage() {
  use(slowData.promise);
  return <h1>Slow page</h1>;
}

function Pages() {
  const { pathname, state } = useLocation();
  const navigate = useNavigate();
  const type = useNavigationType();
  return (
    <main>
      {pathname === '/slow' ? <SlowPage /> : <h1>Page {pathname}</h1>}
      <p>
        {type} {JSON.stringify(state)}
      </p>
      <Link to="/quick">Quick link</Link>
      <Link to="/slow">Slow link</Link>
      <button type="button" onClick={() => void navigate('/kept', { state: { source: 'test' } })}>
        Push with state
      </button>
      <button type="button" onClick={() => void navigate('/swapped', { replace: true })}>
        Replace
      </button>
    </main>
  );
}

function renderRouter() {
  return render(
    <AddressInStepRouter>
      <Suspense fallback={<p>Loading</p>}>
        <Pages />
      </Suspense>
    </AddressInStepRouter>,
  );
}

function popTo(path: string) {
  // jsdom's history.back() is asynchronous; moving the entry and firing popstate is what a
  // browser does on Back.
  window.history.replaceState(null, '', path);
  act(() => {
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/start');
  slowData = newSlowData();
});

describe('AddressInStepRouter', () => {
  it('starts from the address the page was loaded at', () => {
    renderRouter();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page /start');
  });

  it('writes a new history entry, with its state, once the new page is shown', async () => {
    const user = userEvent.setup();
    renderRouter();
    const entries = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Push with state' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page /kept');
    expect(window.location.pathname).toBe('/kept');
    expect(window.history.length).toBe(entries + 1);
    expect(window.history.state).toMatchObject({ usr: { source: 'test' } });
    expect(screen.getByText('PUSH {"source":"test"}')).toBeInTheDocument();
  });

  it('replaces the entry on a replacing navigation', async () => {
    const user = userEvent.setup();
    renderRouter();
    const entries = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page /swapped');
    expect(window.location.pathname).toBe('/swapped');
    expect(window.history.length).toBe(entries);
    expect(screen.getByText('REPLACE null')).toBeInTheDocument();
  });

  it('follows Back and Forward, which move the address themselves', async () => {
    const user = userEvent.setup();
    renderRouter();
    await user.click(screen.getByRole('link', { name: 'Quick link' }));
    expect(window.location.pathname).toBe('/quick');
    popTo('/start');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page /start'),
    );
    expect(screen.getByText('POP null')).toBeInTheDocument();
  });

  // Clicked as in a browser, outside act(): React then resumes a transition suspended on data from
  // its own scheduler when the data arrives. (Inside act() the retry waits in act's queue, which
  // nothing empties once act has returned.)
  describe('while the new page loads', () => {
    const global = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    let actEnvironment: boolean | undefined;
    beforeEach(() => {
      actEnvironment = global.IS_REACT_ACT_ENVIRONMENT;
      global.IS_REACT_ACT_ENVIRONMENT = false;
    });
    afterEach(() => {
      global.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    });

    it('keeps the old address while the new page is still loading, and changes it with the page', async () => {
      renderRouter();
      screen.getByRole('link', { name: 'Slow link' }).click();
      // The transition keeps the current page on screen, and the address with it.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page /start');
      expect(screen.queryByText('Loading')).not.toBeInTheDocument();
      expect(window.location.pathname).toBe('/start');

      slowData.arrive();
      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Slow page'),
      );
      expect(window.location.pathname).toBe('/slow');
    });

    it('drops a navigation still loading when the reader goes Back', async () => {
      renderRouter();
      screen.getByRole('link', { name: 'Quick link' }).click();
      await waitFor(() => expect(window.location.pathname).toBe('/quick'));
      const entries = window.history.length;
      screen.getByRole('link', { name: 'Slow link' }).click();
      popTo('/start');
      slowData.arrive();
      await waitFor(() =>
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page /start'),
      );
      // The slow page's entry was never written, so Forward cannot lead to it either.
      expect(window.location.pathname).toBe('/start');
      expect(window.history.length).toBe(entries);
    });
  });

  it('reads the state of an entry written before a reload', () => {
    window.history.replaceState({ usr: { source: 'language' }, key: 'abc' }, '', '/again');
    renderRouter();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page /again');
    expect(screen.getByText('POP {"source":"language"}')).toBeInTheDocument();
  });
});
