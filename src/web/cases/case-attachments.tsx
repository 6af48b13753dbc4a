import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Image } from 'antd';
import { useT } from '../i18n/use-t.ts';
import type { AttachmentInfo } from './case-types.ts';

const sizeOf = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** 附件: images as thumbnails that open a preview; PDFs and other files as links. */
export function CaseAttachments({ attachments }: { attachments: readonly AttachmentInfo[] }) {
  const t = useT();
  if (attachments.length === 0) return <p className="case-muted">{t('cases.attachments.none')}</p>;
  const images = attachments.filter((a) => a.contentType.startsWith('image/'));
  const files = attachments.filter((a) => !a.contentType.startsWith('image/'));
  return (
    <div data-testid="case-attachments">
      {images.length > 0 && (
        <Image.PreviewGroup>
          <div className="case-thumbs">
            {images.map((a) => (
              <Image
                key={a.id}
                src={a.url}
                width={96}
                height={96}
                className="case-thumb"
                alt={t('cases.attachments.image', { name: a.fileName })}
                data-testid="case-thumb"
              />
            ))}
          </div>
        </Image.PreviewGroup>
      )}
      {files.length > 0 && (
        <ul className="case-files">
          {files.map((a) => (
            <li key={a.id}>
              {a.contentType === 'application/pdf' ? (
                <FilePdfOutlined aria-hidden="true" />
              ) : (
                <PaperClipOutlined aria-hidden="true" />
              )}
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.fileName}
              </a>
              <span className="case-muted">{sizeOf(a.size)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
