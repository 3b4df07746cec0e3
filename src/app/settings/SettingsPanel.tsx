import { useTranslation } from 'react-i18next';
import { textSizes, themes } from '../../shared/display-preferences';
import { useDisplayPreferences } from './use-display-preferences';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}

function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
}: ChoiceGroupProps<T>) {
  return (
    <fieldset className="settings__group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className={`settings__option settings__option--${option}`}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

/** Theme and text size, as radio groups. Loaded only when the reader opens it. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const { theme, textSize, setTheme, setTextSize } = useDisplayPreferences();
  return (
    <div className="settings__groups">
      <ChoiceGroup
        legend={t('settings.theme')}
        name="theme"
        options={themes}
        value={theme}
        label={(option) => t(`settings.themes.${option}`)}
        onChange={setTheme}
      />
      <ChoiceGroup
        legend={t('settings.textSize')}
        name="text-size"
        options={textSizes}
        value={textSize}
        label={(option) => t(`settings.sizes.${option}`)}
        onChange={setTextSize}
      />
    </div>
  );
}
