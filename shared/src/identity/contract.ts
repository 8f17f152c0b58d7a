import { z } from 'zod'
import { defineOperation } from '../platform/operation'
import { Cursor, Page } from '../platform/primitives'
import { ProxyScope } from './roles'
import {
  AccessLogEntry,
  Consent,
  ConsentDocument,
  ConsentPurpose,
  DemoAccount,
  IdNumber,
  LoginProvider,
  Me,
  MobilePhone,
  PersonName,
  ProxyClient,
  ProxyGrant,
  Session,
  StaffCard,
  StaffCode,
} from './schemas'

const everyone = ['citizen', 'grid_staff', 'employer', 'institution', 'assessor', 'venue', 'officer', 'supervisor', 'admin'] as const
const tags = ['identity'] as const

export const loginProviders = defineOperation({
  id: 'identity.loginProviders',
  method: 'get',
  path: '/auth/providers',
  summary: 'Login methods this deployment offers',
  tags,
  access: { kind: 'public' },
  response: z.object({ providers: z.array(LoginProvider) }),
})

export const listDemoAccounts = defineOperation({
  id: 'identity.listDemoAccounts',
  method: 'get',
  path: '/auth/dev/accounts',
  summary: 'Demo accounts for development login (absent in production)',
  tags,
  access: { kind: 'public' },
  response: z.object({ accounts: z.array(DemoAccount) }),
})

export const devLogin = defineOperation({
  id: 'identity.devLogin',
  method: 'post',
  path: '/auth/dev/login',
  summary: 'Log in as a demo account (development only; absent in production)',
  tags,
  access: { kind: 'public' },
  rateLimit: 'login',
  body: z.strictObject({ account: z.string().min(1).max(64) }),
  response: Session,
})

export const wechatLogin = defineOperation({
  id: 'identity.wechatLogin',
  method: 'post',
  path: '/auth/wechat/login',
  summary: 'Log in with a wx.login code (exchanged through code2session)',
  tags,
  access: { kind: 'public' },
  rateLimit: 'login',
  body: z.strictObject({ code: z.string().min(1).max(128) }),
  response: Session,
})

export const logout = defineOperation({
  id: 'identity.logout',
  method: 'post',
  path: '/auth/logout',
  summary: 'Revoke the current session',
  tags,
  access: { kind: 'session', roles: everyone },
  response: z.object({ loggedOut: z.literal(true) }),
})

export const getMe = defineOperation({
  id: 'identity.getMe',
  method: 'get',
  path: '/me',
  summary: 'The logged-in person (or the citizen being acted for), masked',
  tags,
  access: { kind: 'session', roles: everyone, proxyScope: 'profile.read' },
  response: Me,
})

export const bindRealName = defineOperation({
  id: 'identity.bindRealName',
  method: 'post',
  path: '/me/real-name',
  summary: 'Bind a real name and resident ID number to this account (needs consent identity.real_name)',
  tags,
  access: { kind: 'session', roles: ['citizen'] },
  idempotent: true,
  rateLimit: 'realName',
  body: z.strictObject({ name: PersonName, idNumber: IdNumber, phone: MobilePhone.optional() }),
  response: Me,
})

export const listConsentDocuments = defineOperation({
  id: 'identity.listConsentDocuments',
  method: 'get',
  path: '/consents/documents',
  summary: 'Current texts of the separate consents the portal asks for',
  tags,
  access: { kind: 'public' },
  response: z.object({ documents: z.array(ConsentDocument) }),
})

export const listConsents = defineOperation({
  id: 'identity.listConsents',
  method: 'get',
  path: '/consents',
  summary: 'Consents I have given or withdrawn',
  tags,
  access: { kind: 'session', roles: everyone },
  response: z.object({ consents: z.array(Consent) }),
})

export const giveConsent = defineOperation({
  id: 'identity.giveConsent',
  method: 'post',
  path: '/consents',
  summary: 'Give a separate consent for the shown version of its text',
  tags,
  access: { kind: 'session', roles: everyone },
  body: z.strictObject({ purpose: ConsentPurpose, version: z.string().min(1).max(32) }),
  response: Consent,
})

export const withdrawConsent = defineOperation({
  id: 'identity.withdrawConsent',
  method: 'post',
  path: '/consents/:purpose/withdraw',
  summary: 'Withdraw a consent; processing that relies on it stops',
  tags,
  access: { kind: 'session', roles: everyone },
  params: z.strictObject({ purpose: ConsentPurpose }),
  response: Consent,
})

export const findStaff = defineOperation({
  id: 'identity.findStaff',
  method: 'get',
  path: '/proxy/staff/:staffCode',
  summary: 'Find a grid staff member by the code on their badge',
  tags,
  access: { kind: 'session', roles: ['citizen'] },
  params: z.strictObject({ staffCode: StaffCode }),
  response: StaffCard,
})

export const createProxyGrant = defineOperation({
  id: 'identity.createProxyGrant',
  method: 'post',
  path: '/proxy/grants',
  summary: 'Let a grid staff member act for me, for some things, for some days (needs consent proxy.sharing)',
  tags,
  access: { kind: 'session', roles: ['citizen'], realName: true },
  idempotent: true,
  successStatus: 201,
  body: z.strictObject({
    staffCode: StaffCode,
    scopes: z.array(ProxyScope).min(1, { message: 'proxy.scopes' }).max(ProxyScope.options.length),
    days: z.number({ message: 'proxy.expiry' }).int({ message: 'proxy.expiry' }).min(1, { message: 'proxy.expiry' }).max(365, { message: 'proxy.expiry' }),
  }),
  response: ProxyGrant,
})

export const listProxyGrants = defineOperation({
  id: 'identity.listProxyGrants',
  method: 'get',
  path: '/proxy/grants',
  summary: 'Grants I have given',
  tags,
  access: { kind: 'session', roles: ['citizen'] },
  response: z.object({ grants: z.array(ProxyGrant) }),
})

export const revokeProxyGrant = defineOperation({
  id: 'identity.revokeProxyGrant',
  method: 'post',
  path: '/proxy/grants/:id/revoke',
  summary: 'Revoke a grant at once',
  tags,
  access: { kind: 'session', roles: ['citizen'] },
  params: z.strictObject({ id: z.string().min(1).max(64) }),
  response: ProxyGrant,
})

export const listProxyClients = defineOperation({
  id: 'identity.listProxyClients',
  method: 'get',
  path: '/proxy/clients',
  summary: 'Citizens who currently let me act for them (grid staff)',
  tags,
  access: { kind: 'session', roles: ['grid_staff'] },
  response: z.object({ clients: z.array(ProxyClient) }),
})

export const listAccessLog = defineOperation({
  id: 'identity.listAccessLog',
  method: 'get',
  path: '/me/access-log',
  summary: 'Who read or changed my data, including acts done for me by proxy',
  tags,
  access: { kind: 'session', roles: everyone },
  query: Cursor,
  response: Page(AccessLogEntry),
})
