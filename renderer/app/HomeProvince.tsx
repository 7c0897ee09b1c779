/**
 * The province the clerk's organ belongs to. The agency directory reads names without a place
 * ("Sở Tài chính", "UBND tỉnh") as that province's bodies, so the organ search, the agency
 * suggestions and the checker follow it. Until the clerk chooses, the shipped province is used and
 * the start screen says so.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useAppInfo, useDocumentActions } from '../base/app-context';
import { host } from '../host/host';

export function HomeProvince(): ReactNode {
  const { agencies } = useAppInfo();
  const actions = useDocumentActions();
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  // Listed by main, which reads them from the directory's 27,000 organs.
  const [provinces, setProvinces] = useState<readonly string[]>([]);
  useEffect(() => {
    host()
      .call('agencies.province', {})
      .then((answer) => {
        setChosen(answer.chosen);
        setProvinces(answer.provinces);
      })
      .catch(() => {
        setChosen(null);
      });
  }, []);
  if (agencies === null) return null;
  return (
    <section className="start-province" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Tỉnh, thành phố của cơ quan</h2>
      {chosen === false && (
        <p role="note">
          Chưa chọn tỉnh, thành phố: danh mục cơ quan, gợi ý đơn vị và kiểm tra đang hiểu “Sở Tài chính”, “UBND tỉnh” là của{' '}
          {agencies.province}. Hãy chọn nơi cơ quan của bạn đóng trụ sở.
        </p>
      )}
      <label htmlFor={id}>Tỉnh, thành phố</label>{' '}
      <select
        id={id}
        value={agencies.province}
        disabled={busy}
        onChange={(event) => {
          setBusy(true);
          void actions.setHomeProvince(event.target.value).finally(() => {
            setBusy(false);
            setChosen(true);
          });
        }}
      >
        {provinces.map((province) => (
          <option key={province} value={province}>
            {province}
          </option>
        ))}
      </select>
    </section>
  );
}
