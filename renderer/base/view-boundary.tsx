/**
 * A view that throws while it draws shows a plain message in its place, with a way to draw it
 * again. React then unmounts only what is inside the boundary: the rest of the window keeps
 * working, and the open document (held above every view) is never touched.
 */
import { Component, type ReactNode } from 'react';

export interface ViewBoundaryProps {
  /** What the view is, as the message names it ("phụ lục", "bảng Kiểm tra"…). */
  readonly name: string;
  /** More ways to go on than drawing the view again (the window's own boundary offers a copy). */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

interface ViewBoundaryState {
  readonly failed: boolean;
}

export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { failed: false };

  static getDerivedStateFromError(): ViewBoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="view-error" role="alert">
        <p>
          Không hiển thị được {this.props.name} do một lỗi của chương trình. Kế hoạch đang soạn vẫn còn nguyên, các phần khác vẫn dùng được.
        </p>
        <div className="view-error-actions">
          <button
            type="button"
            onClick={() => {
              this.setState({ failed: false });
            }}
          >
            Hiển thị lại
          </button>
          {this.props.actions}
        </div>
      </div>
    );
  }
}
