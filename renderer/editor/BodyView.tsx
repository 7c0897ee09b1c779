/**
 * The body of the plan as one text: the preamble, then each section under its numbered title, with
 * one formatting toolbar for whichever section has the caret.
 */
import { memo, type ReactNode } from 'react';
import { sectionLabel, sectionNumber } from '../../shared/model';
import { renameSection } from '../../shared/edit';
import { sectionAnchor } from '../base/workspace-context';
import { ReviewedText } from '../components/ReviewedText';
import { TextField } from '../components/TextField';
import { PREAMBLE_ID } from '../state/focus';
import { useDocument, useDocumentStore } from '../state/use-document';
import { FormatToolbar } from './FormatToolbar';
import { titleMarks, useReviewMarks } from './review-marks';
import { SectionEditor } from './SectionEditor';

const SectionBlock = memo(function SectionBlock({ id, index }: { id: string; index: number }): ReactNode {
  const store = useDocumentStore();
  const title = useDocument((s) => s.plan.sections.find((x) => x.id === id)?.title ?? '');
  const numbering = useDocument((s) => s.plan.sectionNumbering);
  const label = sectionLabel(index, numbering);
  const marks = titleMarks(useReviewMarks(), id);
  return (
    <section id={sectionAnchor(id)} className="body-section" aria-label={`Mục ${sectionNumber(index)}`}>
      <h2 className="section-heading">
        <span className="section-number">{label}</span>
        <TextField
          className="section-title"
          aria-label={`Tên mục ${sectionNumber(index)}`}
          value={title}
          onValue={(value) => {
            store.edit((plan) => renameSection(plan, id, value), { key: `title:${id}` });
          }}
        />
        {marks.length > 0 && (
          // The title is a field, which cannot hold struck words: the proposal is drawn under it.
          <span className="review-title" title="Thay đổi tên mục mà tệp góp ý đề nghị">
            <ReviewedText text={title} prefix="" marks={marks} />
          </span>
        )}
      </h2>
      <SectionEditor containerId={id} label={`Nội dung mục ${sectionNumber(index)}`} />
    </section>
  );
});

export function BodyView(): ReactNode {
  const ids = useDocument((s) => s.plan.sections.map((x) => x.id).join('\n'));
  return (
    <>
      <FormatToolbar />
      <div className="body-view">
        <section id={sectionAnchor(PREAMBLE_ID)} className="body-section preamble" aria-label="Phần mở đầu">
          <h2 className="section-heading muted">Phần mở đầu</h2>
          <SectionEditor containerId={PREAMBLE_ID} label="Nội dung phần mở đầu" />
        </section>
        {ids === '' ? null : ids.split('\n').map((id, index) => <SectionBlock key={id} id={id} index={index} />)}
      </div>
    </>
  );
}
