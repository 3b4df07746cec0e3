// The part of read-aloud loaded only where the browser can speak, after the page has hydrated:
// the first view of the article carries just the context and two small shells.
export { ListenButtons } from './ListenButtons';
export { SpeechEngine } from './SpeechEngine';
