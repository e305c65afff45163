/** A small university with known gaps, as the import files a student-affairs office would send. */
export const UNIVERSITY: [string, string][] = [
  ['COLLEGES', 'code,name\nCS,计算机学院\nFL,外国语学院\n'],
  [
    'STAFF',
    'staff_no,name,college_code\nT0000001,王书记,CS\nT0000002,李院长,CS\nT0000003,张副书记,CS\nT0000004,赵辅导员,CS\nT0000005,钱辅导员,FL\n',
  ],
  [
    'CLASSES',
    // Chinese level values are accepted too.
    'code,name,college_code,level,grade,counselor_staff_no\n' +
      'CS-U1,计科1班,CS,UNDERGRADUATE,2023,T0000004\n' +
      'CS-U2,计科2班,CS,UNDERGRADUATE,2023,T0000004\n' +
      'CS-G1,计科硕士1班,CS,GRADUATE,2024,T0000004\n' +
      'FL-U1,英语1班,FL,本科生,2023,\n',
  ],
  [
    'DORMITORIES',
    'code,building,room,college_code,level\nD101,1号楼,101,CS,UNDERGRADUATE\nD102,1号楼,102,CS,UNDERGRADUATE\nD201,2号楼,201,FL,UNDERGRADUATE\nD301,3号楼,301,CS,GRADUATE\n',
  ],
  [
    'STUDENTS',
    'student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n' +
      '2023000001,学生一,男,CS-U1,D101,在读,是\n' +
      '2023000002,学生二,M,CS-U1,D101,ENROLLED,false\n' +
      '2023000003,学生三,M,CS-U1,D102,ENROLLED,true\n' +
      '2023000004,学生四,F,CS-U2,D102,ENROLLED,false\n' +
      '2023000005,学生五,F,CS-U2,,SUSPENDED,false\n' +
      '2023000006,学生六,F,FL-U1,D201,ENROLLED,true\n' +
      'S2024000001,研一,M,CS-G1,D301,ENROLLED,true\n' +
      'S2024000002,研二,F,CS-G1,,ENROLLED,false\n',
  ],
  [
    'WORKING_GROUP',
    'college_code,staff_no,position,levels\n' +
      'CS,T0000001,PARTY_SECRETARY,UNDERGRADUATE;GRADUATE\n' +
      'CS,T0000002,院长,UNDERGRADUATE;GRADUATE\n' +
      'CS,T0000003,DEPUTY_PARTY_SECRETARY,本科生;研究生\n' +
      'CS,T0000004,辅导员,UNDERGRADUATE\n' +
      'FL,T0000005,COUNSELOR,UNDERGRADUATE\n',
  ],
  ['WORKSTATIONS', 'college_code,room,facilities\nCS,知行楼201,谈话桌椅;沙发;TEA_TABLE\n'],
  ['COMMITTEE_MEMBERS', 'class_code,student_no,appointed_on\nCS-U1,2023000001,2024-10-28\nCS-U1,2023000002,2024-10-28\n'],
  ['DORM_OFFICERS', 'dorm_code,student_no,appointed_on\nD101,2023000001,2024-10-28\nD201,2023000006,2024-10-28\n'],
];
