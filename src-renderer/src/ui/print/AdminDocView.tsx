/**
 * Renders an AdminDoc (domain/documents) in the print layout of AdminDocument: the same value the
 * Word writer turns into a .docx, so print and Word file say the same thing.
 */
import type { AdminDoc, DocAlign, DocBlock, DocCell, DocTable } from '@/domain/documents/adminDoc';
import { AdminDocument } from './AdminDocument';

const alignClass = (a: DocAlign | undefined) => (a === 'center' ? 'center' : a === 'right' ? 'right' : '');

function Cell({ c, head }: { c: DocCell; head: boolean }) {
  const props = { colSpan: c.colSpan, rowSpan: c.rowSpan, className: alignClass(c.align) || undefined };
  const text = c.bold ? <b>{c.text}</b> : c.text;
  return head && !c.italic ? <th {...props}>{text}</th> : <td {...props}>{text}</td>;
}

function Table({ t, className }: { t: DocTable; className?: string }) {
  const groups = new Set(t.groupRows ?? []);
  return (
    <table className={`admin-table admin-table--fixed${t.compact ? ' admin-table--compact' : ''}${className ? ` ${className}` : ''}`}>
      <colgroup>
        {t.columns.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        {t.header.map((row, i) => (
          <tr key={i} className={row.every((c) => c.italic) ? 'col-numbers' : undefined}>
            {row.map((c, j) => (
              <Cell key={j} c={c} head />
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {t.rows.map((row, i) => (
          <tr key={i} className={groups.has(i) ? 'group-row' : undefined}>
            {row.map((c, j) => (
              <Cell key={j} c={c} head={false} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Block({ b, tableClassName }: { b: DocBlock; tableClassName?: string }) {
  switch (b.kind) {
    case 'heading':
      return (
        <p style={{ textIndent: 0, marginTop: '6pt' }}>
          <b>{b.text}</b>
        </p>
      );
    case 'paragraph':
      return (
        <p style={{ textIndent: b.indent ? undefined : 0, textAlign: b.align }}>
          {b.runs.map((r, i) => {
            const t = r.italic ? <i>{r.text}</i> : r.text;
            return <span key={i}>{r.bold ? <b>{t}</b> : t}</span>;
          })}
        </p>
      );
    case 'table':
      return <Table t={b} {...(tableClassName ? { className: tableClassName } : {})} />;
  }
}

export function AdminDocView({ doc, tableClassName }: { doc: AdminDoc; tableClassName?: string }) {
  return (
    <AdminDocument
      profile={{ parentBody: doc.parentBody, allianceName: doc.agencyName }}
      orientation={doc.orientation}
      numberLine={doc.numberLine}
      dateLine={doc.dateLine}
      title={doc.title}
      subtitle={doc.subtitle}
      subtitleNote={doc.subtitleNote}
      signature={doc.signature ?? false}
      leftSignature={doc.leftSignature}
      recipients={doc.recipients}
      filing={doc.filing}
    >
      {doc.body.map((b, i) => (
        <Block key={i} b={b} {...(tableClassName ? { tableClassName } : {})} />
      ))}
    </AdminDocument>
  );
}
