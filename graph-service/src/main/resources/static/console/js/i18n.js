// Console texts in English and Chinese. The language comes from the browser (navigator.languages: any zh-* gives
// Chinese) unless the user switched it; the API is asked for the same language (Accept-Language), so reason
// messages, tier labels, path texts and alert messages match the console around them.

const STORE = 'anchorgraph.lang';

const en = {
  'nav.skip': 'Skip to content', 'nav.home': 'Anchors', 'nav.anchors': 'Anchors', 'nav.paths': 'Paths',
  'nav.alerts': 'Alerts', 'lang.switch': 'Language: switch to Chinese', 'lang.other': '中文',

  'common.loading': 'Loading…', 'common.cancel': 'Cancel', 'common.none': 'None', 'common.all': 'All',
  'common.yes': 'yes', 'common.no': 'no', 'common.close': 'Close', 'common.showTable': 'Show as a table',
  'common.space': ' ', 'common.sep': ', ', 'common.stop': '.',

  'auth.signIn': 'Sign in', 'auth.signOut': 'Sign out', 'auth.title': 'Sign in to anchorgraph',
  'auth.apiKey': 'API key', 'auth.apiKeyHelp': 'In demo mode the service prints a ready API key when it starts.',
  'auth.useKey': 'Use this key', 'auth.oidc': 'Sign in with your organisation',
  'auth.signedInKey': 'Signed in (API key)', 'auth.signedInOidc': 'Signed in',
  'auth.required': 'This service needs you to sign in: enter your API key or sign in with your organisation.',
  'auth.rejected': 'The service did not accept these credentials. Check the key, or sign in again.',
  'auth.oidcFailed': 'Sign-in with your organisation failed: {detail}',
  'auth.signedOut': 'Signed out.',

  'error.auth': 'Sign in to see this.', 'error.forbidden': 'Your role does not allow this.',
  'error.notFound': 'Not found.', 'error.unavailable': 'Not available on this service.',
  'error.network': 'The service could not be reached.', 'error.generic': 'Something went wrong: {detail}',

  'search.placeholder': 'Find a firm or anchor: name (中文 or variants) or USCC', 'search.label': 'Find a firm',
  'search.noMatch': 'No firm matches “{q}”.', 'search.searching': 'Searching…',
  'search.badUscc': '“{q}” is not a valid USCC: 18 characters, digits and capital letters except I, O, S, V and Z.', 'search.anchor': 'anchor',

  'home.title': 'Anchors and their supply chains',
  'home.intro': 'Pick an anchor to see the first-time-borrower prospects in its chain, or find any firm above.',
  'home.program': 'Programme', 'home.suppliers': 'Suppliers', 'home.distributors': 'Distributors',
  'home.firstTime': 'First-time', 'home.firms': 'Firms', 'home.empty': 'No anchors yet: load data and run the score step.',
  'home.inferred': 'inferred',

  'anchor.chain': 'Supply chain', 'anchor.suppliers': 'Suppliers', 'anchor.distributors': 'Distributors',
  'anchor.bounds': 'All direct partners are shown. Deeper tiers follow each firm\'s {breadth} strongest partners ({links} links not followed) and at most {max} firms ({firms} left out).',
  'anchor.hop': 'tier-{n}', 'anchor.firstTime': 'first-time borrowers', 'anchor.firms': 'firms in the chain',
  'anchor.tierChart': 'Risk tiers in the chain', 'anchor.prospects': 'Prospects',
  'anchor.maxHops': 'Max hops', 'anchor.direction': 'Direction', 'anchor.scale': 'Scale', 'anchor.tier': 'Tier',
  'anchor.firstTimeOnly': 'First-time borrowers only', 'anchor.pageSize': 'Rows per page',
  'anchor.export': 'Export CSV', 'anchor.exported': 'Exported {n} rows to {file}.',
  'anchor.prev': 'Previous', 'anchor.next': 'Next', 'anchor.page': 'Page {n}', 'anchor.rows': '{n} rows on this page',
  'anchor.noRows': 'No prospects match these filters.', 'anchor.firmView': 'Firm view',
  'anchor.notAnchor': 'This firm is not an anchor.', 'anchor.unscored': 'not scored',
  'dir.both': 'Both', 'dir.upstream': 'Upstream (suppliers)', 'dir.downstream': 'Downstream (distributors)',
  'dir.short.upstream': 'upstream', 'dir.short.downstream': 'downstream',
  'scale.large': 'large', 'scale.medium': 'medium', 'scale.small': 'small', 'scale.micro': 'micro',

  'col.tier': 'Tier', 'col.score': 'Score', 'col.name': 'Firm', 'col.scale': 'Scale', 'col.hops': 'Hops',
  'col.direction': 'Direction', 'col.strength': 'Chain strength', 'col.chain': 'Chain',
  'col.holder': 'Name', 'col.stable': 'Stable large buyers', 'col.months': 'Months trading', 'col.reasons': 'Top reasons', 'col.uscc': 'USCC',

  'firm.facts': 'Registry', 'firm.industry': 'Industry', 'firm.region': 'Region', 'firm.scale': 'Scale',
  'firm.founded': 'Founded', 'firm.status': 'Status', 'firm.capital': 'Registered capital', 'firm.address': 'Address',
  'firm.usccInvalid': 'USCC fails the checksum', 'firm.anchor': 'Anchor', 'firm.prospectsLink': 'Prospects in its chain →',
  'firm.risk': 'Why this tier', 'firm.base': 'Base', 'firm.final': 'Score', 'firm.knockout': 'Knock-out: forces tier D',
  'firm.notScored': 'The score step has not scored this firm.', 'firm.asOf': 'as of {date}',
  'firm.model': 'model {model}', 'firm.waterfallTable': 'Score step by step', 'firm.step': 'Step',
  'firm.points': 'Points', 'firm.running': 'Running total', 'firm.why': 'Reason',
  'firm.chains': 'Chain to the anchors', 'firm.noChain': 'No anchor within 3 trade hops.',
  'firm.strength': 'chain strength {s}', 'firm.sales': 'Monthly sales', 'firm.largeBuyer': 'large buyer',
  'firm.otherBuyers': '{n} other buyer(s)', 'firm.noSales': 'No sales invoices in the window.',
  'firm.month': 'Month', 'firm.total': 'Total', 'firm.salesNote': 'Net sales per month, CNY excl. tax; large buyers in colour.',
  'firm.people': 'Shareholders, officers and cases', 'firm.shareholders': 'Shareholders', 'firm.holdings': 'Holdings',
  'firm.officers': 'Officers', 'firm.cases': 'Court cases', 'firm.stake': 'Stake', 'firm.since': 'Since',
  'firm.role': 'Role', 'firm.case': 'Case', 'firm.kind': 'Kind', 'firm.more': '{n} more not shown',
  'firm.fraud': 'Fraud checks', 'firm.noFlags': 'No fraud pattern found for this firm.',
  'firm.rings': 'Circular-trading rings', 'firm.evidence': 'Evidence', 'firm.network': 'Network',
  'firm.person': 'person', 'firm.company': 'firm', 'firm.organisation': 'organisation without USCC',

  'chain.up.first': 'sells {share} of its sales to {next}', 'chain.up.then': 'which sells {share} to {next}',
  'chain.down.first': 'buys {share} of its purchases from {next}', 'chain.down.then': 'which buys {share} from {next}',
  'chain.anchor': 'anchor {name}',

  'network.depth': 'Depth', 'network.expand': 'Expand', 'network.expandPick': 'Firm to expand',
  'network.fit': 'Fit', 'network.count': '{nodes} nodes · {edges} relationships',
  'network.capped': 'Hubs capped: {n} relationship(s) left out.', 'network.help': 'Click a firm to expand it; double-click to open it.',
  'network.tooMany': 'The drawing is full ({n} nodes); open a firm to start again from it.',

  'paths.title': 'How are these two firms related?', 'paths.from': 'From', 'paths.to': 'To',
  'paths.maxHops': 'Max hops', 'paths.find': 'Find paths', 'paths.none': 'No connection within {n} hops.',
  'paths.found': '{n} connection(s)', 'paths.length': '{n} hop(s)', 'paths.pick': 'Pick two firms, then find paths.',

  'alerts.title': 'Alerts', 'alerts.type': 'Type', 'alerts.severity': 'Severity', 'alerts.state': 'State',
  'alerts.open': 'Open', 'alerts.acked': 'Acknowledged', 'alerts.uscc': 'USCC', 'alerts.ack': 'Acknowledge',
  'alerts.ackedBy': 'acknowledged by {who}', 'alerts.none': 'No alerts match.', 'alerts.more': 'Load more',
  'alerts.raised': 'Raised', 'alerts.firm': 'Firm', 'alerts.message': 'What happened', 'alerts.apply': 'Apply',
  'live.connecting': 'connecting…', 'live.live': 'live', 'live.retrying': 'reconnecting…', 'live.off': 'not live',
  'alerts.unavailable': 'The alerts API is not available on this service.',

  'type.sales_drop': 'Sales drop', 'type.stable_buyer_silent': 'Stable buyer silent',
  'type.new_litigation': 'New litigation', 'type.new_enforcement': 'New enforcement',
  'type.new_dishonest_debtor': 'New dishonest debtor', 'type.tier_downgrade': 'Tier downgrade',
  'type.new_fraud_pattern': 'New fraud pattern',
  'sev.high': 'high', 'sev.medium': 'medium', 'sev.low': 'low',

  'pattern.circular_trading': 'Circular trading', 'pattern.implausible_goods': 'Implausible goods',
  'pattern.sales_surge': 'Sales surge', 'pattern.reversals': 'Reversals and voids',

  'reason.CHAIN_HOPS': 'Hops to anchor', 'reason.NO_ANCHOR_CHAIN': 'No anchor chain', 'reason.CHAIN_STRENGTH': 'Chain strength',
  'reason.STABLE_LARGE_BUYERS': 'Stable large buyers', 'reason.LARGE_BUYER_SHARE': 'Large-buyer share',
  'reason.BUYER_CONCENTRATION': 'Buyer concentration', 'reason.INVOICE_DAYS': 'Invoicing days',
  'reason.SALES_TREND_3M': 'Sales trend 3m', 'reason.SALES_YOY': 'Sales YoY', 'reason.MONTHS_TRADING': 'Months trading',
  'reason.LITIGATION_DEFENDANT': 'Litigation', 'reason.LITIGATION_AMOUNT': 'Litigation amount',
  'reason.ENFORCED_PARTY': 'Enforcement', 'reason.RELATED_PARTY_RISK': 'Related-party risk', 'reason.FIRM_AGE': 'Firm age',
  'reason.USCC_FLAGGED': 'USCC flagged', 'reason.IMPLAUSIBLE_GOODS': 'Implausible goods', 'reason.SALES_SURGE': 'Sales surge',
  'reason.REVERSAL_RATIO': 'Reversals',

  'role.legal_representative': 'legal representative', 'role.director': 'director', 'role.chairman': 'chairman',
  'role.executive_director': 'executive director', 'role.supervisor': 'supervisor', 'role.chief_supervisor': 'chief supervisor',
  'role.manager': 'manager', 'role.general_manager': 'general manager', 'role.financial_officer': 'financial officer',
  'role.plaintiff': 'plaintiff', 'role.defendant': 'defendant', 'role.third_party': 'third party',
  'role.applicant': 'applicant', 'role.enforced_party': 'enforced party',
  'kind.civil': 'civil', 'kind.enforcement': 'enforcement', 'kind.dishonest_debtor': 'dishonest debtor',
  'kind.consumption_restriction': 'consumption restriction', 'kind.administrative': 'administrative',
  'kind.criminal': 'criminal',
  'status.active': 'active', 'status.revoked': 'revoked', 'status.cancelled': 'cancelled', 'status.dissolved': 'dissolved',
};

const zh = {
  'nav.skip': '跳到内容', 'nav.home': '核心企业', 'nav.anchors': '核心企业', 'nav.paths': '关联路径',
  'nav.alerts': '预警', 'lang.switch': '语言：切换为英文', 'lang.other': 'EN',

  'common.loading': '加载中…', 'common.cancel': '取消', 'common.none': '无', 'common.all': '全部',
  'common.yes': '是', 'common.no': '否', 'common.close': '关闭', 'common.showTable': '以表格显示',
  'common.space': '', 'common.sep': '，', 'common.stop': '。',

  'auth.signIn': '登录', 'auth.signOut': '退出', 'auth.title': '登录 anchorgraph', 'auth.apiKey': 'API 密钥',
  'auth.apiKeyHelp': '演示模式下，服务启动时会打印一个可用的 API 密钥。', 'auth.useKey': '使用此密钥',
  'auth.oidc': '使用机构账号登录', 'auth.signedInKey': '已登录（API 密钥）', 'auth.signedInOidc': '已登录',
  'auth.required': '此服务需要登录：请输入 API 密钥或使用机构账号登录。',
  'auth.rejected': '服务未接受该凭据，请检查密钥或重新登录。', 'auth.oidcFailed': '机构账号登录失败：{detail}',
  'auth.signedOut': '已退出。',

  'error.auth': '请登录后查看。', 'error.forbidden': '您的角色无权查看此内容。', 'error.notFound': '未找到。',
  'error.unavailable': '此服务暂不提供该功能。', 'error.network': '无法连接服务。', 'error.generic': '出错了：{detail}',

  'search.placeholder': '查找企业或核心企业：名称（含简称、变体）或统一社会信用代码', 'search.label': '查找企业',
  'search.noMatch': '没有与“{q}”匹配的企业。', 'search.searching': '查找中…',
  'search.badUscc': '“{q}” 不是有效的统一社会信用代码：应为 18 位数字或大写字母（不含 I、O、S、V、Z）。', 'search.anchor': '核心企业',

  'home.title': '核心企业及其供应链', 'home.intro': '选择一家核心企业，查看其链上的首贷户潜在客户；或在上方查找任意企业。',
  'home.program': '供应链项目', 'home.suppliers': '上游供应商', 'home.distributors': '下游经销商',
  'home.firstTime': '首贷户', 'home.firms': '企业数', 'home.empty': '尚无核心企业：请先加载数据并运行评分。',
  'home.inferred': '推断',

  'anchor.chain': '供应链', 'anchor.suppliers': '上游供应商', 'anchor.distributors': '下游经销商',
  'anchor.bounds': '已列出全部直接交易伙伴。更深层级只跟踪每家企业交易额最大的 {breadth} 个伙伴（{links} 条关系未跟踪），且最多 {max} 家企业（{firms} 家未纳入）。',
  'anchor.hop': '{n}级', 'anchor.firstTime': '首贷户', 'anchor.firms': '链上企业', 'anchor.tierChart': '链上企业风险等级分布',
  'anchor.prospects': '潜在客户', 'anchor.maxHops': '最大跳数', 'anchor.direction': '方向', 'anchor.scale': '规模',
  'anchor.tier': '等级', 'anchor.firstTimeOnly': '仅首贷户', 'anchor.pageSize': '每页行数', 'anchor.export': '导出 CSV',
  'anchor.exported': '已导出 {n} 行至 {file}。', 'anchor.prev': '上一页', 'anchor.next': '下一页', 'anchor.page': '第 {n} 页',
  'anchor.rows': '本页 {n} 行', 'anchor.noRows': '没有符合筛选条件的潜在客户。', 'anchor.firmView': '企业详情',
  'anchor.notAnchor': '该企业不是核心企业。', 'anchor.unscored': '未评分',
  'dir.both': '双向', 'dir.upstream': '上游（供应商）', 'dir.downstream': '下游（经销商）',
  'dir.short.upstream': '上游', 'dir.short.downstream': '下游',
  'scale.large': '大型', 'scale.medium': '中型', 'scale.small': '小型', 'scale.micro': '微型',

  'col.tier': '等级', 'col.score': '评分', 'col.name': '企业', 'col.scale': '规模', 'col.hops': '跳数',
  'col.direction': '方向', 'col.strength': '链路强度', 'col.chain': '链路', 'col.holder': '名称', 'col.stable': '稳定大客户',
  'col.months': '开票月数', 'col.reasons': '主要原因', 'col.uscc': '统一社会信用代码',

  'firm.facts': '工商登记', 'firm.industry': '行业', 'firm.region': '地区', 'firm.scale': '规模', 'firm.founded': '成立日期',
  'firm.status': '登记状态', 'firm.capital': '注册资本', 'firm.address': '地址', 'firm.usccInvalid': '信用代码校验位不符',
  'firm.anchor': '核心企业', 'firm.prospectsLink': '查看链上潜在客户 →', 'firm.risk': '评级原因', 'firm.base': '基础分',
  'firm.final': '评分', 'firm.knockout': '否决项：直接定为 D 级', 'firm.notScored': '该企业尚未评分。',
  'firm.asOf': '数据截至 {date}', 'firm.model': '模型 {model}', 'firm.waterfallTable': '评分逐项明细', 'firm.step': '项目',
  'firm.points': '分值', 'firm.running': '累计', 'firm.why': '原因',
  'firm.chains': '与核心企业的链路', 'firm.noChain': '3跳内无核心企业。', 'firm.strength': '链路强度 {s}',
  'firm.sales': '月度销售', 'firm.largeBuyer': '大客户', 'firm.otherBuyers': '其他 {n} 家买方',
  'firm.noSales': '窗口期内无销售发票。', 'firm.month': '月份', 'firm.total': '合计',
  'firm.salesNote': '每月净销售额（元，不含税）；彩色为大客户。',
  'firm.people': '股东、高管与涉诉', 'firm.shareholders': '股东', 'firm.holdings': '对外投资', 'firm.officers': '主要人员',
  'firm.cases': '涉诉案件', 'firm.stake': '持股比例', 'firm.since': '自', 'firm.role': '职务/角色', 'firm.case': '案号',
  'firm.kind': '类型', 'firm.more': '另有 {n} 条未显示', 'firm.fraud': '欺诈筛查', 'firm.noFlags': '未发现该企业的欺诈模式。',
  'firm.rings': '循环交易环', 'firm.evidence': '证据', 'firm.network': '关系网络', 'firm.person': '自然人', 'firm.company': '企业', 'firm.organisation': '无信用代码机构',

  'chain.up.first': '将{share}的销售额卖给{next}', 'chain.up.then': '后者将{share}卖给{next}',
  'chain.down.first': '{share}的采购来自{next}', 'chain.down.then': '后者{share}的采购来自{next}',
  'chain.anchor': '核心企业{name}',

  'network.depth': '层数', 'network.expand': '展开', 'network.expandPick': '要展开的企业', 'network.fit': '适应画布',
  'network.count': '{nodes} 个节点 · {edges} 条关系', 'network.capped': '已限制枢纽节点：{n} 条关系未显示。',
  'network.help': '单击企业可展开；双击打开企业详情。', 'network.tooMany': '图已满（{n} 个节点）；请打开某家企业重新开始。',

  'paths.title': '这两家企业有什么关联？', 'paths.from': '企业甲', 'paths.to': '企业乙', 'paths.maxHops': '最大跳数',
  'paths.find': '查找路径', 'paths.none': '{n} 跳内无关联。', 'paths.found': '{n} 条关联路径', 'paths.length': '{n} 跳',
  'paths.pick': '请选择两家企业，然后查找路径。',

  'alerts.title': '预警', 'alerts.type': '类型', 'alerts.severity': '严重程度', 'alerts.state': '状态', 'alerts.open': '未处理',
  'alerts.acked': '已确认', 'alerts.uscc': '信用代码', 'alerts.ack': '确认', 'alerts.ackedBy': '由 {who} 确认',
  'alerts.none': '没有符合条件的预警。', 'alerts.more': '加载更多', 'alerts.raised': '时间', 'alerts.firm': '企业',
  'alerts.message': '内容', 'alerts.apply': '筛选',
  'live.connecting': '连接中…', 'live.live': '实时', 'live.retrying': '重新连接中…', 'live.off': '未连接',
  'alerts.unavailable': '此服务暂不提供预警接口。',

  'type.sales_drop': '销售下滑', 'type.stable_buyer_silent': '稳定客户停止采购', 'type.new_litigation': '新增诉讼',
  'type.new_enforcement': '新增被执行', 'type.new_dishonest_debtor': '新增失信', 'type.tier_downgrade': '评级下调',
  'type.new_fraud_pattern': '新增欺诈模式',
  'sev.high': '高', 'sev.medium': '中', 'sev.low': '低',

  'pattern.circular_trading': '循环交易', 'pattern.implausible_goods': '商品与行业不符', 'pattern.sales_surge': '销售激增',
  'pattern.reversals': '红冲与作废',

  'reason.CHAIN_HOPS': '距核心企业跳数', 'reason.NO_ANCHOR_CHAIN': '无核心企业链路', 'reason.CHAIN_STRENGTH': '链路强度',
  'reason.STABLE_LARGE_BUYERS': '稳定大客户', 'reason.LARGE_BUYER_SHARE': '大客户占比', 'reason.BUYER_CONCENTRATION': '客户集中度',
  'reason.INVOICE_DAYS': '开票天数', 'reason.SALES_TREND_3M': '近3月环比', 'reason.SALES_YOY': '销售同比',
  'reason.MONTHS_TRADING': '开票月数', 'reason.LITIGATION_DEFENDANT': '涉诉', 'reason.LITIGATION_AMOUNT': '涉诉金额',
  'reason.ENFORCED_PARTY': '被执行', 'reason.RELATED_PARTY_RISK': '关联方风险', 'reason.FIRM_AGE': '成立年限',
  'reason.USCC_FLAGGED': '代码校验', 'reason.IMPLAUSIBLE_GOODS': '商品不符', 'reason.SALES_SURGE': '销售激增',
  'reason.REVERSAL_RATIO': '红冲作废',

  'role.legal_representative': '法定代表人', 'role.director': '董事', 'role.chairman': '董事长', 'role.executive_director': '执行董事',
  'role.supervisor': '监事', 'role.chief_supervisor': '监事会主席', 'role.manager': '经理', 'role.general_manager': '总经理',
  'role.financial_officer': '财务负责人', 'role.plaintiff': '原告', 'role.defendant': '被告', 'role.third_party': '第三人',
  'role.applicant': '申请执行人', 'role.enforced_party': '被执行人',
  'kind.civil': '民事', 'kind.enforcement': '执行', 'kind.dishonest_debtor': '失信被执行', 'kind.consumption_restriction': '限制消费',
  'kind.administrative': '行政', 'kind.criminal': '刑事',
  'status.active': '存续', 'status.revoked': '吊销', 'status.cancelled': '注销', 'status.dissolved': '解散',
};

const dictionaries = { en, zh };

/** zh when any of the browser's preferred languages is Chinese, else en. */
export function browserLanguage(languages = navigator.languages?.length ? navigator.languages : [navigator.language]) {
  return languages.some((l) => /^zh\b/i.test(l ?? '')) ? 'zh' : 'en';
}

let current = (() => {
  try {
    const stored = localStorage.getItem(STORE);
    if (stored === 'zh' || stored === 'en') return stored;
  } catch { /* storage blocked: use the browser's choice */ }
  return browserLanguage();
})();

export function lang() {
  return current;
}

/** The Accept-Language header the API is asked with, so its texts match the console's. */
export function acceptLanguage() {
  return current === 'zh' ? 'zh-CN,zh;q=0.9' : 'en';
}

export function locale() {
  return current === 'zh' ? 'zh-CN' : 'en';
}

export function setLang(next) {
  current = next === 'zh' ? 'zh' : 'en';
  try { localStorage.setItem(STORE, current); } catch { /* not remembered, still switched */ }
  document.documentElement.lang = locale();
  window.dispatchEvent(new CustomEvent('ag:lang', { detail: current }));
}

/** The text for key in the current language, {name} placeholders filled; the key's English, else the key. */
export function t(key, vars) {
  const template = dictionaries[current][key] ?? en[key] ?? key;
  return vars ? template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m)) : template;
}

/** A known vocabulary word (role.*, kind.*), or the stored value itself when the dictionary has none. */
export function word(prefix, value) {
  if (value == null) return '';
  const key = `${prefix}.${value}`;
  return dictionaries[current][key] ?? en[key] ?? String(value).replace(/_/g, ' ');
}

/** Static texts in the page: data-i18n (text), data-i18n-title, data-i18n-placeholder. */
export function translatePage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
}

const numberFormats = new Map();
function nf(options) {
  const key = `${locale()}|${JSON.stringify(options)}`;
  if (!numberFormats.has(key)) numberFormats.set(key, new Intl.NumberFormat(locale(), options));
  return numberFormats.get(key);
}

/** 1,234 */
export function num(v, digits = 0) {
  return v == null ? '' : nf({ maximumFractionDigits: digits, minimumFractionDigits: digits }).format(v);
}

/** Amounts as a reader skims them: 1.2M in English, 120万 in Chinese. */
export function amount(v) {
  return v == null ? '' : nf({ notation: 'compact', maximumFractionDigits: 1 }).format(v);
}

/** 0.4 → 40% */
export function pct(v, digits = 0) {
  return v == null ? '' : nf({ style: 'percent', maximumFractionDigits: digits }).format(v);
}

export function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale(), { dateStyle: 'medium', timeStyle: 'short' });
}
