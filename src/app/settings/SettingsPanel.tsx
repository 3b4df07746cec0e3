import { useTranslation } from 'react-i18next';
import { textSizes, themes } from '../../shared/display-preferences';
import { useDisplayPreferences } from './use-display-preferences';

/** Theme and text size, as radio groups. Loaded only when the reader opens it. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const { theme, textSize, setTheme, setTextSize } = useDisplayPreferences();
  return (
    <div className="settings__groups">
      <fieldset className="settings__group">
        <legend>{t('settings.theme')}</legend>
        {themes.map((value) => (
          <label key={value} className={`settings__option settings__option--${value}`}>
            <input
              type="radio"
              name="theme"
              value={value}
              checked={theme === value}
              onChange={() => setTheme(value)}
            />
            {t(`settings.themes.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings__group">
        <legend>{t('settings.textSize')}</legend>
        {textSizes.map((value) => (
          <label key={value} className={`settings__option settings__size--${value}`}>
            <input
              type="radio"
              name="text-size"
              value={value}
              checked={textSize === value}
              onChange={() => setTextSize(value)}
            />
            {t(`settings.sizes.${value}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
