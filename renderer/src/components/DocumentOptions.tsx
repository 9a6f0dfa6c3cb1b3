import { documentName } from '@shared/documents';
import type { DocumentMeta } from '@shared/model/report';
import { useT } from '@i18n/language';

/**
 * The `<option>`s of a document menu, each named as everywhere (organisation › bureau ›
 * department › title › years (kind)) with the file name on hover.
 */
export function DocumentOptions({
  documents,
}: {
  documents: readonly { id: number; meta: DocumentMeta; fileName: string }[];
}) {
  const t = useT();
  return (
    <>
      {documents.map((doc) => {
        const name = documentName(doc.meta, doc.fileName);
        return (
          <option key={doc.id} value={doc.id} title={name.hover}>
            {t(name.text)}
          </option>
        );
      })}
    </>
  );
}
