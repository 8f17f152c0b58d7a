import { platformAppConfig } from './lib/page-config'

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/login/index', 'pages/me/index', 'pages/inbox/index'],
  subPackages: [
    {
      root: 'features/identity',
      pages: [
        'pages/real-name/index',
        'pages/kept/index',
        'pages/consents/index',
        'pages/proxy-grants/index',
        'pages/new-grant/index',
        'pages/access-log/index',
        'pages/act-for/index',
      ],
    },
    {
      root: 'features/records',
      pages: [
        'pages/summary/index',
        'pages/year/index',
        'pages/issue/index',
        'pages/certificate/index',
        'pages/certificates/index',
        'pages/verify/index',
      ],
    },
    {
      root: 'features/wages',
      pages: [
        'pages/file/index',
        'pages/submitted/index',
        'pages/my-cases/index',
        'pages/case/index',
        'pages/queue/index',
        'pages/handle/index',
        'pages/stats/index',
        'pages/employer/index',
        'pages/respond/index',
        'pages/projects/index',
        'pages/payroll/index',
      ],
    },
    {
      root: 'features/retiree',
      pages: [
        'pages/account/index',
        'pages/certify/index',
        'pages/assistance/index',
        'pages/visits/index',
        'pages/visit/index',
        'pages/coverage/index',
        'pages/pensioners/index',
        'pages/reviews/index',
        'pages/overpayments/index',
        'pages/deaths/index',
      ],
    },
    {
      root: 'features/jobs',
      pages: ['pages/profile/index', 'pages/open/index', 'pages/post/index', 'pages/my-posts/index', 'pages/review/index', 'pages/insurance/index', 'pages/matches/index', 'pages/applications/index', 'pages/applicants/index', 'pages/day-work/index', 'pages/callbacks/index', 'pages/register-resident/index', 'pages/region/index', 'pages/subsidy/index', 'pages/subsidy-review/index'],
    },
    {
      root: 'features/training',
      pages: ['pages/mine/index', 'pages/programmes/index', 'pages/new-programme/index', 'pages/programme/index', 'pages/courses/index', 'pages/institution-courses/index', 'pages/new-course/index', 'pages/roster/index',
        'pages/session-code/index', 'pages/enrolment/index', 'pages/supervision/index', 'pages/institution-flags/index',
        'pages/assessor-courses/index', 'pages/assessment-course/index', 'pages/skills-record/index', 'pages/verify-skills/index',
        'pages/subsidies/index', 'pages/institution-subsidies/index', 'pages/institution-account/index'],
    },
    {
      root: 'features/card',
      pages: ['pages/mine/index', 'pages/ecard/index', 'pages/benefits/index', 'pages/venue/index', 'pages/county/index', 'pages/apply/index', 'pages/application/index', 'pages/outlets/index', 'pages/payments/index', 'pages/reconciliation/index'],
    },
    {
      root: 'features/disputes',
      pages: ['pages/apply/index', 'pages/mine/index', 'pages/case/index', 'pages/queue/index', 'pages/injury-report/index', 'pages/injuries/index', 'pages/injury/index', 'pages/injury-apply/index', 'pages/injury-family/index', 'pages/injury-queue/index'],
    },
    {
      root: 'features/contracts',
      pages: ['pages/mine/index', 'pages/draft/index', 'pages/contract/index', 'pages/verify/index', 'pages/no-contract/index'],
    },
  ],
  // weapp: "use my location" of the job seeker, the employer (features/jobs) and the card outlets (features/card), asked for with its reason.
  permission: { 'scope.userLocation': { desc: '用于填写求职住址或招聘地点、计算离工作地点多远，以及按距离排列社保卡网点' } },
  requiredPrivateInfos: ['getLocation'],
  // h5: no page transitions; weapp: components injected on demand (lib/page-config.ts says why).
  ...platformAppConfig(),
  window: {
    navigationBarTitleText: '人社服务',
    navigationBarBackgroundColor: '#0b57a4',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f7',
  },
})
