/**
 * Địa danh and the date. Day and month may stay blank: the văn thư writes them at signing. A day
 * chosen before its month waits here, with a message, until the month is chosen (the model cannot
 * hold a day without a month).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { getProfile } from '../../shared/format';
import { formatDay, formatMonth, type PartialDate } from '../../shared/model';
import { readYear, setMetaText, setPlanDate } from '../../shared/edit';
import { useDocument } from '../state/use-document';
import { FieldRow, FindingNote, TextRow } from './fields';
import { firstLineText, headerCells } from './header-preview';
import { LayoutPreview } from './LayoutPreview';
import { PanelSection } from './PanelSection';
import { findingsFor } from './property-findings';
import type { SectionProps } from './section-props';
import { usePanelEdit } from './use-panel-edit';

const BLANK = '';
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function today(): PartialDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export function DateSection({ open, onToggle, findings }: SectionProps): ReactNode {
  const meta = useDocument((s) => s.plan.meta);
  const profile = getProfile(useDocument((s) => s.plan.profile));
  const edit = usePanelEdit();
  const [pendingDay, setPendingDay] = useState<number | null>(null);
  const date = meta.date;
  const changeDate = (patch: Partial<PartialDate>, field = 'meta:date'): void => {
    edit(field, (plan) => setPlanDate(plan, { ...plan.meta.date, ...patch }), { merge: field === 'meta:date.year' });
  };
  const preview = useMemo(() => headerCells(meta, profile).placeDate, [meta, profile]);
  const shownDay = date.day ?? (date.month === null ? pendingDay : null);
  const dateFindings = findingsFor(findings, 'meta:date');
  const summary = firstLineText(preview);
  return (
    <PanelSection
      id="date"
      title="Địa danh và ngày tháng"
      summary={summary}
      open={open}
      onToggle={onToggle}
      flagged={dateFindings.length > 0 || findingsFor(findings, 'meta:place').length > 0}
    >
      <TextRow
        label="Địa danh"
        field="meta:place"
        value={meta.place}
        onCommit={(value) => {
          edit('meta:place', (plan) => setMetaText(plan, 'place', value));
        }}
        findings={findingsFor(findings, 'meta:place')}
        hint="Tên tỉnh, thành phố hoặc xã, phường nơi cơ quan đóng trụ sở."
      />
      <div className="pp-date">
        <FieldRow label="Ngày" field="meta:date" className="pp-date-part">
          {(ids) => (
            <select
              {...ids}
              value={shownDay === null ? BLANK : String(shownDay)}
              onChange={(event) => {
                const day = event.currentTarget.value === BLANK ? null : Number(event.currentTarget.value);
                if (day !== null && date.month === null) {
                  setPendingDay(day);
                  return;
                }
                setPendingDay(null);
                changeDate({ day });
              }}
            >
              <option value={BLANK}>trống</option>
              {DAYS.map((d) => (
                <option key={d} value={String(d)}>
                  {formatDay(d)}
                </option>
              ))}
            </select>
          )}
        </FieldRow>
        <FieldRow label="Tháng" field="meta:date.month" className="pp-date-part">
          {(ids) => (
            <select
              {...ids}
              value={date.month === null ? BLANK : String(date.month)}
              onChange={(event) => {
                const month = event.currentTarget.value === BLANK ? null : Number(event.currentTarget.value);
                // A blank month takes the day with it; a waiting day comes in with the month.
                const day = month === null ? null : (date.day ?? pendingDay);
                setPendingDay(month === null ? (date.day ?? pendingDay) : null);
                changeDate({ month, day }, 'meta:date.month');
              }}
            >
              <option value={BLANK}>trống</option>
              {MONTHS.map((m) => (
                <option key={m} value={String(m)}>
                  {formatMonth(m)}
                </option>
              ))}
            </select>
          )}
        </FieldRow>
        <TextRow
          label="Năm"
          field="meta:date.year"
          className="pp-date-part pp-year"
          inputMode="numeric"
          value={date.year === null ? '' : String(date.year)}
          read={(text) => {
            const year = readYear(text);
            return year.ok ? { ok: true, value: String(year.value) } : year;
          }}
          onCommit={(value) => {
            changeDate({ year: Number(value) }, 'meta:date.year');
          }}
        />
        <button
          type="button"
          className="pp-today"
          onClick={() => {
            setPendingDay(null);
            changeDate(today());
          }}
        >
          Hôm nay
        </button>
      </div>
      {pendingDay !== null && date.month === null && (
        <p className="pp-error" role="alert">
          Chưa có tháng thì không ghi được ngày: hãy chọn tháng (ngày {formatDay(pendingDay)} sẽ được ghi cùng tháng).
        </p>
      )}
      {dateFindings.map((finding) => (
        <FindingNote key={finding.message} finding={finding} />
      ))}
      <p className="pp-hint">Để trống ngày hoặc cả ngày và tháng để văn thư ghi khi ký.</p>
      <LayoutPreview label="Địa danh, ngày tháng khi in" blocks={preview} profile={profile} />
    </PanelSection>
  );
}
