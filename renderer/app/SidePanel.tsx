/** The panel beside the text, one tab at a time; a hidden tab does no work. */
import type { ReactNode } from 'react';
import { CheckTabBadge } from '../check/CheckTabBadge';
import { FindingsPanel } from '../check/FindingsPanel';
import { CoverageView } from '../clone/CoverageView';
import { CommentsPanel } from '../comments/CommentsPanel';
import { FindPanel } from '../find/FindPanel';
import { PreviewPanel } from '../preview/PreviewPanel';
import { PropertiesPanel } from '../properties/PropertiesPanel';
import { VersionsPanel } from '../versions/VersionsPanel';
import { PanelSplitter } from './PanelSplitter';
import { ViewBoundary } from '../base/view-boundary';
import { useSidePanel, type SideTab } from '../base/side-panel-context';
import { useSidePanelWidth } from './side-panel-width';

const TABS: readonly { readonly id: SideTab; readonly label: string }[] = [
  { id: 'properties', label: 'Thông tin' },
  { id: 'preview', label: 'Xem trước' },
  { id: 'check', label: 'Kiểm tra' },
  { id: 'coverage', label: 'Đối chiếu' },
  { id: 'find', label: 'Tìm' },
  { id: 'versions', label: 'Phiên bản' },
  { id: 'comments', label: 'Góp ý' },
];

/** What the tab's boundary calls it when it cannot be drawn. */
function tabName(tab: SideTab): string {
  return `bảng ${TABS.find((t) => t.id === tab)?.label ?? ''}`;
}

export function SidePanel(): ReactNode {
  const { tab, show } = useSidePanel();
  const { width, max, setWidth } = useSidePanelWidth(tab);
  return (
    <div className={`side-panel side-panel-${tab}`} style={{ width }}>
      <PanelSplitter width={width} max={max} onWidth={setWidth} />
      <div role="tablist" aria-label="Bảng bên" className="side-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`side-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`side-panel-${t.id}`}
            className={tab === t.id ? 'active' : undefined}
            onClick={() => {
              show(t.id);
            }}
          >
            {t.label}
            {t.id === 'check' && <CheckTabBadge />}
          </button>
        ))}
      </div>
      <div className="side-body" id={`side-panel-${tab}`} role="tabpanel" aria-labelledby={`side-tab-${tab}`}>
        <ViewBoundary key={tab} name={tabName(tab)}>
          {tab === 'properties' && <PropertiesPanel />}
          {tab === 'preview' && <PreviewPanel />}
          {tab === 'check' && <FindingsPanel />}
          {tab === 'coverage' && <CoverageView />}
          {tab === 'find' && <FindPanel />}
          {tab === 'versions' && <VersionsPanel />}
          {tab === 'comments' && <CommentsPanel />}
        </ViewBoundary>
      </div>
    </div>
  );
}
