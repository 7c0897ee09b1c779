/**
 * The document's properties, in the order a clerk meets them on the printed page: the issuing
 * organ, number and title, place and date, căn cứ, the signer, nơi nhận, markings and the rule
 * system. Each group reads only its own part of the plan, so typing in the body never re-renders
 * the panel. Undo and redo of a property bring the caret back to its field.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useDocument } from '../state/use-document';
import { BasisSection } from './BasisSection';
import { DateSection } from './DateSection';
import { MarkingsSection } from './MarkingsSection';
import { NumberSection } from './NumberSection';
import { OrganSection } from './OrganSection';
import type { SectionId } from './PanelSection';
import { ProfileSection } from './ProfileSection';
import { usePropertyFindings } from './property-findings';
import { RecipientsSection } from './RecipientsSection';
import { SignerSection } from './SignerSection';
import './properties.css';

const FIRST_OPEN: readonly SectionId[] = ['organ', 'number', 'date'];

/** The group a field belongs to, from its key ("meta:signer.name" → signer). */
function sectionOf(field: string): SectionId | null {
  const name = field.startsWith('meta:') ? field.slice('meta:'.length).split('.')[0] : undefined;
  switch (name) {
    case 'organ':
    case 'header':
    case 'citation':
    case 'parentOrgan':
      return 'organ';
    case 'number':
    case 'symbol':
    case 'typeName':
    case 'docType':
    case 'docKind':
    case 'summary':
      return 'number';
    case 'place':
    case 'date':
      return 'date';
    case 'basis':
    case 'basisLines':
      return 'basis';
    case 'signer':
      return 'signer';
    case 'recipients':
    case 'archive':
      return 'recipients';
    case 'markings':
      return 'markings';
    case 'profile':
    case 'sectionNumbering':
      return 'profile';
    case undefined:
    default:
      return null;
  }
}

/** The field's element, or the nearest enclosing one ("meta:recipients.2.up" → "meta:recipients.2"). */
function fieldElement(root: HTMLElement, field: string): HTMLElement | null {
  for (let key = field; key !== ''; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
    const found = [...root.querySelectorAll<HTMLElement>('[data-field]')].find(
      (el) => el.dataset.field === key && !(el as HTMLButtonElement).disabled,
    );
    if (found !== undefined) return found;
  }
  return null;
}

export function PropertiesPanel(): ReactNode {
  const [open, setOpen] = useState<ReadonlySet<SectionId>>(() => new Set(FIRST_OPEN));
  const findings = usePropertyFindings();
  const focusRequest = useDocument((s) => s.focusRequest);
  const panel = useRef<HTMLElement>(null);
  const handled = useRef(0);

  const toggle = useCallback((id: SectionId) => {
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  useEffect(() => {
    const root = panel.current;
    if (focusRequest === null || focusRequest.serial === handled.current || root === null) return;
    const { focus } = focusRequest;
    if (focus.kind !== 'field') return;
    const section = sectionOf(focus.field);
    if (section === null) return;
    if (!open.has(section)) {
      // Opened first; this effect runs again once the group's fields are on screen.
      setOpen((current) => new Set(current).add(section));
      return;
    }
    handled.current = focusRequest.serial;
    const element = fieldElement(root, focus.field);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  }, [focusRequest, open]);

  const props = { onToggle: toggle, findings };
  return (
    <aside ref={panel} className="properties pp-panel" aria-label="Thông tin văn bản">
      <h2>Thông tin văn bản</h2>
      <OrganSection open={open.has('organ')} {...props} />
      <NumberSection open={open.has('number')} {...props} />
      <DateSection open={open.has('date')} {...props} />
      <BasisSection open={open.has('basis')} {...props} />
      <SignerSection open={open.has('signer')} {...props} />
      <RecipientsSection open={open.has('recipients')} {...props} />
      <MarkingsSection open={open.has('markings')} onToggle={toggle} />
      <ProfileSection open={open.has('profile')} {...props} />
    </aside>
  );
}
