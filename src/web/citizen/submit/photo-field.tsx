import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { type Dispatch, type SetStateAction, useEffect, useRef } from 'react';
import { errorMessage } from '../../components/api-error-alert.tsx';
import { useT } from '../../i18n/use-t.ts';
import { citizenApi } from '../citizen-api.ts';

export const MAX_PHOTOS = 9;
/** The server's default limit (ATTACHMENT_MAX_BYTES); a larger file is refused here before it is sent. */
const MAX_MB = 10;
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

export interface Photo {
  key: string;
  name: string;
  previewUrl: string;
  status: 'uploading' | 'done' | 'error';
  token?: string;
}

let photoCount = 0;

/**
 * 现场照片: each chosen photo is uploaded at once (POST /attachments) and shown as a thumbnail; what
 * cannot be sent (too large, not an image, refused) is listed in words under the thumbnails.
 */
export function PhotoField({
  photos,
  setPhotos,
  problems,
  setProblems,
}: {
  photos: Photo[];
  setPhotos: Dispatch<SetStateAction<Photo[]>>;
  problems: string[];
  setProblems: Dispatch<SetStateAction<string[]>>;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const urls = useRef(new Set<string>());

  useEffect(() => {
    const owned = urls.current;
    return () => {
      for (const url of owned) URL.revokeObjectURL(url);
    };
  }, []);

  const upload = async (file: File, key: string) => {
    try {
      const uploaded = await citizenApi.upload(file);
      setPhotos((list) => list.map((p) => (p.key === key ? { ...p, status: 'done', token: uploaded.token } : p)));
    } catch (error) {
      setPhotos((list) => list.filter((p) => p.key !== key));
      setProblems((list) => [...list, t('citizen.photos.failed', { name: file.name, message: errorMessage(error) })]);
    }
  };

  const add = (files: FileList | null) => {
    if (!files) return;
    const found: string[] = [];
    const room = MAX_PHOTOS - photos.length;
    const accepted: Photo[] = [];
    [...files].forEach((file, index) => {
      if (index >= room) {
        if (index === room) found.push(t('citizen.photos.tooMany', { max: MAX_PHOTOS }));
        return;
      }
      if (file.type && !IMAGE_TYPES.includes(file.type))
        return void found.push(t('citizen.photos.notImage', { name: file.name }));
      if (file.size > MAX_MB * 1024 * 1024)
        return void found.push(t('citizen.photos.tooLarge', { name: file.name, size: MAX_MB }));
      const previewUrl = URL.createObjectURL(file);
      urls.current.add(previewUrl);
      const photo: Photo = { key: `p${++photoCount}`, name: file.name, previewUrl, status: 'uploading' };
      accepted.push(photo);
      void upload(file, photo.key);
    });
    setProblems(found);
    setPhotos((list) => [...list, ...accepted]);
    if (input.current) input.current.value = '';
  };

  const remove = (photo: Photo) => {
    setPhotos((list) => list.filter((p) => p.key !== photo.key));
    URL.revokeObjectURL(photo.previewUrl);
    urls.current.delete(photo.previewUrl);
  };

  return (
    <div>
      <div className="citizen-photos" data-testid="citizen-photos">
        {photos.map((photo) => (
          <div key={photo.key} className="citizen-photo" data-status={photo.status}>
            <img src={photo.previewUrl} alt={photo.name} />
            {photo.status === 'uploading' && (
              <span className="citizen-photo-state" role="status">
                {t('citizen.photos.uploading')}
              </span>
            )}
            <Button
              className="citizen-photo-remove"
              size="small"
              shape="circle"
              icon={<CloseOutlined aria-hidden="true" />}
              aria-label={t('citizen.photos.remove', { name: photo.name })}
              onClick={() => remove(photo)}
            />
          </div>
        ))}
        {photos.length < MAX_PHOTOS && (
          <Button className="citizen-photo-add" onClick={() => input.current?.click()} data-testid="citizen-photo-add">
            <CameraOutlined aria-hidden="true" style={{ fontSize: 22 }} />
            <span>{t('citizen.photos.add')}</span>
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept="image/*"
          multiple
          style={{ display: 'none' }}
          tabIndex={-1}
          onChange={(e) => add(e.target.files)}
          data-testid="citizen-photo-input"
          aria-label={t('citizen.photos.add')}
        />
      </div>
      {problems.length > 0 && (
        <div role="alert">
          <ul className="citizen-errors">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="citizen-hint">{t('citizen.photos.hint')}</p>
    </div>
  );
}
