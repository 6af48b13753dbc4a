import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { apiRequest, isApiError } from '../api/client.ts';
import { useT } from '../i18n/use-t.ts';
import type { UploadedAttachment } from './case-types.ts';

const accepted = 'image/jpeg,image/png,image/gif,image/webp,application/pdf';

/** Tokens of the finished uploads, for an action's `attachments`. */
export function uploadedTokens(files: readonly UploadFile[] | undefined): string[] {
  return (files ?? []).flatMap((file) =>
    file.status === 'done' && file.response ? [(file.response as UploadedAttachment).token] : [],
  );
}

/** True while a file is still on its way up. */
export function uploadsPending(files: readonly UploadFile[] | undefined): boolean {
  return (files ?? []).some((file) => file.status === 'uploading');
}

/**
 * 佐证材料: images and PDFs, each uploaded at once (POST /attachments) and attached to the action by
 * its token. Use inside Form.Item with valuePropName="fileList".
 */
export function EvidenceUpload({
  fileList,
  onChange,
  id,
}: {
  fileList?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  id?: string;
}) {
  const t = useT();
  return (
    <Upload
      id={id}
      accept={accepted}
      multiple
      maxCount={9}
      listType="picture"
      fileList={fileList ?? []}
      onChange={(info) => onChange?.(info.fileList)}
      customRequest={({ file, onSuccess, onError }) => {
        const blob = file as File;
        apiRequest<UploadedAttachment>('POST', '/attachments', {
          raw: { body: blob, contentType: blob.type || 'application/octet-stream' },
          query: { name: blob.name },
        }).then(
          (uploaded) => onSuccess?.(uploaded),
          (error: unknown) => {
            const reason = isApiError(error) ? error.message : String(error);
            const text = t('cases.form.uploadFailed', { name: blob.name, message: reason });
            // The second argument becomes the file's `response`, which the list shows on the failed file.
            onError?.(Object.assign(new Error(text), { status: isApiError(error) ? error.status : 0 }), text as never);
          },
        );
      }}
    >
      <Button icon={<UploadOutlined aria-hidden="true" />} data-testid="evidence-upload">
        {t('cases.form.upload')}
      </Button>
    </Upload>
  );
}
