import { lazy, Suspense } from 'react';
import type { ListenButtonsProps } from './ListenButtons';
import { useSpeechSession } from './speech-context';

const ListenButtons = lazy(() =>
  import('./speech-chunk').then((m) => ({ default: m.ListenButtons })),
);

export type ListenControlsProps = ListenButtonsProps;

/**
 * Read-aloud controls for the article or one section. Hidden, not disabled, where the browser has
 * no voice for the page's language: a control that can never work is only noise. A voice is known
 * only in the browser, after hydration, so the box is rendered empty from the start (server
 * included) and keeps its size: the controls appearing later move nothing on the page.
 */
export function ListenControls({ sectionId }: ListenControlsProps) {
  const { available } = useSpeechSession();
  return (
    <div className="listen">
      {available && (
        <Suspense fallback={null}>
          <ListenButtons sectionId={sectionId} />
        </Suspense>
      )}
    </div>
  );
}
