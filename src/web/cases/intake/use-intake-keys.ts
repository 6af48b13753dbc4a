import { useEffect, useLayoutEffect, useRef } from 'react';

export interface IntakeKeys {
  save: () => void;
  toggleDispatch: () => void;
  clear: () => void;
}

/** The key a shortcut is, whatever the keyboard layout prints (Alt+D on a Mac types ∂). */
export function shortcutOf(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') return 'save';
  if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyD') return 'toggleDispatch';
  if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') return 'clear';
  return null;
}

/**
 * The intake form's shortcuts, heard on the whole document: dropdowns of selects open outside the
 * form, and an operator's hands stay on the keys wherever the focus is.
 */
export function useIntakeKeys(keys: IntakeKeys): void {
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = shortcutOf(event);
      if (!shortcut || event.repeat) return;
      event.preventDefault();
      latest.current[shortcut]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
