import type { Facility, Gender, Locale, NetworkLevel, Position, StudentStatus } from '@carenet/domain';
import { type Text, tx } from '@carenet/domain';

// What exported cells say, in the file's language. Chinese values are the ones the importer reads
// (SPEC.md §7), English ones are the API codes, so an exported list can be imported again.

export const LEVEL_LABEL: Record<NetworkLevel, Text> = {
  UNDERGRADUATE: tx('UNDERGRADUATE', '本科生'),
  GRADUATE: tx('GRADUATE', '研究生'),
};

/** For file names: words, not codes. */
export const LEVEL_FILE: Record<NetworkLevel, Text> = {
  UNDERGRADUATE: tx('undergraduate', '本科生'),
  GRADUATE: tx('graduate', '研究生'),
};

export const STATUS_LABEL: Record<StudentStatus, Text> = {
  ENROLLED: tx('ENROLLED', '在读'),
  SUSPENDED: tx('SUSPENDED', '休学'),
  GRADUATED: tx('GRADUATED', '毕业'),
  WITHDRAWN: tx('WITHDRAWN', '退学'),
  TRANSFERRED: tx('TRANSFERRED', '转学'),
};

export const GENDER_LABEL: Record<Gender, Text> = { M: tx('M', '男'), F: tx('F', '女') };

export const POSITION_LABEL: Record<Position, Text> = {
  PARTY_SECRETARY: tx('PARTY_SECRETARY', '党组织书记'),
  DEAN: tx('DEAN', '院长'),
  DEPUTY_PARTY_SECRETARY: tx('DEPUTY_PARTY_SECRETARY', '党组织副书记'),
  COUNSELOR: tx('COUNSELOR', '辅导员'),
  OTHER: tx('OTHER', '其他'),
};

export const FACILITY_LABEL: Record<Facility, Text> = {
  TALK_TABLE_CHAIRS: tx('TALK_TABLE_CHAIRS', '谈话桌椅'),
  SOFA: tx('SOFA', '沙发'),
  TEA_TABLE: tx('TEA_TABLE', '茶几'),
  BOOKS: tx('BOOKS', '书籍'),
};

export const yesNo = (b: boolean, locale: Locale): string => (locale === 'en' ? String(b) : b ? '是' : '否');

/** Lists inside one cell: the importer's separator for levels and facilities. */
export const LIST_SEPARATOR = ';';
