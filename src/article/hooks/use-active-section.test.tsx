import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StubIntersectionObserver } from '../../../tests/setup/browser-stubs';
import { useActiveSection } from './use-active-section';

function Spy({ initial }: { initial?: string }) {
  const { active, pin } = useActiveSection({
    ids: ['a', 'b', 'c'],
    topOffset: 60,
    endId: 'end',
    initial,
  });
  return (
    <>
      {['a', 'b', 'c'].map((id) => (
        <section key={id} id={id} />
      ))}
      <div id="end" />
      <p data-testid="active">{active ?? 'none'}</p>
      <button type="button" onClick={() => pin('c')}>
        pin
      </button>
    </>
  );
}

function observers() {
  const [sections, end] = StubIntersectionObserver.instances;
  if (!sections || !end) throw new Error('observers not created');
  return { sections, end };
}

function report(
  observer: StubIntersectionObserver,
  changes: { id: string; isIntersecting: boolean; top: number }[],
) {
  const entries = changes.map(
    ({ id, isIntersecting, top }) =>
      ({
        target: document.getElementById(id),
        isIntersecting,
        boundingClientRect: { top } as DOMRectReadOnly,
      }) as unknown as IntersectionObserverEntry,
  );
  act(() => observer.callback(entries, observer));
}

describe('useActiveSection', () => {
  it('observes every section in a band a line below the header, and the end marker', () => {
    render(<Spy />);
    const { sections, end } = observers();
    expect([...sections.targets].map((t) => t.id)).toEqual(['a', 'b', 'c']);
    // The header is 60 px high; the band starts a line (32 px) below it.
    expect(sections.rootMargin).toBe('-92px 0px -60% 0px');
    expect([...end.targets].map((t) => t.id)).toEqual(['end']);
  });

  it('starts at the deep-linked section before the observer reports', () => {
    render(<Spy initial="b" />);
    expect(screen.getByTestId('active')).toHaveTextContent('b');
  });

  it('follows the sections as they cross the band', () => {
    render(<Spy />);
    const { sections } = observers();
    report(sections, [
      { id: 'a', isIntersecting: true, top: 70 },
      { id: 'b', isIntersecting: false, top: 900 },
      { id: 'c', isIntersecting: false, top: 1800 },
    ]);
    expect(screen.getByTestId('active')).toHaveTextContent('a');
    report(sections, [
      { id: 'a', isIntersecting: false, top: -300 },
      { id: 'b', isIntersecting: true, top: 40 },
    ]);
    expect(screen.getByTestId('active')).toHaveTextContent('b');
  });

  it('marks the last section at the end of the page', () => {
    render(<Spy />);
    const { sections, end } = observers();
    report(sections, [{ id: 'b', isIntersecting: true, top: 40 }]);
    report(end, [{ id: 'end', isIntersecting: true, top: 500 }]);
    expect(screen.getByTestId('active')).toHaveTextContent('c');
  });

  it('holds a section the reader chose while the page scrolls there', () => {
    render(<Spy />);
    const { sections } = observers();
    act(() => screen.getByRole('button', { name: 'pin' }).click());
    report(sections, [{ id: 'a', isIntersecting: true, top: 70 }]);
    expect(screen.getByTestId('active')).toHaveTextContent('c');
    act(() => {
      window.dispatchEvent(new Event('scrollend'));
    });
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(screen.getByTestId('active')).toHaveTextContent('a');
        resolve();
      }, 100),
    );
  });

  it('stops observing when unmounted', () => {
    const { unmount } = render(<Spy />);
    unmount();
    expect(StubIntersectionObserver.instances).toHaveLength(0);
  });
});
