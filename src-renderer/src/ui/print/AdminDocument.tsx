/**
 * AdminDocument: the administrative document layout of Nghị định 30/2020/NĐ-CP, shared by every
 * printed view (nomination lists, council minutes, letters, reports, emulation reports).
 *
 * How a feature uses it:
 *  1. Add a bare route in its routes.tsx, e.g. `{ path: '/print/cluster-report/:id', element: <Report />, bare: true }`
 *     (bare routes render without the app chrome), and link to it or open it from a button.
 *  2. In the view: `const profile = useOfficeProfile();` (features/settings/useOfficeProfile), then
 *     <PrintToolbar fileName="Bao-cao.pdf" landscape={false} />   // screen-only: In / Lưu PDF / Quay lại
 *     <AdminDocument profile={profile} numberLine={formatDocumentNumber('05', 'BC', 'CTĐ')}
 *        dateLine={formatDateLine(profile.placeName, '2025-01-05')} title="BÁO CÁO" subtitle="..."
 *        recipients={['Như trên', 'Lưu: VT']}>
 *       ...body; tables use className="admin-table" with a <thead> (repeated on every page)...
 *     </AdminDocument>
 *  3. orientation="landscape" switches the printed page to A4 landscape (CSS named page).
 *  Page numbers print top centre from page 2 through CSS page-margin boxes (Chromium >= 131:
 *  Electron, Chrome, Edge, page.pdf). Older browsers ignore them; users then enable the page
 *  number in the print dialog. Date line and number line come from domain/print/dateLine.ts.
 */
import type { ReactNode } from 'react';
import type { OfficeProfile } from '@/domain/registry/types';
import { filingLine } from '@/domain/documents/adminDoc';
import { OfficeSetupGuard } from './OfficeSetupGuard';
import './print.css';

export interface SignatureBlock {
  /** e.g. "KT. CHỦ TỊCH"; empty when the head signs in person. Valid pairs with `title`: domain/print/signature.ts. */
  authority?: string;
  title: string;
  name?: string;
}

/** The letterhead lines, plus the signer and drafting unit when the document uses the profile's defaults. */
export type DocumentProfile = Pick<OfficeProfile, 'parentBody' | 'allianceName'> & Partial<OfficeProfile>;

export interface AdminDocumentProps {
  profile: DocumentProfile;
  orientation?: 'portrait' | 'landscape';
  /** "Số: 05/TTr-LMHTX" (formatDocumentNumber); omitted for documents without a number. */
  numberLine?: string;
  /** Trích yếu under the number for official letters, e.g. "V/v đề nghị khen thưởng năm 2025". */
  abstract?: string;
  /** "Hà Nội, ngày 05 tháng 01 năm 2025" (formatDateLine). */
  dateLine: string;
  title?: ReactNode;
  subtitle?: ReactNode;
  /** Italic line under the title, e.g. "(Kèm theo Tờ trình số 05/TTr-LMHTX ngày 05/01/2025)". */
  subtitleNote?: ReactNode;
  children: ReactNode;
  /** Defaults to the office profile's signer; false hides the closing block. */
  signature?: SignatureBlock | false;
  /** Left signature (e.g. the unit's head on a báo cáo thành tích); replaces "Nơi nhận" when given. */
  leftSignature?: SignatureBlock;
  /** "Nơi nhận:" lines; the "Lưu: VT, <unit>, <copies>." line is added last. Omitted = no "Nơi nhận" block (e.g. attached lists). */
  recipients?: string[];
  /** The closing "Lưu: ..." line; defaults to filingLine(profile, recipients). */
  filing?: string;
  className?: string;
}

export function profileSignature(profile: DocumentProfile): SignatureBlock {
  return { authority: profile.signAuthority ?? '', title: profile.leaderTitle ?? '', name: profile.leaderName ?? '' };
}

function Signature({ s }: { s: SignatureBlock }) {
  return (
    <div className="admin-doc__signature" data-testid="signature">
      {s.authority ? <div className="admin-doc__signature-authority">{s.authority}</div> : null}
      <div className="admin-doc__signature-title">{s.title}</div>
      <div className="admin-doc__signature-space" />
      <div className="admin-doc__signature-name">{s.name || '\u00a0'}</div>
    </div>
  );
}

/** The document; before the office profile is saved, a notice linking to the setup instead (no default letterhead). */
export function AdminDocument(props: AdminDocumentProps) {
  return (
    <OfficeSetupGuard>
      <AdminDocumentBody {...props} />
    </OfficeSetupGuard>
  );
}

function AdminDocumentBody(props: AdminDocumentProps) {
  const { profile, orientation = 'portrait' } = props;
  const signature = props.signature === false ? null : (props.signature ?? profileSignature(profile));
  return (
    <article className={`admin-doc admin-doc--${orientation} ${props.className ?? ''}`} data-orientation={orientation}>
      <header className="admin-doc__header">
        <div className="admin-doc__agency">
          {profile.parentBody ? <div className="admin-doc__agency-parent">{profile.parentBody}</div> : null}
          {/* The rules are sized to their own text line (Nghị định 30/2020, Phụ lục I): a shrink-to-fit box holds text and rule. */}
          <div className="admin-doc__ruled">
            <div className="admin-doc__agency-name">{profile.allianceName}</div>
            <hr className="admin-doc__rule admin-doc__rule--short" />
          </div>
          {props.numberLine ? <div className="admin-doc__number">{props.numberLine}</div> : null}
          {props.abstract ? <div className="admin-doc__abstract">{props.abstract}</div> : null}
        </div>
        <div className="admin-doc__motto">
          <div className="admin-doc__motto-state">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="admin-doc__ruled">
            <div className="admin-doc__motto-words">Độc lập - Tự do - Hạnh phúc</div>
            <hr className="admin-doc__rule admin-doc__rule--motto" />
          </div>
          <div className="admin-doc__date">{props.dateLine}</div>
        </div>
      </header>
      {props.title ? <h1 className="admin-doc__title">{props.title}</h1> : null}
      {props.subtitle ? (
        <div className="admin-doc__ruled">
          <div className="admin-doc__subtitle">{props.subtitle}</div>
          <hr className="admin-doc__rule admin-doc__rule--abstract" />
        </div>
      ) : null}
      {props.subtitleNote ? <div className="admin-doc__subtitle-note">{props.subtitleNote}</div> : null}
      <section className="admin-doc__body">{props.children}</section>
      {signature || props.leftSignature ? (
        <footer className="admin-doc__closing">
          {props.leftSignature ? (
            <Signature s={props.leftSignature} />
          ) : props.recipients ? (
            <div className="admin-doc__recipients">
              <div className="admin-doc__recipients-label">Nơi nhận:</div>
              <ul>
                {props.recipients.map((r) => (
                  <li key={r}>- {r};</li>
                ))}
                <li>- {props.filing ?? filingLine(profile, props.recipients.length)}</li>
              </ul>
            </div>
          ) : (
            <div />
          )}
          {signature ? <Signature s={signature} /> : <div />}
        </footer>
      ) : null}
    </article>
  );
}
