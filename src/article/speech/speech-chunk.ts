// The chunk of read-aloud loaded only where the browser can speak, after the page has hydrated:
// the first view of the article carries just the context and two small shells. (Named for what it
// is, a chunk, so it is not mistaken for SpeechEngine.tsx, one of the two modules it carries.)
export { ListenButtons } from './ListenButtons';
export { SpeechEngine } from './SpeechEngine';
