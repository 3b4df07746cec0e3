import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { speechArticle } from '../../../tests/support/speech-article';
import { installSpeech, voice } from '../../../tests/support/speech-synthesis';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { loadI18n } from '../../app/i18n/registry';
import type { ArticleSection } from '../model/schema';
import { ListenControls } from './ListenControls';
import { useSectionReading, useSpeechSession } from './speech-context';
import { SpeechProvider } from './SpeechProvider';

const german = voice('de-DE', 'Anna');
const american = voice('en-US', 'Samantha');

afterEach(() => vi.unstubAllGlobals());

// The article as ArticleHeader and ArticleSection render it, with the integration's edits.
function Section({ section }: { section: ArticleSection }) {
  const reading = useSectionReading(section.id);
  return (
    <section id={section.id} data-reading={reading.active || undefined}>
      <h2 id={`${section.id}-title`}>{section.title}</h2>
      {!section.untitled && <ListenControls sectionId={section.id} />}
      {section.blocks.map((block) =>
        block.type === 'paragraph' ? (
          <p
            key={block.id}
            data-block={block.id}
            data-reading={reading.blockId === block.id || undefined}
          >
            {block.text}
          </p>
        ) : null,
      )}
    </section>
  );
}

// Calls the session's actions directly, as no control would with nothing being read.
function Probe() {
  const session = useSpeechSession();
  if (!session.available) return null;
  const all = () => {
    session.pause();
    session.resume();
    session.stop();
  };
  return (
    <button type="button" onClick={all}>
      probe
    </button>
  );
}

function Page() {
  return (
    <SpeechProvider article={speechArticle}>
      <Probe />
      <header data-testid="header">
        <h1 id="headline">{speechArticle.headline.text}</h1>
        <ListenControls />
      </header>
      {speechArticle.sections.map((section) => (
        <Section key={section.id} section={section} />
      ))}
    </SpeechProvider>
  );
}

/** Renders the page and waits for the engine, loaded after mount, to show the article's control. */
async function renderPage(lang: 'de' | 'en') {
  const view = await renderWithI18n(<Page />, lang);
  const name = lang === 'de' ? 'Artikel vorlesen' : 'Listen to the article';
  await screen.findByRole('button', { name });
  return view;
}

const section = (id: string) => within(document.getElementById(id) as HTMLElement);
const header = () => within(screen.getByTestId('header'));
const marked = () =>
  [...document.querySelectorAll('[data-reading="true"]')].map(
    (element) => element.id || element.getAttribute('data-block'),
  );

describe('ListenControls', () => {
  it('are hidden, not disabled, on a German page when there are only English voices', async () => {
    const synth = installSpeech([american]);
    await renderWithI18n(<Page />, 'de');
    // The engine is loaded, and still there is nothing to show.
    await act(() => import('./speech-chunk'));
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('status')).toBeNull();
    // A German voice arriving late (as in Chrome) brings them.
    act(() => synth.loadVoices([american, german]));
    expect(await screen.findByRole('button', { name: 'Artikel vorlesen' })).toBeVisible();
  });

  it('keep their room, empty, from the server’s HTML on, so appearing later moves nothing', () => {
    installSpeech([german]);
    expect(renderToString(<ListenControls sectionId="plants" />)).toBe(
      '<div class="listen"></div>',
    );
    expect(renderToString(<Page />)).not.toContain('<button');
  });

  it('are hidden without the speech API', async () => {
    await renderWithI18n(<Page />, 'en');
    await act(() => import('./speech-chunk'));
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('name what they read, in the page’s language', async () => {
    installSpeech([german, american]);
    await renderPage('de');
    expect(header().getByRole('button', { name: 'Artikel vorlesen' })).toHaveTextContent(
      'Vorlesen',
    );
    expect(screen.getByRole('button', { name: 'Abschnitt „Kraftwerke“ vorlesen' })).toBeVisible();
    // The untitled section has no heading row, so no control: the article's reads it.
    expect(section('intro').queryByRole('button')).toBeNull();
  });

  it('name what they read in English too', async () => {
    installSpeech([german, american]);
    await renderPage('en');
    expect(header().getByRole('button', { name: 'Listen to the article' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Listen to section “Besuch”' })).toBeVisible();
  });

  it('read the article in a German voice, say so once, and keep focus on the control', async () => {
    const synth = installSpeech([american, german]);
    const user = userEvent.setup();
    await renderPage('de');
    await user.click(header().getByRole('button', { name: 'Artikel vorlesen' }));
    expect(synth.spoken[0]).toMatchObject({ text: 'Schlagzeile', lang: 'de-DE', voice: german });
    const pause = header().getByRole('button', { name: 'Pause' });
    expect(pause).toHaveFocus();
    expect(header().getByRole('status')).toHaveTextContent('Der Artikel wird vorgelesen.');
    // No chatter: moving on to the next paragraph announces nothing.
    act(() => synth.finishCurrent());
    await waitFor(() => expect(synth.spoken).toHaveLength(2));
    await act(() => Promise.resolve());
    expect(header().getByRole('status')).toHaveTextContent('Der Artikel wird vorgelesen.');
  });

  it('read the whole article with the editorial marker after the header and the note last', async () => {
    const synth = installSpeech([german]);
    const user = userEvent.setup();
    await renderPage('de');
    await user.click(header().getByRole('button', { name: 'Artikel vorlesen' }));
    // Header (3), the intro (2), two titled sections (2 + 3), the note: 11 utterances.
    for (let i = 0; i < 11; i++) act(() => synth.finishCurrent());
    await waitFor(() => expect(synth.spoken).toHaveLength(11));
    const spoken = synth.spoken.map((u) => u.text);
    expect(spoken.slice(0, 3)).toEqual([
      'Schlagzeile',
      'Vorspann',
      'Überschrift: von der Redaktion',
    ]);
    expect(spoken.slice(-2)).toEqual([
      'Bricht ab … Der Text bricht hier ab.',
      'Anmerkung der Redaktion. Die Überschrift und der Abschnittstitel „Überblick“ sind redaktionelle Ergänzungen.',
    ]);
  });

  it('read only the section chosen, in order, marking the section and its paragraph', async () => {
    const synth = installSpeech([german]);
    const user = userEvent.setup();
    await renderPage('de');
    await user.click(screen.getByRole('button', { name: 'Abschnitt „Besuch“ vorlesen' }));
    expect(section('visit').getByRole('status')).toHaveTextContent(
      'Der Abschnitt „Besuch“ wird vorgelesen.',
    );
    await waitFor(() => expect(marked()).toEqual(['visit']));
    act(() => synth.finishCurrent());
    await waitFor(() => expect(marked()).toEqual(['visit', 'p4']));
    act(() => synth.finishCurrent());
    await waitFor(() => expect(marked()).toEqual(['visit', 'p5']));
    act(() => synth.finishCurrent());
    expect(synth.spoken.map((u) => u.text)).toEqual([
      'Besuch',
      'Vierter Absatz.',
      'Bricht ab … Der Text bricht hier ab.',
    ]);
    expect(marked()).toEqual([]);
    expect(section('visit').getByRole('status')).toHaveTextContent('Zu Ende vorgelesen.');
    expect(
      section('visit').getByRole('button', { name: 'Abschnitt „Besuch“ vorlesen' }),
    ).toBeVisible();
  });

  it('pause, resume and stop through the API, and the buttons follow', async () => {
    const synth = installSpeech([german]);
    const user = userEvent.setup();
    await renderPage('de');
    await user.click(screen.getByRole('button', { name: 'Abschnitt „Kraftwerke“ vorlesen' }));
    const controls = section('plants');
    await user.click(controls.getByRole('button', { name: 'Pause' }));
    expect(synth.pause).toHaveBeenCalledTimes(1);
    expect(controls.getByRole('status')).toHaveTextContent('Vorlesen angehalten.');
    await user.click(controls.getByRole('button', { name: 'Weiter' }));
    expect(synth.resume).toHaveBeenCalledTimes(1);
    expect(controls.getByRole('status')).toHaveTextContent('Vorlesen fortgesetzt.');
    await user.click(controls.getByRole('button', { name: 'Stopp' }));
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(controls.getByRole('status')).toHaveTextContent('Vorlesen beendet.');
    expect(controls.queryByRole('button', { name: 'Stopp' })).toBeNull();
    expect(controls.getByRole('button', { name: 'Abschnitt „Kraftwerke“ vorlesen' })).toHaveFocus();
    expect(marked()).toEqual([]);
  });

  it('show Pause and Stop in the header and in the section being read, nowhere else', async () => {
    const synth = installSpeech([german]);
    const user = userEvent.setup();
    await renderPage('de');
    await user.click(header().getByRole('button', { name: 'Artikel vorlesen' }));
    // Headline, standfirst, the editorial marker (the probe's headline is flagged), p1, p2.
    for (let i = 0; i < 5; i++) act(() => synth.finishCurrent());
    await waitFor(() => expect(marked()).toEqual(['plants']));
    expect(header().getByRole('button', { name: 'Stopp' })).toBeVisible();
    expect(section('plants').getByRole('button', { name: 'Stopp' })).toBeVisible();
    expect(section('visit').queryByRole('button', { name: 'Stopp' })).toBeNull();
    // Stopping from the section stops the one session everywhere.
    await user.click(section('plants').getByRole('button', { name: 'Stopp' }));
    expect(screen.queryByRole('button', { name: 'Stopp' })).toBeNull();
    expect(header().getByRole('status')).toHaveTextContent('Vorlesen beendet.');
  });

  it('follow the paragraph being read when it is out of view', async () => {
    const synth = installSpeech([german]);
    const user = userEvent.setup();
    await renderPage('de');
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, 3000, 600, 100),
    );
    await user.click(screen.getByRole('button', { name: 'Abschnitt „Besuch“ vorlesen' }));
    act(() => synth.finishCurrent());
    await waitFor(() => expect(marked()).toContain('p4'));
    const scrolled = vi.mocked(Element.prototype.scrollIntoView).mock.contexts.at(-1);
    expect(scrolled).toBe(document.querySelector('[data-block="p4"]'));
  });

  it('say visibly when reading fails', async () => {
    const synth = installSpeech([german]);
    const user = userEvent.setup();
    await renderPage('de');
    await user.click(header().getByRole('button', { name: 'Artikel vorlesen' }));
    act(() => synth.failCurrent('audio-busy'));
    const status = header().getByRole('status');
    expect(status).toHaveTextContent('Das Vorlesen ist fehlgeschlagen.');
    expect(status).not.toHaveClass('visually-hidden');
  });

  it('do nothing, and say nothing, when asked to pause, resume or stop with nothing read', async () => {
    const synth = installSpeech([german]);
    const user = userEvent.setup();
    await renderPage('de');
    await user.click(screen.getByRole('button', { name: 'probe' }));
    expect(synth.pause).not.toHaveBeenCalled();
    expect(synth.resume).not.toHaveBeenCalled();
    expect(synth.cancel).not.toHaveBeenCalled();
    expect(header().getByRole('status')).toBeEmptyDOMElement();
  });

  it('stop when the page switches to the other language', async () => {
    const synth = installSpeech([german, american]);
    const user = userEvent.setup();
    const { rerender } = await renderPage('de');
    await user.click(header().getByRole('button', { name: 'Artikel vorlesen' }));
    const english = await loadI18n('en', 'us-china-cyber');
    rerender(
      <I18nextProvider i18n={english}>
        <Page />
      </I18nextProvider>,
    );
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(header().getByRole('button', { name: 'Listen to the article' })).toBeVisible();
    expect(header().getByRole('status')).toBeEmptyDOMElement();
  });
});
