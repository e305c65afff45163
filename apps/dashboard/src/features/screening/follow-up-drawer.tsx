import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, App, Button, Descriptions, Drawer, Form, Input, Radio, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import type { FollowUpFieldsFragment, FollowUpStatus, ReferralTarget } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { allowedTransitions, NOTE_MAX, REFERRAL_TARGETS, stepProblem } from './follow-up-logic';
import { SCREENING_RESULT, UPDATE_FOLLOW_UP } from './screening.operations';

type Step = Exclude<FollowUpStatus, 'PENDING'>;

export function StatusTagFor({ status }: { status: FollowUpStatus }) {
  const { t } = useI18n();
  const color = { PENDING: 'gold', IN_PROGRESS: 'blue', REFERRED: 'purple', CLOSED: 'green' }[status];
  return <Tag color={color}>{t(`followUpStatus.${status}`)}</Tag>;
}

interface Props {
  followUp: FollowUpFieldsFragment;
  canWork: boolean;
  canReadAnswers: boolean;
  onClose: () => void;
}

/** The answers behind a follow-up, loaded only on request: every read is audited by the server. */
function ResultAnswers({ resultId }: { resultId: string }) {
  const { t, language } = useI18n();
  const [load, { data, loading, error }] = useLazyQuery(SCREENING_RESULT);
  const r = data?.screeningResult;
  return (
    <div className="screening-result" data-testid="screening-result">
      {!r && (
        <Button loading={loading} onClick={() => void load({ variables: { id: resultId } })} data-testid="view-answers">
          {t('followUps.viewAnswers')}
        </Button>
      )}
      {error && <ErrorAlert error={error} />}
      {r && (
        <>
          <Alert type="warning" showIcon title={r.disclaimer} />
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('followUps.instrument')}>
              {r.instrument} · {r.ruleVersion} · {formatDateTime(r.takenAt, language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('followUps.total')}>{r.total}</Descriptions.Item>
            {r.tier && <Descriptions.Item label={t('followUps.tier')}>{t('followUps.tierValue', { tier: r.tier })}</Descriptions.Item>}
            <Descriptions.Item label={t('followUps.reasons')}>{r.reasons.join(', ') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('followUps.answers')}>
              <span data-testid="screening-answers">{r.answers.map((a, i) => `${i + 1}:${a}`).join('  ')}</span>
            </Descriptions.Item>
          </Descriptions>
        </>
      )}
    </div>
  );
}

/** A follow-up's steps and the next steps the state machine allows, each with a required note. */
export function FollowUpDrawer({ followUp: f, canWork, canReadAnswers, onClose }: Props) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [action, setAction] = useState<FollowUpStatus | null>(null);
  const [note, setNote] = useState('');
  const [referredTo, setReferredTo] = useState<ReferralTarget | null>(null);
  const [tried, setTried] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UPDATE_FOLLOW_UP);
  const next = allowedTransitions(f.status, canWork);
  const problem = action ? stepProblem(f.status, { status: action, note, referredTo }) : null;
  const start = (s: FollowUpStatus) => {
    setAction(s);
    setNote('');
    setReferredTo(null);
    setTried(false);
    reset();
  };
  const submit = async () => {
    setTried(true);
    if (!action || problem) return;
    await update({
      variables: { id: f.id, status: action, note: note.trim(), referredTo: action === 'REFERRED' ? referredTo : null, version: f.version },
    });
    void message.success(t('followUps.saved'));
    setAction(null);
  };
  return (
    <Drawer open onClose={onClose} size={520} title={t('followUps.detailTitle', { name: f.studentName })} data-testid="follow-up-drawer">
      <Alert type="warning" showIcon title={t('screening.disclaimer')} className="screening-disclaimer" />
      <Descriptions column={1} size="small" className="follow-up-facts">
        <Descriptions.Item label={t('followUps.student')}>
          {f.studentName}（{f.studentNo}）
        </Descriptions.Item>
        <Descriptions.Item label={t('followUps.class')}>{f.classCode}</Descriptions.Item>
        <Descriptions.Item label={t('followUps.instrument')}>
          {f.instrument} · {f.campaignName}
        </Descriptions.Item>
        {f.tier && <Descriptions.Item label={t('followUps.tier')}>{t('followUps.tierValue', { tier: f.tier })}</Descriptions.Item>}
        <Descriptions.Item label={t('followUps.dueAt')}>
          <span className={f.overdue ? 'screening-overdue' : undefined}>{formatDateTime(f.dueAt, language)}</span>
          {f.overdue && <Tag color="red">{t('screening.overdue')}</Tag>}
          {f.urgent && <Tag color="volcano">{t('followUps.urgent')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('followUps.status')}>
          <span data-testid="follow-up-status">
            <StatusTagFor status={f.status} />
          </span>
          {f.referredTo && `${t('followUps.referredTo')} ${t(`referral.${f.referredTo}`)}`}
        </Descriptions.Item>
        {f.counselorName && <Descriptions.Item label={t('followUps.counselor')}>{f.counselorName}</Descriptions.Item>}
      </Descriptions>
      {canReadAnswers && <ResultAnswers resultId={f.resultId} />}
      <h3>{t('followUps.steps')}</h3>
      {f.steps.length === 0 ? (
        <p className="muted">{t('followUps.noSteps')}</p>
      ) : (
        <Timeline
          data-testid="follow-up-steps"
          items={f.steps.map((s, i) => ({
            key: i,
            children: (
              <div>
                <div>
                  <StatusTagFor status={s.toStatus} />
                  {s.referredTo && t(`referral.${s.referredTo}`)}
                </div>
                <div className="muted">{t('followUps.stepLine', { actor: s.actor, at: formatDateTime(s.at, language) })}</div>
                <div className="follow-up-note">{s.note}</div>
              </div>
            ),
          }))}
        />
      )}
      {!canWork && <p className="muted">{t('followUps.readOnly')}</p>}
      {next.length > 0 && (
        <Space wrap data-testid="follow-up-actions">
          {next.map((s) => (
            <Button key={s} type={action === s ? 'primary' : 'default'} onClick={() => start(s)} data-testid={`follow-up-action-${s}`}>
              {t(`followUps.action.${s as Step}`)}
            </Button>
          ))}
        </Space>
      )}
      {action && (
        <Form layout="vertical" className="follow-up-form" onFinish={() => void submit().catch(() => undefined)}>
          {action === 'REFERRED' && (
            <Form.Item
              label={t('followUps.referredTo')}
              required
              validateStatus={tried && problem === 'referredTo' ? 'error' : undefined}
              help={tried && problem === 'referredTo' ? t('followUps.referredToRequired') : undefined}
            >
              <Radio.Group
                value={referredTo}
                onChange={(e) => setReferredTo(e.target.value as ReferralTarget)}
                options={REFERRAL_TARGETS.map((r) => ({ value: r, label: t(`referral.${r}`) }))}
                data-testid="follow-up-referred-to"
              />
            </Form.Item>
          )}
          <Form.Item
            label={t('followUps.note')}
            required
            validateStatus={tried && (problem === 'note' || problem === 'noteTooLong') ? 'error' : undefined}
            help={tried && problem === 'note' ? t('followUps.noteRequired') : tried && problem === 'noteTooLong' ? t('followUps.noteTooLong') : undefined}
          >
            <Input.TextArea
              rows={4}
              value={note}
              maxLength={NOTE_MAX}
              showCount
              placeholder={t('followUps.notePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
              data-testid="follow-up-note"
            />
          </Form.Item>
          {error && <ErrorAlert error={error} />}
          <Space>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="follow-up-submit">
              {t(`followUps.action.${action as Step}`)}
            </Button>
            <Button onClick={() => setAction(null)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Drawer>
  );
}
