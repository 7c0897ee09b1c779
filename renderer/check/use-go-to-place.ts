/**
 * Takes the user to a finding's place. Text, cells and property fields are restored by their
 * owners from a focus request (the workspace switches the view or the side panel's tab); a section
 * title and an appendix's settings have no focus request, so they are shown first (synchronously)
 * and then focused by their accessible names.
 */
import { useCallback } from 'react';
import { flushSync } from 'react-dom';
import { sectionAnchor, useWorkspace } from '../base/workspace-context';
import { useDocumentStore } from '../state/use-document';
import type { AppendixSetting, Place } from './finding-place';

function focusElement(element: HTMLElement | null | undefined): void {
  element?.focus();
  element?.scrollIntoView({ block: 'center' });
}

function settingLabel(setting: AppendixSetting): string {
  return setting.kind === 'title' ? 'Tên phụ lục' : `Tên cột ${setting.index + 1}`;
}

export function useGoToPlace(): (place: Place) => void {
  const store = useDocumentStore();
  const nav = useWorkspace();
  return useCallback(
    (place: Place) => {
      switch (place.kind) {
        case 'focus':
          store.requestFocus(place.focus);
          break;
        case 'section-title': {
          flushSync(() => {
            nav.showSection(place.sectionId);
          });
          focusElement(document.getElementById(sectionAnchor(place.sectionId))?.querySelector<HTMLElement>('.section-title'));
          break;
        }
        case 'appendix': {
          flushSync(() => {
            nav.showAppendix(place.appendixId);
          });
          const view = document.querySelector<HTMLElement>('.appendix-view');
          const { setting } = place;
          if (setting === undefined) {
            view?.scrollIntoView({ block: 'start' });
            break;
          }
          const settings = view?.querySelector<HTMLDetailsElement>('details.appendix-settings');
          if (settings !== null && settings !== undefined) settings.open = true;
          focusElement(settings?.querySelector<HTMLElement>(`[aria-label="${settingLabel(setting)}"]`));
          break;
        }
      }
    },
    [store, nav],
  );
}
