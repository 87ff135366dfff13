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

  'search.placeholder': 'Find a firm: name, legal representative, address or (part of a) USCC', 'search.label': 'Find a firm',
  'search.noMatch': 'No firm matches “{q}”.', 'search.searching': 'Searching…',
  'search.via.legalRepresentative': 'legal representative {via}', 'search.via.address': 'at {via}',
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
  'anchor.insufficientData': 'Insufficient data', 'thin.include': 'shown after the tiers', 'thin.exclude': 'left out',
  'thin.only': 'only these', 'risk.insufficient': 'insufficient data',
  'help.insufficient': 'Too little trade data for a risk tier (fewer than 3 months with invoices in the last 12 and in the 12 before) and no knock-out: no score, no tier. Not a decline.',
  'anchor.sort': 'Order', 'sort.ranking': 'Ranking', 'sort.score': 'Score', 'sort.trade': 'Trade with the anchor',
  'anchor.total': '{total} firms match · {n} on this page', 'anchor.exporting': 'Exporting: {n} of {total} rows…',
  'anchor.order.ranking': 'Ordered by risk tier (A first), then chain strength, then score: within a tier a firm with a stronger chain to the anchor ranks above one with a higher score. Firms with insufficient data for a tier come after every tier.',
  'anchor.order.score': 'Ordered by risk score, highest first (firms without a score, for insufficient data or unscored, last).',
  'anchor.order.trade': 'Ordered by net trade with the anchor over the last 12 months, largest first (firms beyond the first hop trade with it only indirectly: 0).',
  'anchor.amounts': 'Amounts in thousand CNY excluding tax, last 12 months.',
  'anchor.exportAll': 'Export CSV saves all {total} matching rows in this order, in the language on screen.',
  'unit.money': 'CNY thousand', 'col.trade': 'Trade with anchor', 'col.sales': 'Sales',
  'col.industry': 'Industry', 'col.region': 'Region code', 'col.tierLabel': 'Risk tier',
  'col.trade.long': 'Trade with the anchor, last 12 months (CNY thousand)', 'col.sales.long': 'Sales, last 12 months (CNY thousand)',
  'help.title': 'What the measures mean',
  'help.tier': 'Risk tier: A prime (score ≥ 650), B standard (≥ 570), C watch (≥ 490), D decline (lower, or any knock-out).',
  'help.score': 'Score: 500 plus or minus the points of each reason; higher is lower risk.',
  'col.pd': 'PD', 'help.pd': 'PD: the probability of default the scoring model was calibrated to (a fitted model, or scorecard-v3 after graph-loader calibrate on the bank\'s outcomes). Empty when the model has no calibration: a PD nobody fitted would be a guess.',
  'help.hops': 'Hops: trade steps between the firm and the anchor along its strongest chain. 1 hop = trades with the anchor directly (the chain figures call this tier-1; tier-2 trades with a tier-1 firm).',
  'help.strength': 'Chain strength: the product of the shares along the chain (each firm\'s share of sales to, or purchases from, the next). 1.00 = everything goes to the anchor; above 0.30 strong, below 0.03 weak.',
  'help.stable': 'Stable large buyers: large buyers (top 1 % of buyers by volume) invoiced in at least 9 of the last 12 months, for 12 months or more, regularly. More is better; 0 costs points.',
  'help.months': 'Months trading: months with invoices in the last 12; 11–12 is good, 2 or fewer bad.',
  'col.limit': 'Suggested limit', 'col.limit.long': 'Suggested limit (CNY thousand)',
  'help.limit': 'Suggested limit: the smallest of a share of the last 12 months\' sales to stable large buyers, a number of months of average sales, and the tier\'s cap, rounded down; 0 for tier D and for insufficient data. The model file sets the figures.',
  'firm.limit': 'Suggested limit', 'firm.limitBoundBy': 'bound by {basis}', 'firm.limitInputs': 'How it is worked out',
  'firm.limitFormula': 'The smallest of share × sales to stable large buyers, months × average monthly sales, and the tier cap, rounded down; 0 for tier D and for insufficient data.',
  'limit.in.stableSales': 'Sales to stable large buyers, last 12 months', 'limit.in.monthlySales': 'Average monthly sales, last 12 months',
  'limit.in.share': 'Share of those sales', 'limit.in.months': 'Months of average sales', 'limit.in.tierCap': 'Cap of the tier', 'limit.in.noCap': 'none',
  'limit.basis.stable_sales_share': 'the share of sales to stable large buyers', 'limit.basis.sales_months': 'the months of average sales',
  'limit.basis.tier_cap': 'the tier\'s cap', 'limit.basis.tier_d': 'tier D (decline): no limit',
  'limit.basis.insufficient_data': 'insufficient data: no limit', 'limit.basis.no_stable_sales': 'no sales to stable large buyers: nothing to lend against',
  'help.hhi': 'Buyer concentration (HHI): the sum of squared buyer shares of sales, 0–1. Below 0.5 spread out; 0.8 and above hangs on one buyer.',
  'help.trade': 'Trade with anchor: net invoiced trade with this anchor, both directions, last 12 months, excluding tax.',
  'help.network': 'Colours: firms by risk tier (A green … D red, grey unscored), anchors as purple-edged hexagons, people grey circles, court cases yellow diamonds; lines: trade blue (seller → buyer, labelled with the amount), shareholdings purple, cases dashed yellow.',
  'dir.both': 'Both', 'dir.upstream': 'Upstream (suppliers)', 'dir.downstream': 'Downstream (distributors)',
  'dir.short.upstream': 'upstream', 'dir.short.downstream': 'downstream',
  'scale.large': 'large', 'scale.medium': 'medium', 'scale.small': 'small', 'scale.micro': 'micro',

  'col.tier': 'Tier', 'col.score': 'Score', 'col.name': 'Firm', 'col.scale': 'Scale', 'col.hops': 'Hops',
  'col.direction': 'Direction', 'col.strength': 'Chain strength', 'col.chain': 'Chain',
  'col.holder': 'Name', 'col.stable': 'Stable large buyers', 'col.months': 'Months trading', 'col.reasons': 'Top reasons', 'col.uscc': 'USCC',

  'firm.facts': 'Registry', 'firm.industry': 'Industry', 'firm.region': 'Region', 'firm.scale': 'Scale',
  'firm.founded': 'Founded', 'firm.status': 'Status', 'firm.capital': 'Registered capital', 'firm.address': 'Address',
  'firm.usccInvalid': 'USCC fails the checksum', 'firm.anchor': 'Anchor',
  'firm.watch': '☆ Watch', 'firm.watching': '★ Watching', 'firm.watchFull': 'Your watchlist is full ({limit} firms): remove some first.',
  'firm.watchHelp': 'Watched firms are monitored like borrowers; their alerts show under Alerts with "My watchlist".',
  'alerts.watchlist': 'My watchlist',
  'own.title': 'Ownership and control', 'own.chain': 'Controlled through:', 'own.owners': 'Beneficial owners', 'own.noOwners': 'none found',
  'own.basis.shareholding': 'people with ≥ 25 %', 'own.basis.control': 'the person who controls', 'own.basis.senior_manager': 'the senior manager (no one holds 25 % or controls)', 'own.basis.none': 'no rule applies',
  'own.incomplete': 'an unknown stake could add owners', 'own.unknown': 'stake partly unknown', 'own.unknownHelp': 'A holding on some chain has no stake in the register: the true stake may be higher than shown.',
  'own.top': 'top of its chain', 'own.truncated': 'The penetration stopped at its bound: stakes may be understated.',
  'group.title': 'Group {id}', 'group.of': 'Group under {name}', 'group.summary': 'Members and exposure', 'group.members': 'Member firms',
  'group.exposure': 'Lent to the group', 'group.borrowers': 'Borrowers (with amount)', 'group.knockedOut': 'Members knocked out',
  'group.lender': 'Lender', 'group.outstanding': 'Outstanding', 'group.stake': 'Controller\'s stake', 'firm.prospectsLink': 'Prospects in its chain →',
  'firm.risk': 'Why this tier', 'firm.base': 'Base', 'firm.final': 'Score', 'firm.knockout': 'Knock-out: forces tier D',
  'firm.notScored': 'The score step has not scored this firm.',
  'firm.insufficient': 'Insufficient data for a risk tier: the graph holds too little trade evidence on this firm to score it. This is not a decline; gather the firm\'s invoices or assess it by other means.', 'firm.asOf': 'as of {date}',
  'firm.model': 'model {model}', 'firm.waterfallTable': 'Score step by step', 'firm.step': 'Step',
  'firm.points': 'Points', 'firm.running': 'Running total', 'firm.why': 'Reason',
  'firm.chains': 'Chain to the anchors', 'firm.noChain': 'No anchor within 3 trade hops.',
  'firm.anchorChains': 'This firm is an anchor: its own supply chain is in its prospects. Chains to other anchors weaker than 0.01 are not shown ({n}).',
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
  'network.fit': 'Fit', 'network.amounts': 'Trade amounts: net invoiced, CNY thousand excluding tax, over the loaded window (up to 24 months).', 'network.count': '{nodes} nodes · {edges} relationships',
  'network.capped': 'Hubs capped: {n} relationship(s) left out.', 'network.help': 'Click a firm to expand it; double-click to open it.',
  'network.tooMany': 'The drawing is full ({n} nodes); open a firm to start again from it.',

  'paths.title': 'How are these two firms related?', 'paths.from': 'From', 'paths.to': 'To',
  'paths.maxHops': 'Max hops', 'paths.find': 'Find paths', 'paths.none': 'No connection within {n} hops.',
  'paths.found': '{n} connection(s)', 'paths.length': '{n} hop(s)', 'paths.pick': 'Pick two firms, then find paths.',

  'alerts.title': 'Alerts', 'alerts.type': 'Type', 'alerts.severity': 'Severity', 'alerts.state': 'State',
  'alerts.open': 'Open', 'alerts.acked': 'Acknowledged', 'alerts.uscc': 'USCC', 'alerts.lender': 'Lender (your portfolio)', 'alerts.note': 'Note', 'alerts.notePlaceholder': 'what was done (optional)', 'alerts.ack': 'Acknowledge',
  'alerts.ackedBy': 'acknowledged by {who}', 'alerts.none': 'No alerts match.', 'alerts.more': 'Load more',
  'alerts.raised': 'Raised', 'alerts.firm': 'Firm', 'alerts.message': 'What happened', 'alerts.apply': 'Apply',
  'live.connecting': 'connecting…', 'live.live': 'live', 'live.retrying': 'reconnecting…', 'live.off': 'not live',
  'alerts.unavailable': 'The alerts API is not available on this service.',

  'type.sales_drop': 'Sales drop', 'type.stable_buyer_silent': 'Stable buyer silent',
  'type.new_litigation': 'New litigation', 'type.new_enforcement': 'New enforcement',
  'type.new_dishonest_debtor': 'New dishonest debtor', 'type.tier_downgrade': 'Tier downgrade',
  'type.new_fraud_pattern': 'New fraud pattern', 'type.counterparty_distress': 'Counterparty in distress',
  'sev.high': 'high', 'sev.medium': 'medium', 'sev.low': 'low',

  'pattern.circular_trading': 'Circular trading', 'pattern.implausible_goods': 'Implausible goods',
  'pattern.sales_surge': 'Sales surge', 'pattern.reversals': 'Reversals and voids',

  'pattern.shell_cluster': 'Shell-firm cluster', 'pattern.related_party_trade': 'Related-party trade',
  'pattern.benford': 'Benford deviation',

  'reason.SHELL_CLUSTER': 'Shell-firm cluster', 'reason.RELATED_PARTY_TRADE': 'Related-party trade',
  'reason.BENFORD_DEVIATION': 'Benford deviation',
  'reason.KO_DISHONEST_DEBTOR': 'Dishonest debtor', 'reason.KO_CONSUMPTION_RESTRICTION': 'Consumption restriction',
  'reason.KO_STATUS_NOT_ACTIVE': 'Not active', 'reason.KO_CIRCULAR_TRADING': 'Circular trading',
  'reason.KO_IMPLAUSIBLE_GOODS': 'Implausible goods (high)', 'reason.KO_SHELL_CLUSTER': 'Shell-firm cluster (high)',

  'evidence.industryCode': 'Industry code', 'evidence.categories': 'Goods categories', 'evidence.buyers': 'Buyers',
  'evidence.amount': 'Amount (CNY)', 'evidence.share': 'Share', 'evidence.month': 'Month',
  'evidence.baselineMedian': '12-month median (CNY)', 'evidence.reversed': 'Reversed or voided (CNY)',
  'evidence.issued': 'Issued (CNY)', 'evidence.ratio': 'Ratio', 'evidence.invoices': 'Invoices',
  'evidence.mad': 'Mean absolute deviation', 'evidence.chiSquare': 'Chi-square', 'evidence.firstDigits': 'First digits 1–9 (count)',
  'evidence.expected': 'Expected by Benford (share)', 'evidence.rings': 'Rings', 'evidence.cluster': 'Cluster',
  'evidence.links': 'Shared links', 'evidence.memberCount': 'Members', 'evidence.members': 'Members (first listed)',
  'evidence.internalShare': 'Sales to each other (share)', 'evidence.salesToCapital': 'Annualised sales ÷ registered capital',
  'evidence.kind': 'kind', 'evidence.via': 'via', 'evidence.name': 'name', 'evidence.uscc': 'USCC',
  'evidence.foundedOn': 'founded', 'evidence.ageMonths': 'age (months)', 'evidence.registeredCapital': 'registered capital',
  'evidence.sales12': 'sales, 12 months', 'evidence.annualisedSales': 'annualised sales', 'evidence.salesToMembers': 'sales to members',
  'evidence.relatedSales': 'Sales to related firms (CNY)', 'evidence.sales': 'Sales, 12 months (CNY)',
  'evidence.salesShare': 'Related share of sales', 'evidence.relatedPurchases': 'Purchases from related firms (CNY)',
  'evidence.purchases': 'Purchases, 12 months (CNY)', 'evidence.purchasesShare': 'Related share of purchases',
  'evidence.counterparties': 'Related counterparties', 'evidence.counterpartyCount': 'Related firms',
  'evidence.counterparty': 'counterparty', 'evidence.direction': 'direction', 'evidence.sale': 'sale', 'evidence.purchase': 'purchase', 'evidence.legal_representative': 'legal representative', 'evidence.shareholder': 'shareholder',
  'evidence.address': 'address', 'evidence.holds_shares_in': 'holds shares in', 'evidence.held_by': 'held by',
  'evidence.common_shareholder': 'common shareholder', 'evidence.shared_officer': 'shared officer',

  'reason.CHAIN_HOPS': 'Hops to anchor', 'reason.NO_ANCHOR_CHAIN': 'No anchor chain', 'reason.CHAIN_STRENGTH': 'Chain strength',
  'reason.STABLE_LARGE_BUYERS': 'Stable large buyers', 'reason.LARGE_BUYER_SHARE': 'Large-buyer share',
  'reason.BUYER_CONCENTRATION': 'Buyer concentration', 'reason.INVOICE_DAYS': 'Invoicing days',
  'reason.SALES_TREND_3M': 'Sales trend 3m', 'reason.SALES_YOY': 'Sales YoY', 'reason.MONTHS_TRADING': 'Months trading',
  'reason.NO_TRADE_DATA': 'No trade data', 'reason.THIN_TRADE_DATA': 'Too little trade data',
  'reason.LITIGATION_DEFENDANT': 'Litigation', 'reason.LITIGATION_AMOUNT': 'Litigation amount',
  'reason.ENFORCED_PARTY': 'Enforcement', 'reason.RELATED_PARTY_RISK': 'Related-party risk', 'reason.COUNTERPARTY_DISTRESS': 'Counterparty distress', 'reason.FIRM_AGE': 'Firm age',
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
  'firm.memoLink': 'Committee memo', 'memo.title': 'Credit committee memo', 'memo.print': 'Print / save as PDF',
  'memo.back': '← Firm view', 'memo.printed': 'Printed {date}', 'memo.asOf': 'Data as of {date}',
  'memo.notScored': 'Not scored yet', 'memo.identity': 'Identity and registry', 'memo.borrower': 'Borrower status',
  'memo.isBorrower': 'An existing borrower: lender {lender}, first loan on {since}.', 'memo.lenderUnknown': 'not recorded',
  'memo.notBorrower': 'Not a borrower of the bank: a first-time borrower prospect.',
  'memo.risk': 'Risk tier, score and PD', 'memo.pdNone': 'not calibrated',
  'memo.runWarnings': 'the run had warnings: {warnings}',
  'memo.noLimit': 'The scoring model has no limit policy: no suggested limit.',
  'memo.trade': 'Trade over the last 12 months',
  'memo.tradeSummary': '{from} to {to}: sales {sales}; {stable} stable large buyer(s), sales to them {stableSales} ({share} of sales).',
  'memo.withAnchors': 'With the anchors (direct trade)', 'memo.anchor': 'Anchor', 'memo.salesTo': 'Sales to it',
  'memo.purchasesFrom': 'Purchases from it', 'memo.noAnchorTrade': 'No direct trade with an anchor in these 12 months.',
  'memo.largeBuyers': 'Large buyers', 'memo.buyer': 'Buyer', 'memo.share': 'Share of sales',
  'memo.activeMonths': 'Months invoiced', 'memo.noLargeBuyers': 'No sales to large buyers in these 12 months.',
  'memo.tradeUnit': 'Amounts in {unit}, net of tax and reversals.',
  'memo.court': 'Court', 'memo.cause': 'Cause', 'memo.filed': 'Filed', 'memo.closed': 'Closed', 'memo.amount': 'Amount',
  'memo.caseStatus': 'Status', 'memo.partyRole': 'Role of the firm', 'memo.amountUnit': 'Amounts in {unit}.',
  'memo.noCases': 'No court case on record.',
  'memo.control': 'Controller and group', 'memo.controlNotYet': 'Not computed: no score run has worked out this firm\'s controller and group yet.',
  'memo.controlStatus': 'Control', 'memo.controller': 'Actual controller', 'memo.largestHolder': 'no controller; largest holder {stake}',
  'memo.group': 'Group', 'memo.groupOf': '{id}, {n} firms under the same controller', 'memo.noGroup': 'not in a group',
  'memo.groupExposure': 'Lent to the group',
  'control.controlled': 'controlled', 'control.tie': 'no clear controller (a tie)', 'control.no_controller': 'no controller (nobody reaches 30 %)',
  'control.unknown_stakes': 'unknown: a stake that decides it is not known', 'control.no_holders': 'no recorded holders',
  'control.kind.person': 'person', 'control.kind.company': 'company', 'control.kind.organisation': 'organisation',
  'control.basis.majority': 'majority (> 50 %)', 'control.basis.control_chain': 'controls each level up', 'control.basis.relative': 'largest holder, ≥ 30 % and 10 points ahead',
  'memo.history': 'Score history', 'memo.runAsOf': 'As of', 'memo.run': 'Run',
  'memo.noHistory': 'No score history yet: it is kept from the first score run of this version on.',
  'caseStatus.open': 'open', 'caseStatus.closed': 'closed',
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

  'search.placeholder': '查找企业：名称、法定代表人、地址或（部分）统一社会信用代码', 'search.label': '查找企业',
  'search.noMatch': '没有与“{q}”匹配的企业。', 'search.searching': '查找中…',
  'search.via.legalRepresentative': '法定代表人 {via}', 'search.via.address': '地址 {via}',
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
  'anchor.insufficientData': '数据不足', 'thin.include': '列于各等级之后', 'thin.exclude': '不显示',
  'thin.only': '仅显示这些', 'risk.insufficient': '数据不足',
  'help.insufficient': '贸易数据不足以评定风险等级（近12个月及之前12个月开票月数均少于3个月）且未触发否决项：不评分、不定级。这不等于拒绝。',
  'anchor.sort': '排序', 'sort.ranking': '综合排名', 'sort.score': '评分', 'sort.trade': '与核心企业交易额',
  'anchor.total': '共 {total} 家企业符合条件 · 本页 {n} 行', 'anchor.exporting': '正在导出：{n} / {total} 行…',
  'anchor.order.ranking': '排序规则：先按风险等级（A 级在前），再按链路强度，再按评分。同一等级内，与核心企业链路更强的企业排在评分更高的企业之前。数据不足、未定级的企业排在各等级之后。',
  'anchor.order.score': '排序规则：按评分从高到低（无评分的企业，包括数据不足和未评分的，排在最后）。',
  'anchor.order.trade': '排序规则：按近12个月与核心企业的净交易额从大到小（非直接交易的企业为 0）。',
  'anchor.amounts': '金额单位：万元，不含税，近12个月。',
  'anchor.exportAll': '导出 CSV 将按此顺序保存全部 {total} 行符合条件的记录，语言与界面一致。',
  'unit.money': '万元', 'col.trade': '与核心企业交易额', 'col.sales': '销售额',
  'col.industry': '行业', 'col.region': '地区代码', 'col.tierLabel': '风险等级',
  'col.trade.long': '近12个月与核心企业交易额（万元）', 'col.sales.long': '近12个月销售额（万元）',
  'help.title': '指标说明',
  'help.tier': '风险等级：A 优质（评分 ≥ 650），B 标准（≥ 570），C 关注（≥ 490），D 拒绝（更低，或触发任一否决项）。',
  'help.score': '评分：基础分 500 加减各项原因的分值；分数越高风险越低。',
  'col.pd': '违约概率', 'help.pd': '违约概率（PD）：评分模型按本行违约结果校准得出的违约概率（拟合模型，或经 graph-loader calibrate 校准的 scorecard-v3）。模型未校准时为空：未经拟合的违约概率只是猜测。',
  'help.hops': '跳数：沿最强链路，企业与核心企业之间的交易层数。1 跳 = 与核心企业直接交易（供应链概览中的“1级”）；2 跳 = 与 1 级企业交易。',
  'help.strength': '链路强度：链路上各环节占比的乘积（每家企业对下一家的销售占比或采购占比）。1.00 表示全部销售给核心企业；0.30 以上为强，0.03 以下为弱。',
  'help.stable': '稳定大客户：交易额前 1% 的大客户中，近12个月至少 9 个月有开票、合作满 12 个月且开票规律的家数。越多越好；为 0 时扣分。',
  'help.months': '开票月数：近12个月中有开票的月数；11–12 个月为好，2 个月及以下为差。',
  'col.limit': '建议额度', 'col.limit.long': '建议额度（万元）',
  'help.limit': '建议额度：取近12个月对稳定大客户销售额的一定比例、若干个月的月均销售额、该等级上限三者中的最小值，向下取整；D 级与数据不足为 0。具体参数由模型文件设定。',
  'firm.limit': '建议额度', 'firm.limitBoundBy': '约束来自{basis}', 'firm.limitInputs': '计算依据',
  'firm.limitFormula': '取 比例 × 对稳定大客户销售额、月数 × 月均销售额、等级上限 三者最小值，向下取整；D 级与数据不足为 0。',
  'limit.in.stableSales': '近12个月对稳定大客户销售额', 'limit.in.monthlySales': '近12个月月均销售额',
  'limit.in.share': '销售额比例', 'limit.in.months': '月均销售额月数', 'limit.in.tierCap': '等级上限', 'limit.in.noCap': '无',
  'limit.basis.stable_sales_share': '对稳定大客户销售额的比例', 'limit.basis.sales_months': '月均销售额月数',
  'limit.basis.tier_cap': '等级上限', 'limit.basis.tier_d': 'D 级（拒绝）：无额度',
  'limit.basis.insufficient_data': '数据不足：无额度', 'limit.basis.no_stable_sales': '无对稳定大客户的销售：无可依托的额度',
  'help.hhi': '客户集中度（HHI）：各买方销售占比的平方和，0–1。低于 0.5 较分散；0.8 及以上依赖单一客户。',
  'help.trade': '与核心企业交易额：近12个月与该核心企业的净开票交易额（双向，不含税）。',
  'help.network': '颜色：企业按风险等级着色（A 绿 … D 红，灰色为未评分），核心企业为紫边六边形，自然人为灰色圆点，涉诉案件为黄色菱形；连线：交易为蓝色（卖方 → 买方，标注金额），持股为紫色，涉诉为黄色虚线。',
  'dir.both': '双向', 'dir.upstream': '上游（供应商）', 'dir.downstream': '下游（经销商）',
  'dir.short.upstream': '上游', 'dir.short.downstream': '下游',
  'scale.large': '大型', 'scale.medium': '中型', 'scale.small': '小型', 'scale.micro': '微型',

  'col.tier': '等级', 'col.score': '评分', 'col.name': '企业', 'col.scale': '规模', 'col.hops': '跳数',
  'col.direction': '方向', 'col.strength': '链路强度', 'col.chain': '链路', 'col.holder': '名称', 'col.stable': '稳定大客户',
  'col.months': '开票月数', 'col.reasons': '主要原因', 'col.uscc': '统一社会信用代码',

  'firm.facts': '工商登记', 'firm.industry': '行业', 'firm.region': '地区', 'firm.scale': '规模', 'firm.founded': '成立日期',
  'firm.status': '登记状态', 'firm.capital': '注册资本', 'firm.address': '地址', 'firm.usccInvalid': '信用代码校验位不符',
  'firm.watch': '☆ 关注', 'firm.watching': '★ 已关注', 'firm.watchFull': '关注列表已满（{limit} 家），请先移除一些。',
  'firm.watchHelp': '关注的企业与借款企业一样受监测；其预警见“预警”页的“我的关注”。',
  'alerts.watchlist': '我的关注',
  'own.title': '股权穿透与实际控制', 'own.chain': '控制路径：', 'own.owners': '受益所有人', 'own.noOwners': '未识别',
  'own.basis.shareholding': '持股 ≥ 25% 的自然人', 'own.basis.control': '实际控制的自然人', 'own.basis.senior_manager': '高级管理人员（无人持股 25% 或实际控制）', 'own.basis.none': '无适用规则',
  'own.incomplete': '持股比例未知，可能另有受益所有人', 'own.unknown': '部分持股比例未知', 'own.unknownHelp': '某条持股路径上有登记未载明的持股比例：实际比例可能高于所示。',
  'own.top': '位于股权链顶端', 'own.truncated': '穿透已达上限：持股比例可能偏低。',
  'group.title': '集团 {id}', 'group.of': '{name} 控制的集团', 'group.summary': '成员与授信', 'group.members': '成员企业',
  'group.exposure': '对该集团授信余额', 'group.borrowers': '借款企业（有余额）', 'group.knockedOut': '触发否决项的成员',
  'group.lender': '贷款机构', 'group.outstanding': '授信余额', 'group.stake': '控制人持股',
  'firm.anchor': '核心企业', 'firm.prospectsLink': '查看链上潜在客户 →', 'firm.risk': '评级原因', 'firm.base': '基础分',
  'firm.final': '评分', 'firm.knockout': '否决项：直接定为 D 级', 'firm.notScored': '该企业尚未评分。',
  'firm.insufficient': '数据不足，无法评定风险等级：图谱中该企业的贸易证据太少，无法评分。这不等于拒绝；请补充其开票数据或以其他方式评估。',
  'firm.asOf': '数据截至 {date}', 'firm.model': '模型 {model}', 'firm.waterfallTable': '评分逐项明细', 'firm.step': '项目',
  'firm.points': '分值', 'firm.running': '累计', 'firm.why': '原因',
  'firm.chains': '与核心企业的链路', 'firm.noChain': '3跳内无核心企业。', 'firm.anchorChains': '该企业本身是核心企业，其供应链见“查看链上潜在客户”。与其他核心企业强度低于 0.01 的链路不显示（{n} 条）。', 'firm.strength': '链路强度 {s}',
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

  'network.depth': '层数', 'network.expand': '展开', 'network.expandPick': '要展开的企业', 'network.fit': '适应画布', 'network.amounts': '交易金额：净开票额，万元，不含税，统计期为已加载的窗口（最多24个月）。',
  'network.count': '{nodes} 个节点 · {edges} 条关系', 'network.capped': '已限制枢纽节点：{n} 条关系未显示。',
  'network.help': '单击企业可展开；双击打开企业详情。', 'network.tooMany': '图已满（{n} 个节点）；请打开某家企业重新开始。',

  'paths.title': '这两家企业有什么关联？', 'paths.from': '企业甲', 'paths.to': '企业乙', 'paths.maxHops': '最大跳数',
  'paths.find': '查找路径', 'paths.none': '{n} 跳内无关联。', 'paths.found': '{n} 条关联路径', 'paths.length': '{n} 跳',
  'paths.pick': '请选择两家企业，然后查找路径。',

  'alerts.title': '预警', 'alerts.type': '类型', 'alerts.severity': '严重程度', 'alerts.state': '状态', 'alerts.open': '未处理',
  'alerts.acked': '已确认', 'alerts.uscc': '信用代码', 'alerts.lender': '贷款机构（我的客户）', 'alerts.note': '备注', 'alerts.notePlaceholder': '处理情况（可不填）', 'alerts.ack': '确认', 'alerts.ackedBy': '由 {who} 确认',
  'alerts.none': '没有符合条件的预警。', 'alerts.more': '加载更多', 'alerts.raised': '时间', 'alerts.firm': '企业',
  'alerts.message': '内容', 'alerts.apply': '筛选',
  'live.connecting': '连接中…', 'live.live': '实时', 'live.retrying': '重新连接中…', 'live.off': '未连接',
  'alerts.unavailable': '此服务暂不提供预警接口。',

  'type.sales_drop': '销售下滑', 'type.stable_buyer_silent': '稳定客户停止采购', 'type.new_litigation': '新增诉讼',
  'type.new_enforcement': '新增被执行', 'type.new_dishonest_debtor': '新增失信', 'type.tier_downgrade': '评级下调',
  'type.new_fraud_pattern': '新增欺诈模式', 'type.counterparty_distress': '交易对手陷入困境',
  'sev.high': '高', 'sev.medium': '中', 'sev.low': '低',

  'pattern.circular_trading': '循环交易', 'pattern.implausible_goods': '商品与行业不符', 'pattern.sales_surge': '销售激增',
  'pattern.reversals': '红冲与作废',

  'pattern.shell_cluster': '空壳企业群', 'pattern.related_party_trade': '关联交易', 'pattern.benford': '本福特定律偏离',

  'reason.SHELL_CLUSTER': '空壳企业群', 'reason.RELATED_PARTY_TRADE': '关联交易', 'reason.BENFORD_DEVIATION': '本福特定律偏离',
  'reason.KO_DISHONEST_DEBTOR': '失信被执行人', 'reason.KO_CONSUMPTION_RESTRICTION': '限制消费',
  'reason.KO_STATUS_NOT_ACTIVE': '非存续', 'reason.KO_CIRCULAR_TRADING': '循环交易',
  'reason.KO_IMPLAUSIBLE_GOODS': '商品与行业不符（高）', 'reason.KO_SHELL_CLUSTER': '空壳企业群（高）',

  'evidence.industryCode': '行业代码', 'evidence.categories': '商品类别', 'evidence.buyers': '买方',
  'evidence.amount': '金额（元）', 'evidence.share': '占比', 'evidence.month': '月份',
  'evidence.baselineMedian': '近12个月中位数（元）', 'evidence.reversed': '红冲或作废（元）',
  'evidence.issued': '开票金额（元）', 'evidence.ratio': '比例', 'evidence.invoices': '发票张数',
  'evidence.mad': '平均绝对偏差', 'evidence.chiSquare': '卡方值', 'evidence.firstDigits': '首位数字 1–9（张数）',
  'evidence.expected': '本福特定律期望（占比）', 'evidence.rings': '循环交易环', 'evidence.cluster': '企业群',
  'evidence.links': '共用关系', 'evidence.memberCount': '成员数', 'evidence.members': '成员（部分）',
  'evidence.internalShare': '群内互相销售占比', 'evidence.salesToCapital': '年化销售额÷注册资本',
  'evidence.kind': '类型', 'evidence.via': '经由', 'evidence.name': '名称', 'evidence.uscc': '统一社会信用代码',
  'evidence.foundedOn': '成立日期', 'evidence.ageMonths': '成立月数', 'evidence.registeredCapital': '注册资本',
  'evidence.sales12': '近12个月销售额', 'evidence.annualisedSales': '年化销售额', 'evidence.salesToMembers': '对群内成员销售额',
  'evidence.relatedSales': '对关联企业销售额（元）', 'evidence.sales': '近12个月销售额（元）',
  'evidence.salesShare': '关联销售占比', 'evidence.relatedPurchases': '自关联企业采购额（元）',
  'evidence.purchases': '近12个月采购额（元）', 'evidence.purchasesShare': '关联采购占比',
  'evidence.counterparties': '关联交易对手', 'evidence.counterpartyCount': '关联企业数',
  'evidence.counterparty': '交易对手', 'evidence.direction': '方向', 'evidence.sale': '销售', 'evidence.purchase': '采购', 'evidence.legal_representative': '法定代表人', 'evidence.shareholder': '股东',
  'evidence.address': '地址', 'evidence.holds_shares_in': '持股', 'evidence.held_by': '被持股',
  'evidence.common_shareholder': '共同股东', 'evidence.shared_officer': '共同高管',

  'fraud.circular_trading': '参与 {rings} 个循环交易环，各环金额相近',
  'fraud.implausible_goods': '所属行业 {industryCode} 销售{categories}：占销售额 {share}',
  'fraud.sales_surge': '{month} 销售额为近12个月中位数的 {multiple} 倍',
  'fraud.reversals': '已开票销售中 {ratio} 被红冲或作废',
  'fraud.benford': '{invoices} 张发票金额的首位数字偏离本福特定律（MAD {mad}）',
  'fraud.shell_cluster': '{memberCount} 家新设企业之一，共用{links}；其销售额的 {internalShare} 流向彼此{capital}',
  'fraud.shell_cluster.capital': '，年化销售额为注册资本的 {x} 倍', 'fraud.shell_cluster.noCapital': '，无注册资本',
  'fraud.related_party_trade': '近12个月与 {counterpartyCount} 家关联企业（{kinds}）的交易占销售 {salesShare}、采购 {purchasesShare}',

  'reason.CHAIN_HOPS': '距核心企业跳数', 'reason.NO_ANCHOR_CHAIN': '无核心企业链路', 'reason.CHAIN_STRENGTH': '链路强度',
  'reason.STABLE_LARGE_BUYERS': '稳定大客户', 'reason.LARGE_BUYER_SHARE': '大客户占比', 'reason.BUYER_CONCENTRATION': '客户集中度',
  'reason.INVOICE_DAYS': '开票天数', 'reason.SALES_TREND_3M': '近3月环比', 'reason.SALES_YOY': '销售同比',
  'reason.MONTHS_TRADING': '开票月数', 'reason.NO_TRADE_DATA': '无贸易数据', 'reason.THIN_TRADE_DATA': '贸易数据不足', 'reason.LITIGATION_DEFENDANT': '涉诉', 'reason.LITIGATION_AMOUNT': '涉诉金额',
  'reason.ENFORCED_PARTY': '被执行', 'reason.RELATED_PARTY_RISK': '关联方风险', 'reason.COUNTERPARTY_DISTRESS': '交易对手困境', 'reason.FIRM_AGE': '成立年限',
  'reason.USCC_FLAGGED': '代码校验', 'reason.IMPLAUSIBLE_GOODS': '商品不符', 'reason.SALES_SURGE': '销售激增',
  'reason.REVERSAL_RATIO': '红冲作废',

  'role.legal_representative': '法定代表人', 'role.director': '董事', 'role.chairman': '董事长', 'role.executive_director': '执行董事',
  'role.supervisor': '监事', 'role.chief_supervisor': '监事会主席', 'role.manager': '经理', 'role.general_manager': '总经理',
  'role.financial_officer': '财务负责人', 'role.plaintiff': '原告', 'role.defendant': '被告', 'role.third_party': '第三人',
  'role.applicant': '申请执行人', 'role.enforced_party': '被执行人',
  'kind.civil': '民事', 'kind.enforcement': '执行', 'kind.dishonest_debtor': '失信被执行', 'kind.consumption_restriction': '限制消费',
  'kind.administrative': '行政', 'kind.criminal': '刑事',
  'status.active': '存续', 'status.revoked': '吊销', 'status.cancelled': '注销', 'status.dissolved': '解散',
  'firm.memoLink': '授信审批备忘', 'memo.title': '授信审批备忘', 'memo.print': '打印 / 另存为 PDF',
  'memo.back': '← 企业视图', 'memo.printed': '打印日期 {date}', 'memo.asOf': '数据截至 {date}',
  'memo.notScored': '尚未评分', 'memo.identity': '企业身份与工商登记', 'memo.borrower': '借款人状态',
  'memo.isBorrower': '本行存量借款人：贷款行 {lender}，首次贷款日 {since}。', 'memo.lenderUnknown': '未登记',
  'memo.notBorrower': '非本行借款人：首贷户拓展对象。',
  'memo.risk': '风险等级、评分与违约概率', 'memo.pdNone': '未校准',
  'memo.runWarnings': '本次评分运行有警告：{warnings}',
  'memo.noLimit': '评分模型未设额度政策：无建议额度。',
  'memo.trade': '近12个月交易',
  'memo.tradeSummary': '{from} 至 {to}：销售额 {sales}；稳定大客户 {stable} 家，对其销售额 {stableSales}（占销售额 {share}）。',
  'memo.withAnchors': '与核心企业（直接交易）', 'memo.anchor': '核心企业', 'memo.salesTo': '对其销售',
  'memo.purchasesFrom': '自其采购', 'memo.noAnchorTrade': '近12个月与核心企业无直接交易。',
  'memo.largeBuyers': '大客户', 'memo.buyer': '买方', 'memo.share': '占销售额',
  'memo.activeMonths': '开票月数', 'memo.noLargeBuyers': '近12个月对大客户无销售。',
  'memo.tradeUnit': '金额单位：{unit}，不含税，已扣除红冲。',
  'memo.court': '法院', 'memo.cause': '案由', 'memo.filed': '立案日期', 'memo.closed': '结案日期', 'memo.amount': '标的金额',
  'memo.caseStatus': '状态', 'memo.partyRole': '本企业诉讼地位', 'memo.amountUnit': '金额单位：{unit}。',
  'memo.noCases': '无涉诉记录。',
  'memo.control': '实际控制人与集团关联', 'memo.controlNotYet': '尚未计算：评分运行尚未得出该企业的实际控制人与所属集团。',
  'memo.controlStatus': '控制情况', 'memo.controller': '实际控制人', 'memo.largestHolder': '无实际控制人；第一大股东 {stake}',
  'memo.group': '所属集团', 'memo.groupOf': '{id}，同一控制人下共 {n} 家企业', 'memo.noGroup': '不属于任何集团',
  'memo.groupExposure': '对该集团授信余额',
  'control.controlled': '有实际控制人', 'control.tie': '无明确控制人（持股相当）', 'control.no_controller': '无实际控制人（无人达到 30%）',
  'control.unknown_stakes': '无法判断：关键持股比例未知', 'control.no_holders': '无股东记录',
  'control.kind.person': '自然人', 'control.kind.company': '企业', 'control.kind.organisation': '机构',
  'control.basis.majority': '绝对控股（> 50%）', 'control.basis.control_chain': '逐层控制', 'control.basis.relative': '相对控股（≥ 30% 且领先 10 个百分点）',
  'memo.history': '评分历史', 'memo.runAsOf': '数据截至', 'memo.run': '评分批次',
  'memo.noHistory': '暂无评分历史：自本版本首次评分起保存。',
  'caseStatus.open': '未结', 'caseStatus.closed': '已结',
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

/** An amount in CNY in the unit the language reads amounts in (t('unit.money')): 万元 in Chinese, thousands in English. */
export function money(v, digits = 1) {
  if (v == null) return '';
  return num(v / (current === 'zh' ? 10_000 : 1_000), digits);
}

/** The same figure for a file: no grouping, so that a spreadsheet reads a number. */
export function moneyPlain(v, digits = 1) {
  if (v == null) return '';
  return (v / (current === 'zh' ? 10_000 : 1_000)).toFixed(digits);
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
