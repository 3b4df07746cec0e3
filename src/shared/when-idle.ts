/**
 * Runs `task` after the page's load event, when the browser is idle: work that the first view does
 * not need must not compete with it. Returns a function that cancels it.
 */
export function whenLoadedAndIdle(task: () => void, timeout = 5000): () => void {
  let idleHandle: number | undefined;
  let timer: number | undefined;
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      idleHandle = requestIdleCallback(task, { timeout });
    } else {
      timer = window.setTimeout(task, 200);
    }
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idleHandle !== undefined) cancelIdleCallback(idleHandle);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}
