import { Alert, Button, Card, Empty, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApiGet, useApiMutation } from '../../api/queries.ts';
import { apiKey } from '../../api/query-keys.ts';
import type { RelatedCategories } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { CategoryTreeSelect } from '../../cases/category-tree-select.tsx';
import { useCategories } from '../../cases/use-categories.ts';
import { useT } from '../../i18n/use-t.ts';

/**
 * 分类管理 · 相关分类: an administrator picks a (leaf) category and marks others as the same problem,
 * so intake counts a case of one as a recurrence (反弹回潮) of a closed case of the other nearby.
 * Adding and removing ask for confirmation; the server audits both.
 */
export function RelatedCategoriesPage() {
  const t = useT();
  const { showError, message } = useApiFeedback();
  const { categories, loading } = useCategories();
  const [selected, setSelected] = useState<number | undefined>();
  const [adding, setAdding] = useState<number | undefined>();
  const { data, error } = useApiGet<RelatedCategories>(
    selected === undefined ? null : `/categories/${selected}/related`,
  );
  const names = new Map(categories.map((c) => [c.id, c.nameZh]));
  const selectedName = selected === undefined ? '' : (names.get(selected) ?? '');
  const canEdit = data?.allowedActions.includes('add') ?? false;
  const add = useApiMutation(
    (relatedId: number) => api.post<RelatedCategories>(`/categories/${selected}/related`, { categoryId: relatedId }),
    (_data, relatedId) => [apiKey(`/categories/${selected}/related`), apiKey(`/categories/${relatedId}/related`)],
  );
  const remove = useApiMutation(
    (relatedId: number) => api.delete<RelatedCategories>(`/categories/${selected}/related/${relatedId}`),
    (_data, relatedId) => [apiKey(`/categories/${selected}/related`), apiKey(`/categories/${relatedId}/related`)],
  );
  const done = () => void message.success(t('categories.related.saved'));

  return (
    <div className="related-categories-page" data-testid="related-categories-page">
      <Typography.Paragraph type="secondary">{t('categories.related.intro')}</Typography.Paragraph>
      <div className="admin-toolbar">
        <Space wrap>
          <CategoryTreeSelect
            categories={categories}
            loading={loading}
            leavesOnly
            value={selected ?? null}
            onChange={(value) => {
              setSelected(value);
              setAdding(undefined);
            }}
            placeholder={t('categories.related.pick')}
            className="related-categories-pick"
            testId="related-categories-pick"
            aria-label={t('categories.related.pick')}
          />
        </Space>
      </div>
      {error ? <ApiErrorAlert error={error} /> : null}
      {selected === undefined ? (
        <Empty description={t('categories.related.pickFirst')} data-testid="related-categories-none-picked" />
      ) : (
        <Card
          size="small"
          title={t('categories.related.title', { category: selectedName })}
          data-testid="related-categories-card"
        >
          {data && data.items.length === 0 ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('categories.related.empty')}
              data-testid="related-categories-empty"
            />
          ) : (
            <List
              size="small"
              loading={!data}
              dataSource={data?.items ?? []}
              data-testid="related-categories-list"
              renderItem={(item) => (
                <List.Item
                  data-testid="related-category"
                  actions={
                    canEdit
                      ? [
                          <Popconfirm
                            key="remove"
                            title={t('categories.related.removeTitle', { a: selectedName, b: item.nameZh })}
                            description={t('categories.related.removeBody')}
                            okText={t('categories.related.remove')}
                            cancelText={t('common.cancel')}
                            onConfirm={() =>
                              remove
                                .mutateAsync(item.id)
                                .then(done)
                                .catch((caught: unknown) => showError(caught))
                            }
                          >
                            <Button size="small" danger data-testid="related-category-remove">
                              {t('categories.related.remove')}
                            </Button>
                          </Popconfirm>,
                        ]
                      : []
                  }
                >
                  <span>{item.pathNames.join(' / ')}</span>
                </List.Item>
              )}
            />
          )}
          {canEdit ? (
            <Space wrap className="related-categories-add">
              <CategoryTreeSelect
                categories={categories.filter((c) => c.id !== selected)}
                leavesOnly
                value={adding ?? null}
                onChange={setAdding}
                placeholder={t('categories.related.addPick')}
                className="related-categories-pick"
                testId="related-categories-add-pick"
                aria-label={t('categories.related.addPick')}
              />
              <Popconfirm
                title={t('categories.related.addTitle', {
                  a: selectedName,
                  b: adding === undefined ? '' : (names.get(adding) ?? ''),
                })}
                description={t('categories.related.addBody')}
                okText={t('categories.related.add')}
                cancelText={t('common.cancel')}
                disabled={adding === undefined}
                onConfirm={() =>
                  adding === undefined
                    ? undefined
                    : add
                        .mutateAsync(adding)
                        .then(() => {
                          setAdding(undefined);
                          done();
                        })
                        .catch((caught: unknown) => showError(caught))
                }
              >
                <Button type="primary" disabled={adding === undefined} data-testid="related-categories-add">
                  {t('categories.related.add')}
                </Button>
              </Popconfirm>
            </Space>
          ) : (
            <Alert type="info" showIcon message={t('categories.related.readOnly')} />
          )}
        </Card>
      )}
    </div>
  );
}
