import { LikeFilled, LikeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Form, Input, Segmented, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useApiGet, useApiMutation } from '../api/queries.ts';
import { apiKey, queryKeys } from '../api/query-keys.ts';
import { errorMessage } from '../components/api-error-alert.tsx';
import { validValues } from '../components/form-errors.ts';
import { useT } from '../i18n/use-t.ts';
import type { ProgrammeSummary } from '../programmes/programme-types.ts';
import { CitizenSignIn } from './citizen-sign-in.tsx';
import { type PublicTopic, type SupportResult, topicsApi, useCitizen } from './topics-api.ts';
import { ColourTag } from '../programmes/status-tag.tsx';
import { formatDay } from '../components/date-format.ts';
import './topics.css';

/** 群众点题: open windows, published topics ranked by support, propose and support (signed-in citizens). */
export function PublicTopicsPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const me = useCitizen();
  const [chosen, setChosen] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ topicId: number | null; type: 'success' | 'error'; text: string } | null>(
    null,
  );
  const [form] = Form.useForm<{ title: string; description: string }>();

  const programmeList = useApiGet<{ items: ProgrammeSummary[] }>('/public/programmes');
  const programmes = useMemo(
    () => programmeList.data?.items.filter((p) => p.topicWindow.opensAt !== null) ?? null,
    [programmeList.data],
  );
  const programmeId = chosen ?? (programmes?.find((p) => p.topicWindow.open) ?? programmes?.[0])?.id ?? null;
  const topicsQuery = { programmeId, sort: 'support', limit: 50 } as const;
  const topicList = useApiGet<{ items: PublicTopic[] }>(programmeId === null ? null : '/public/topics', topicsQuery);
  const topics = topicList.data?.items ?? null;
  const mine = useApiGet<{ items: PublicTopic[] }>(me ? '/public/topics/mine' : null).data?.items ?? [];
  const loadError = programmeList.error ?? topicList.error;

  const programme = programmes?.find((p) => p.id === programmeId) ?? null;
  const open = programme?.topicWindow.open ?? false;

  // The answer is put on the topic where it stands: refetching the ranking would move it under the
  // citizen's finger. A read of the list still under way began before the write: it is dropped.
  const support = useApiMutation(
    (topic: PublicTopic) => (topic.supportedByMe ? topicsApi.withdraw(topic.id) : topicsApi.support(topic.id)),
    [],
  );
  const toggleSupport = async (topic: PublicTopic) => {
    setNotice(null);
    let result: SupportResult;
    try {
      result = await support.mutateAsync(topic);
    } catch (error) {
      setNotice({ topicId: topic.id, type: 'error', text: errorMessage(error) });
      return;
    }
    const queryKey = apiKey('/public/topics', topicsQuery);
    await queryClient.cancelQueries({ queryKey, exact: true });
    queryClient.setQueryData<{ items: PublicTopic[] }>(
      queryKey,
      (list) =>
        list && {
          ...list,
          items: list.items.map((x) =>
            x.id === topic.id ? { ...x, supportCount: result.supportCount, supportedByMe: result.supportedByMe } : x,
          ),
        },
    );
    if (result.supportedByMe)
      setNotice({ topicId: topic.id, type: 'success', text: t('topics.supportDone', { left: result.supportsLeft }) });
  };
  const busy = support.isPending ? (support.variables?.id ?? null) : null;

  // 我的点题 is read again with the new one in it.
  const proposal = useApiMutation(topicsApi.propose, [queryKeys.publicTopics]);
  const propose = async () => {
    if (programmeId === null) return;
    const values = await validValues(form);
    if (!values) return;
    setNotice(null);
    try {
      await proposal.mutateAsync({ programmeId, title: values.title.trim(), description: values.description.trim() });
      form.resetFields();
      setNotice({ topicId: null, type: 'success', text: t('topics.proposeDone') });
    } catch (error) {
      setNotice({ topicId: null, type: 'error', text: errorMessage(error) });
    }
  };

  return (
    <div className="topics-page" data-testid="topics-page">
      <h1 className="citizen-heading">{t('topics.title')}</h1>
      {programmes && programmes.length > 1 && (
        <Segmented
          block
          value={programmeId ?? undefined}
          onChange={(value) => setChosen(Number(value))}
          options={programmes.map((p) => ({ value: p.id, label: p.title }))}
        />
      )}
      {programmes && programmes.length === 0 && <Empty description={t('topics.noWindow')} />}
      {programme && (
        <Card size="small" className="topics-window">
          <h2 className="topics-programme">{programme.title}</h2>
          {programme.topicWindow.intro && <p>{programme.topicWindow.intro}</p>}
          <ColourTag color={open ? 'green' : 'default'} data-testid="topics-window">
            {open
              ? t('topics.windowOpen', { date: formatDay(programme.topicWindow.closesAt) })
              : t('topics.windowClosed')}
          </ColourTag>
        </Card>
      )}
      {loadError && <Alert type="error" showIcon title={errorMessage(loadError)} data-testid="topics-notice" />}
      {notice && notice.topicId === null && (
        <Alert type={notice.type} showIcon title={notice.text} data-testid="topics-notice" />
      )}

      <ol className="topics-list" data-testid="topics-list">
        {topics?.map((topic, index) => (
          <li key={topic.id} className="topics-item" data-testid="topic-item">
            <div className="topics-rank" aria-hidden="true">
              {index + 1}
            </div>
            <div className="topics-body">
              <h3 className="topics-item-title">{topic.title}</h3>
              <p className="topics-desc">{topic.description}</p>
              <div className="topics-meta">
                <span data-testid="topic-supports">{t('topics.supports', { count: topic.supportCount })}</span>
                {topic.status === 'selected' && <ColourTag color="blue">{t('topics.selected')}</ColourTag>}
                {topic.task && <Link to={`/m/topics/${topic.id}`}>{t('topics.progress')}</Link>}
              </div>
              {notice && notice.topicId === topic.id && (
                <Alert
                  type={notice.type}
                  showIcon
                  title={notice.text}
                  className="topics-error"
                  data-testid="topic-notice"
                />
              )}
            </div>
            {!me && open && topic.status === 'published' && (
              <Button
                className="topics-support"
                icon={<LikeOutlined aria-hidden="true" />}
                onClick={() => document.querySelector<HTMLInputElement>('[data-testid="topics-mobile"]')?.focus()}
              >
                {t('topics.support')}
              </Button>
            )}
            {me &&
              (topic.allowedActions.includes('support') ||
                topic.allowedActions.includes('withdrawSupport') ||
                topic.supportedByMe ||
                open) && (
                <Button
                  className="topics-support"
                  type={topic.supportedByMe ? 'primary' : 'default'}
                  icon={topic.supportedByMe ? <LikeFilled aria-hidden="true" /> : <LikeOutlined aria-hidden="true" />}
                  loading={busy === topic.id}
                  aria-pressed={topic.supportedByMe}
                  onClick={() => void toggleSupport(topic)}
                  data-testid="topic-support"
                >
                  {topic.supportedByMe ? t('topics.supported') : t('topics.support')}
                </Button>
              )}
          </li>
        ))}
      </ol>
      {topics && topics.length === 0 && <Empty description={t('topics.empty')} />}

      {open && (
        <Card size="small" title={t('topics.propose')} className="topics-propose">
          {me ? (
            <>
              <p className="topics-muted">{t('topics.signedInAs', { name: me.person.displayName })}</p>
              <Form form={form} layout="vertical" requiredMark={false}>
                <Form.Item
                  name="title"
                  label={t('topics.proposeTitle')}
                  rules={[{ required: true, whitespace: true, min: 4, max: 60, message: t('topics.titleRule') }]}
                >
                  <Input maxLength={60} data-testid="topic-title" />
                </Form.Item>
                <Form.Item
                  name="description"
                  label={t('topics.proposeDescription')}
                  rules={[
                    { required: true, whitespace: true, min: 10, max: 2000, message: t('topics.descriptionRule') },
                  ]}
                >
                  <Input.TextArea rows={4} maxLength={2000} data-testid="topic-description" />
                </Form.Item>
                <Button
                  type="primary"
                  block
                  loading={proposal.isPending}
                  onClick={() => void propose()}
                  data-testid="topic-propose"
                >
                  {t('topics.proposeSubmit')}
                </Button>
              </Form>
            </>
          ) : (
            <CitizenSignIn
              onSignedIn={(signedIn) => queryClient.setQueryData(queryKeys.session, { signedIn: true, me: signedIn })}
            />
          )}
        </Card>
      )}

      {me && mine.length > 0 && (
        <Card size="small" title={t('topics.mine')}>
          <ul className="topics-mine" data-testid="topics-mine">
            {mine.map((topic) => (
              <li key={topic.id}>
                {topic.title} <Tag>{t(`topics.tstatus.${topic.status}`)}</Tag>
                {topic.moderationNote && <div className="topics-muted">{topic.moderationNote}</div>}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
