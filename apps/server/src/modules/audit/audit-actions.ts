import { type Text, tx } from '@carenet/domain';

/** Whether the recorded attempt went through or was refused (a failed sign-in, a policy denial). */
export type AuditOutcome = 'SUCCEEDED' | 'REFUSED';

interface ActionSpec {
  name: Text;
  outcome?: AuditOutcome;
}

/**
 * Every action the audit log records, by group, with its name in both languages: the one list the
 * API serves (`auditActions`) and the dashboard's filter and detail view use. AuditService.record
 * accepts only these, so a new action must be named here first.
 */
export const AUDIT_ACTION_GROUPS = {
  'auth.': {
    name: tx('Sign-in and sessions', '登录与会话'),
    actions: {
      'auth.login': { name: tx('Signed in', '登录') },
      'auth.login.failed': { name: tx('Sign-in failed', '登录失败'), outcome: 'REFUSED' },
      'auth.activation': { name: tx('Activated an account with a code', '使用激活码激活账号') },
      'auth.activation.failed': { name: tx('Activation with a code failed', '激活失败'), outcome: 'REFUSED' },
      'auth.logout': { name: tx('Signed out', '退出登录') },
      'auth.password.change': { name: tx('Changed own password', '修改密码') },
      'auth.refused': { name: tx('Request refused: not signed in', '请求被拒绝：未登录或凭据无效'), outcome: 'REFUSED' },
    },
  },
  'access.': {
    name: tx('Access', '访问控制'),
    actions: {
      'access.denied': { name: tx('Request refused: not allowed', '请求被拒绝：无权限'), outcome: 'REFUSED' },
    },
  },
  'user.': {
    name: tx('Accounts', '账号'),
    actions: {
      'user.create': { name: tx('Created an account', '创建账号') },
      'user.grants.set': { name: tx("Changed an account's roles", '修改账号角色') },
      'user.deactivate': { name: tx('Deactivated an account', '停用账号') },
      'user.activate': { name: tx('Reactivated an account', '启用账号') },
      'user.password.reset': { name: tx("Reset an account's password", '重置账号密码') },
      'user.activationCode.issue': { name: tx('Issued a new activation code', '重新签发激活码') },
    },
  },
  'apiToken.': {
    name: tx('API tokens', 'API 令牌'),
    actions: {
      'apiToken.create': { name: tx('Created an API token', '创建 API 令牌') },
      'apiToken.revoke': { name: tx('Revoked an API token', '撤销 API 令牌') },
    },
  },
  'roster.': {
    name: tx('Roster', '名册'),
    actions: {
      'roster.import': { name: tx('Imported a roster file', '导入名册') },
      'roster.students.export': { name: tx('Exported the student list', '导出学生名单') },
      'roster.export': { name: tx("Exported a college's roster", '导出学院网络名册') },
      'roster.gaps.export': { name: tx("Exported a college's gap list", '导出学院缺口清单') },
    },
  },
  'appointment.': {
    name: tx('Appointments', '任职'),
    actions: {
      'appointment.committee.create': { name: tx('Appointed a committee member', '任命心理委员') },
      'appointment.committee.end': { name: tx("Ended a committee member's post", '心理委员离任') },
      'appointment.officer.create': { name: tx('Appointed a dorm officer', '任命宿舍信息员') },
      'appointment.officer.end': { name: tx("Ended a dorm officer's post", '宿舍信息员离任') },
      'appointment.officer.bulk': { name: tx('Appointed every suggested dorm officer of a college', '任命全部建议信息员') },
    },
  },
  'workingGroup.': {
    name: tx('Working groups', '工作组'),
    actions: {
      'workingGroup.upsert': { name: tx('Changed a working-group member', '修改工作组成员') },
      'workingGroup.remove': { name: tx('Removed a working-group member', '移除工作组成员') },
    },
  },
  'workstation.': {
    name: tx('Workstations', '工作站'),
    actions: {
      'workstation.set': { name: tx('Changed a workstation', '修改工作站') },
    },
  },
  'student.': {
    name: tx('Sensitive reads', '敏感数据读取'),
    actions: {
      'student.contact.read': { name: tx("Read a student's contact data", '查看学生联系方式') },
    },
  },
  'semester.': {
    name: tx('Semester calendar', '学期设置'),
    actions: {
      'semester.set': { name: tx("Set a semester's name and dates", '设置学期名称与日期') },
    },
  },
  'training.': {
    name: tx('Training', '培训'),
    actions: {
      'training.programme.set': { name: tx("Set a semester's training programme", '设置学期培训方案') },
      'training.session.create': { name: tx('Added a training session', '新增培训') },
      'training.session.update': { name: tx('Changed a training session', '修改培训') },
      'training.session.held': { name: tx('Marked a training session held', '标记培训已举办') },
      'training.session.planned': { name: tx('Marked a training session planned again', '将培训改回计划中') },
      'training.session.delete': { name: tx('Deleted a training session', '删除培训') },
      'training.attendance.record': { name: tx('Recorded training attendance', '登记培训签到') },
      'training.attendance.remove': { name: tx('Removed a training attendance', '删除培训签到') },
      'training.completion.record': { name: tx('Recorded module completions', '登记模块完成') },
      'training.completion.remove': { name: tx('Removed a module completion', '删除模块完成记录') },
      'training.import': { name: tx('Imported training records', '导入培训记录') },
      'training.plan.export': { name: tx("Exported a college's training plan", '导出学院培训计划') },
    },
  },
  'screening.': {
    name: tx('Screening', '心理筛查'),
    actions: {
      'screening.campaign.create': { name: tx('Created a screening campaign', '创建筛查活动') },
      'screening.import': { name: tx('Imported screening results', '导入筛查结果') },
      'screening.result.read': { name: tx("Read a student's screening result", '查看学生筛查结果') },
      'screening.followUp.read': { name: tx('Read follow-ups of flagged students', '查看筛查跟进记录') },
      'screening.followUp.update': { name: tx('Moved a follow-up on', '更新跟进状态') },
      'screening.rescore': { name: tx("Rescored a campaign's results", '重新计分') },
    },
  },
  'submission.': {
    name: tx('Submissions', '材料报送'),
    actions: {
      'submission.deadline.set': { name: tx('Set a submission deadline', '设置报送截止日期') },
      'submission.submit': { name: tx('Submitted a roster or training plan', '提交报送材料') },
      'submission.paper': { name: tx('Recorded the stamped paper copy', '登记纸质版') },
      'submission.accept': { name: tx('Accepted a submission', '通过报送') },
      'submission.return': { name: tx('Returned a submission', '退回报送') },
      'submission.export': { name: tx('Exported a submitted document', '导出报送材料') },
      'submission.matrix.export': { name: tx('Exported the submissions of a semester', '导出报送情况表') },
    },
  },
  'audit.': {
    name: tx('Audit log', '审计日志'),
    actions: {
      'audit.read': { name: tx('Read the audit log', '查看审计日志') },
      'audit.export': { name: tx('Exported the audit log', '导出审计日志') },
    },
  },
  'demo.': {
    name: tx('Demo data', '演示数据'),
    actions: {
      'demo.create': { name: tx('Filled the database with demo data', '生成演示数据') },
    },
  },
} as const satisfies Record<string, { name: Text; actions: Record<string, ActionSpec> }>;

type Groups = typeof AUDIT_ACTION_GROUPS;
export type AuditAction = { [G in keyof Groups]: keyof Groups[G]['actions'] }[keyof Groups] & string;

export interface AuditActionInfo {
  action: AuditAction;
  name: Text;
  outcome: AuditOutcome;
}

/** The groups in order, each with its actions. */
export function auditActionGroups(): { prefix: string; name: Text; actions: AuditActionInfo[] }[] {
  return Object.entries(AUDIT_ACTION_GROUPS).map(([prefix, g]) => ({
    prefix,
    name: g.name,
    actions: Object.entries(g.actions as Record<string, ActionSpec>).map(([action, a]) => ({
      action: action as AuditAction,
      name: a.name,
      outcome: a.outcome ?? 'SUCCEEDED',
    })),
  }));
}
