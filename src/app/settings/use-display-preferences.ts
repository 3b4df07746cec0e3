import { useCallback, useState } from 'react';
import {
  isTextSize,
  isTheme,
  storageKeys,
  type TextSize,
  type Theme,
} from '../../shared/display-preferences';
import { writeStored } from '../../shared/storage';

function current(): { theme: Theme; textSize: TextSize } {
  const root = document.documentElement;
  return {
    theme: isTheme(root.dataset.theme) ? root.dataset.theme : 'system',
    textSize: isTextSize(root.dataset.textSize) ? root.dataset.textSize : 'm',
  };
}

/**
 * The reader's theme and text size. <html>'s attributes are the truth (the boot script set them
 * before the first paint); a choice updates them and is remembered where storage works.
 */
export function useDisplayPreferences() {
  const [preferences, setPreferences] = useState(current);

  const setTheme = useCallback((theme: Theme) => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
    writeStored(storageKeys.theme, theme);
    setPreferences(current());
  }, []);

  const setTextSize = useCallback((textSize: TextSize) => {
    if (textSize === 'm') delete document.documentElement.dataset.textSize;
    else document.documentElement.dataset.textSize = textSize;
    writeStored(storageKeys.textSize, textSize);
    setPreferences(current());
  }, []);

  return { ...preferences, setTheme, setTextSize };
}
