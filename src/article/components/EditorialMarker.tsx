import { editorialMarkerId, editorsNoteId } from '../model/editorial';

/**
 * The line under the headline saying which of its parts the editors wrote, as a link to the
 * editor's note. A plain fragment link: it works without JavaScript, and the router leaves a
 * change of hash alone (use-section-navigation acts on a new path only).
 */
export function EditorialMarker({ text }: { text: string }) {
  return (
    <p id={editorialMarkerId} className="article-header__marker">
      <a href={`#${editorsNoteId}`}>{text}</a>
    </p>
  );
}
