import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { installBrowserStubs } from './browser-stubs';

// The first render of a language imports its resources on demand (as in the browser), and the
// first import of a file under Vitest includes transforming it.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  if (typeof window !== 'undefined') installBrowserStubs();
});

afterEach(() => cleanup());
