import { Form, Input, Select } from 'antd';
import { CategoryTreeSelect } from '../../cases/category-tree-select.tsx';
import { useCategories } from '../../cases/use-categories.ts';
import { useT } from '../../i18n/use-t.ts';
import type { OfficeTopic } from './office-topic-types.ts';
import { TopicActionModal } from './topic-action-modal.tsx';

interface PublishValues {
  keywords: string[];
  categoryId?: number;
  note?: string;
}

const length = (word: string) => [...word.trim()].length;

/** 审核发布: keywords and a category (they find the related cases), and an optional note. */
export function PublishTopicModal({
  topic,
  onClose,
  onDone,
}: {
  topic: OfficeTopic;
  onClose: () => void;
  onDone: (next: OfficeTopic) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<PublishValues>();
  const { categories, loading } = useCategories();
  return (
    <TopicActionModal<PublishValues>
      topic={topic}
      action="publish"
      form={form}
      title={t('topicOffice.publish.title', { title: topic.title })}
      hint={t('topicOffice.publish.hint')}
      okText={t('topicOffice.publish.submit')}
      initialValues={{
        keywords: topic.keywords,
        ...(topic.category ? { categoryId: topic.category.id } : {}),
        note: '',
      }}
      fieldNames={['keywords', 'categoryId', 'note']}
      toBody={(values) => ({
        keywords: [...new Set(values.keywords.map((k) => k.trim()).filter(Boolean))],
        categoryId: values.categoryId ?? null,
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
      })}
      successText={() => t('topicOffice.done.publish')}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item
        name="keywords"
        label={t('topicOffice.publish.keywords')}
        rules={[
          {
            validator: (_rule, value: string[] | undefined) =>
              (value ?? []).length <= 10 && (value ?? []).every((k) => length(k) >= 2 && length(k) <= 20)
                ? Promise.resolve()
                : Promise.reject(new Error(t('topicOffice.publish.keywordsRule'))),
          },
        ]}
      >
        <Select
          mode="tags"
          open={false}
          suffixIcon={null}
          tokenSeparators={[',', '，', '、', ' ']}
          placeholder={t('topicOffice.publish.keywordsPlaceholder')}
          aria-label={t('topicOffice.publish.keywords')}
          data-testid="topic-publish-keywords"
        />
      </Form.Item>
      <Form.Item name="categoryId" label={t('topicOffice.publish.category')}>
        <CategoryTreeSelect
          categories={categories}
          loading={loading}
          allowClear
          placeholder={t('topicOffice.publish.categoryPlaceholder')}
          aria-label={t('topicOffice.publish.category')}
          testId="topic-publish-category"
        />
      </Form.Item>
      <Form.Item name="note" label={t('topicOffice.publish.note')}>
        <Input.TextArea rows={2} maxLength={1000} placeholder={t('topicOffice.publish.notePlaceholder')} />
      </Form.Item>
    </TopicActionModal>
  );
}
