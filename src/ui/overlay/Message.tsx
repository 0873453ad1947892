import { i18n } from '#i18n';
import { trusted } from '../components/trusted';

/** A way to undo what the reader just did in the page ("Turn back on"). */
export interface MessageAction {
  label: string;
  run: () => void;
}

/**
 * What became of a change the reader asked for in the page (turning a site off): why it could not
 * be kept (an alert), or that it was done, with the way to undo it from the same place (a status).
 */
export function Message({ text, action, onDismiss }: { text: string; action?: MessageAction; onDismiss: () => void }) {
  return (
    <p class="message" role={action ? 'status' : 'alert'}>
      <span id="borderline-message-text">{text}</span>
      {action && (
        // Described by the message, which a screen reader may not read out when focus comes here first.
        <button
          type="button"
          class="message-action"
          aria-describedby="borderline-message-text"
          onClick={trusted(action.run)}
        >
          {action.label}
        </button>
      )}
      <button type="button" class="message-dismiss" onClick={trusted(onDismiss)} aria-label={i18n.t('card.close')}>
        ×
      </button>
    </p>
  );
}
