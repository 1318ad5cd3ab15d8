using Terminal.Core.Protocol;

namespace Terminal.App.Screens
{
    /// <summary>
    /// Every sentence the screens show, in Simplified Chinese (the default) and English, side by side so
    /// a reviewer sees both at once. Nothing user-visible is written anywhere else in the screens: the
    /// font tool (tools/FontSubset) collects the glyphs the terminal carries from this file, so a phrase
    /// written elsewhere would show missing glyphs on the device. The host's response-code texts come from
    /// <see cref="ResponseCodeCatalog"/> (firmware/Core), in the same two languages.
    /// </summary>
    /// <remarks>
    /// Key names in hints are the legends printed on the keypad. Status words that are ids on purpose
    /// (PASS, WARN, FAIL, cause ids such as HW-PRINTER) stay ASCII in both languages, so a technician on
    /// the phone reads the same word the console and the self-test log use.
    /// </remarks>
    public sealed class ScreenText
    {
        // Failure causes of ../shared/failure-causes.md: id, then name and remedy in Chinese, then in English.
        private static readonly string[] CauseTable = new string[]
        {
            "HW-DISPLAY", "显示屏故障", "请联系维修，并使用备用终端。", "Display fault", "Call service; use a backup terminal.",
            "HW-PRINTER", "打印机故障", "请装纸或合上纸仓盖，小票修好后自动补打。", "Printer fault", "Load paper or close the cover; receipts then print.",
            "HW-KEYPAD", "键盘故障", "请清洁或更换键盘。", "Keypad fault", "Clean or replace the keypad.",
            "HW-CARD", "读卡器故障", "请重新插紧读卡器连接线；仍有问题请联系维修。", "Card reader fault", "Re-seat the reader cable, then call service.",
            "HW-SCANNER", "扫码器故障", "请清洁扫描窗口，并重新插紧连接线。", "Scanner fault", "Clean the scanner window and re-seat its cable.",
            "HW-LINK", "外设连接故障", "请重新插紧该设备的连接线。", "Cable fault", "Re-seat the cable of the named part.",
            "HW-POWER", "电源不稳定", "请检查电源适配器和插座。", "Unstable power", "Check the power adapter and the socket.",
            "HW-STORAGE", "存储故障", "请联系维修。队列未清空时请勿断电。", "Storage fault", "Call service; do not power off with results queued.",
            "SW-VERSION", "软件版本过旧", "请在队列清空后升级固件。", "Firmware outdated", "Update the firmware once the queue is empty.",
            "SW-INTEGRITY", "程序完整性异常", "请重新刷写固件，并联系维修。", "Firmware damaged", "Re-flash the firmware and call service.",
            "SW-CONFIG", "终端配置错误", "请技术员更正终端配置。", "Configuration error", "A technician must correct the configuration.",
            "SW-LIMITS", "限额或权限设置", "请与收单机构核对交易限额。", "Limits or permissions", "Check the limits with the acquirer.",
            "SW-CLOCK", "终端时间不正确", "请同步时间后重试。", "Clock is wrong", "Sync the time, then try again.",
            "SW-MEMORY", "内存不足", "请重启终端；反复出现请联系维修。", "Low memory", "Restart; call service if it repeats.",
            "SW-LOG", "日志与报警失效", "请联系维修。", "Logging not working", "Call service.",
            "NET-LINK", "网络未连接", "请检查路由器，靠近一些或更换网络。", "No network", "Check the router; move closer or switch network.",
            "NET-PATH", "无法连接支付主机", "请检查网络，或联系网络服务商。", "Host unreachable", "Check the network or call the network provider.",
            "NET-GATEWAY", "支付平台暂不可用", "请稍候。结果会保留并稍后送达。", "Payment platform down", "Wait: results are kept and delivered later.",
            "TX-PENDING", "结果待上传", "请连接网络，队列会自动清空。", "Results queued", "Connect the network; the queue drains by itself.",
            "TX-UNKNOWN", "交易结果待确认", "请等待查询结果，切勿让顾客重复支付。", "Outcome not known yet", "Wait for the result; never charge the customer again.",
        };

        private const int CauseColumns = 5;

        /// <summary>The Simplified Chinese texts (the terminal's default language). Declared after the cause table: static fields initialise in text order.</summary>
        public static readonly ScreenText Chinese = new ScreenText(CashierLanguage.SimplifiedChinese);

        /// <summary>The English texts.</summary>
        public static readonly ScreenText English = new ScreenText(CashierLanguage.English);

        private ScreenText(CashierLanguage language)
        {
            bool zh = language == CashierLanguage.SimplifiedChinese;
            Language = language;

            // Header and footer, on every screen.
            NetworkOnline = zh ? "在线" : "Online";
            NetworkOffline = zh ? "离线" : "Offline";
            SelfTestLabel = zh ? "自检" : "Test";
            VerdictPass = "PASS";
            VerdictWarn = "WARN";
            VerdictFail = "FAIL";
            VerdictNotRun = "----";
            TerminalPrefix = zh ? "终端 " : "Terminal ";
            LanguageName = zh ? "中文" : "English";
            CurrencySymbol = "¥";

            // Idle.
            IdleTitle = zh ? "收款就绪" : "Ready";
            IdleNetworkPrefix = zh ? "网络：" : "Network: ";
            IdleQueuePrefix = zh ? "待上传：" : "Queued: ";
            IdleQueueSuffix = zh ? " 笔" : string.Empty;
            IdleSelfTestPrefix = zh ? "上次自检：" : "Last self-test: ";
            IdleHint = zh ? "输入金额开始  [菜单] 维护" : "Type amount  [Menu] service";

            // Amount entry and confirmation.
            AmountEntryTitle = zh ? "请输入金额" : "Enter amount";
            AmountEntryLine = zh ? "按 [退格] 或 [清除] 修改" : "[Back] or [Clear] to correct";
            AmountEntryHint = zh ? "[确认] 下一步   [取消] 返回" : "[OK] next    [Cancel] back";
            AmountConfirmTitle = zh ? "请确认金额" : "Confirm amount";
            AmountConfirmLine = zh ? "金额正确请按 [确认]" : "[OK] if the amount is right";
            AmountConfirmHint = zh ? "[确认] 收款   [取消] 修改" : "[OK] pay   [Cancel] change";

            // Waiting for the customer: card, merchant code, customer code.
            PresentCardTitle = zh ? "请挥卡" : "Tap card";
            PresentCardLine = zh ? "请将卡片靠近感应区" : "Hold card near the reader";
            PresentCardOrCode = zh ? "也可出示付款码扫码支付" : "Or show a payment code";
            WaitingHint = zh ? "[取消] 返回" : "[Cancel] back";
            MerchantQrTitle = zh ? "请扫码支付" : "Scan to pay";
            MerchantQrHint = zh ? "[取消] 关闭订单" : "[Cancel] close the order";
            MerchantQrMissing = zh ? "收款码无法显示" : "Code cannot be shown";
            ScanCustomerTitle = zh ? "请出示付款码" : "Show pay code";
            ScanCustomerLine = zh ? "将付款码对准扫描窗口" : "Hold the code to the scanner";
            ScanCustomerLine2 = zh ? "保持手机稳定，距离约10厘米" : "Keep the phone still, ~10 cm";

            // Authorizing.
            AuthorizingTitle = zh ? "正在授权" : "Authorizing";
            AuthorizingLine = zh ? "正在联系银行，请稍候" : "Contacting the bank...";
            AuthorizingKeepCard = zh ? "请勿移开卡片或手机" : "Keep the card or phone still";
            AuthorizingHint = zh ? "[取消] 撤销本笔交易" : "[Cancel] undo this payment";
            CancelRequestedLine = zh ? "已请求撤销：如扣款成功将自动冲正" : "Undo requested: any charge is reversed";

            // Approved.
            ApprovedTitle = zh ? "交易成功" : "Approved";
            ApprovedLine = zh ? "顾客已付款" : "The customer has paid.";
            TransactionPrefix = zh ? "交易序号 " : "Transaction ";
            DoneHint = zh ? "[确认] 完成" : "[OK] done";

            // Declined.
            DeclinedTitle = zh ? "交易被拒绝" : "Declined";
            DeclinedNotCharged = zh ? "顾客未被扣款" : "No charge to the customer.";
            ResponseCodePrefix = zh ? "响应码 " : "Code ";
            BackHint = zh ? "[确认] 返回" : "[OK] back";

            // Unknown: never "failed" (docs/late-approval-policy.md).
            UnknownTitle = zh ? "正在确认结果" : "Checking";
            UnknownDoNotPayAgain = zh ? "请勿重复支付" : "Do not pay again";
            UnknownLine = zh ? "正在向银行查询本笔交易" : "Checking with the bank.";
            UnknownWillShow = zh ? "结果到达后自动显示并打印" : "Result shows when it arrives";
            UnknownHint = zh ? "请稍候" : "Please wait";
            UnknownOfferLine = zh ? "可继续等待，或撤销并冲正" : "Keep waiting or undo it";
            UnknownOfferHint = zh ? "[确认] 继续等待  [取消] 撤销" : "[OK] wait   [Cancel] undo";

            // Late confirmation: distinct from an approval on time.
            LateTitle = zh ? "延迟确认" : "Late approval";
            LateBanner = zh ? "延迟确认 LATE CONFIRMATION" : "LATE CONFIRMATION";
            LateLine = zh ? "之前待确认的交易已成功" : "Checked payment is approved";
            LateDoNotChargeAgain = zh ? "顾客已付款，请勿重复收款" : "Paid. Do not charge again.";

            // Cancelled.
            CancelledTitle = zh ? "已撤销" : "Cancelled";
            CancelledLine = zh ? "如有扣款将自动冲正退回" : "Any charge will be reversed.";
            CancelledNextStep = zh ? "可改用其他方式收款" : "Take payment another way.";

            // Refused: the terminal did not start the payment.
            RefusedTitle = zh ? "交易未发起" : "Not started";
            RefusedNothingSent = zh ? "未发送交易，顾客未被扣款" : "Nothing was sent; no charge.";
            RefusedCheckAmount = zh ? "请检查金额或付款码后重试" : "Check the amount, try again";

            // Error with a cause id and its remedy.
            ErrorTitle = zh ? "设备需要处理" : "Attention";

            // Technician menu.
            MenuTitle = zh ? "维护菜单" : "Service menu";
            MenuEmpty = zh ? "暂无维护项目" : "No entries yet";
            MenuHint = zh ? "[确认] 执行   [取消] 退出" : "[OK] run   [Cancel] exit";

            // Technician menu pages (firmware/App/Technician).
            PinTitle = zh ? "技术员登录" : "Technician";
            PinLine = zh ? "请输入维护密码" : "Enter the technician PIN";
            PinEnteredPrefix = zh ? "已输入位数：" : "Digits entered: ";
            PinTooShort = zh ? "密码至少8位" : "The PIN has 8 digits or more";
            PinRefused = zh ? "密码错误" : "Wrong PIN";
            PinFailuresPrefix = zh ? "连续错误次数：" : "Failures in a row: ";
            PinLocked = zh ? "登录已锁定" : "Sign-in locked";
            PinLockedPrefix = zh ? "剩余时间 " : "Try again in ";
            PinNotConfigured = zh ? "未设置技术员密码" : "No technician PIN is set";
            PinHint = zh ? "[确认] 登录   [取消] 返回" : "[OK] sign in  [Cancel] back";
            MenuRunSymptom = zh ? "按症状自检" : "Test by symptom";
            MenuRunAll = zh ? "全部自检" : "Test everything";
            MenuRunOne = zh ? "单项自检" : "Test one cause";
            MenuResults = zh ? "查看自检结果" : "Last results";
            MenuPrintReport = zh ? "打印自检报告" : "Print test report";
            MenuTransactions = zh ? "最近交易" : "Last transactions";
            MenuQueues = zh ? "队列状态" : "Queue state";
            MenuReprint = zh ? "补打上一张小票" : "Reprint last receipt";
            MenuLanguage = zh ? "语言 Language" : "Language 语言";
            MenuRestart = zh ? "重启终端" : "Restart terminal";
            ListHint = zh ? "[确认] 查看   [取消] 返回" : "[OK] open   [Cancel] back";
            DetailHint = zh ? "[菜单] 下一项  [取消] 返回" : "[Menu] next   [Cancel] back";
            SymptomListTitle = zh ? "按症状自检" : "By symptom";
            CauseListTitle = zh ? "单项自检" : "One cause";
            ResultListTitle = zh ? "自检结果" : "Results";
            RunningTitle = zh ? "正在自检" : "Testing";
            RunningLine = zh ? "请稍候，正在检查" : "Checking, please wait";
            NoResults = zh ? "还没有自检结果" : "No results yet: run a test";
            RemedyPrefix = zh ? "处理：" : "Remedy: ";
            OverallPrefix = zh ? "总体：" : "Overall: ";
            ReportTitle = zh ? "自检报告" : "Test report";
            PrintedLine = zh ? "已打印" : "Printed";
            NotPrintedLine = zh ? "未能打印" : "Not printed";
            NoPrinter = zh ? "未安装打印机" : "No printer fitted";
            ReprintTitle = zh ? "补打小票" : "Reprint";
            ReprintMarkedLine = zh ? "已标记 REPRINT" : "Marked REPRINT";
            NoReceipt = zh ? "没有可补打的小票" : "No receipt to reprint";
            TransactionsTitle = zh ? "最近交易" : "Transactions";
            NoTransactions = zh ? "暂无交易记录" : "No transactions yet";
            MethodCardWord = zh ? "银行卡" : "Card";
            MethodQrWord = zh ? "扫码" : "QR";
            StateApprovedWord = zh ? "成功" : "Approved";
            StateDeclinedWord = zh ? "拒绝" : "Declined";
            StateCancelledWord = zh ? "已撤销" : "Cancelled";
            StateUnknownWord = zh ? "待确认" : "Unknown";
            StateResolvedPrefix = zh ? "待确认→" : "Unknown→";
            QueuesTitle = zh ? "队列状态" : "Queues";
            QueueDisplay = zh ? "显示" : "Display";
            QueuePrinter = zh ? "打印" : "Printer";
            QueueHost = zh ? "主机" : "Host";
            QueueCountSuffix = zh ? " 笔" : " waiting";
            QueueOldestPrefix = zh ? "最早 " : "oldest ";
            MinutesSuffix = zh ? " 分钟" : " min";
            NoJournal = zh ? "交易记录不可用" : "Journal not available";
            LanguageTitle = zh ? "语言" : "Language";
            LanguageNotKept = zh ? "重启后恢复默认语言" : "Default again after restart";
            RestartTitle = zh ? "重启终端" : "Restart";
            RestartSafeLine = zh ? "交易记录不会丢失" : "No result is lost";
            RestartConfirmLine = zh ? "按 [确认] 立即重启" : "[OK] restarts now";
            RestartHint = zh ? "[确认] 重启   [取消] 返回" : "[OK] restart   [Cancel] back";
            RestartRefused = zh ? "交易授权中，不能重启" : "A payment is authorizing";
            RestartingLine = zh ? "正在重启…" : "Restarting...";
            NotAvailable = zh ? "此功能不可用" : "Not available";
            OperatorTitle = zh ? "请技术员操作" : "Technician step";
            OperatorAnswerHint = zh ? "[确认] 是   [取消] 否" : "[OK] yes   [Cancel] no";
        }

        /// <summary>Gets the language of these texts.</summary>
        public CashierLanguage Language { get; }

        /// <summary>Gets the header word for a working network.</summary>
        public string NetworkOnline { get; }

        /// <summary>Gets the header word for no network.</summary>
        public string NetworkOffline { get; }

        /// <summary>Gets the header label before the self-test verdict.</summary>
        public string SelfTestLabel { get; }

        /// <summary>Gets the verdict word PASS (an id: the same in both languages).</summary>
        public string VerdictPass { get; }

        /// <summary>Gets the verdict word WARN.</summary>
        public string VerdictWarn { get; }

        /// <summary>Gets the verdict word FAIL.</summary>
        public string VerdictFail { get; }

        /// <summary>Gets the verdict shown before any self-test ran.</summary>
        public string VerdictNotRun { get; }

        /// <summary>Gets the footer's prefix before the terminal id.</summary>
        public string TerminalPrefix { get; }

        /// <summary>Gets the language's own name, shown in the footer.</summary>
        public string LanguageName { get; }

        /// <summary>Gets the currency symbol put before amounts (CNY).</summary>
        public string CurrencySymbol { get; }

        /// <summary>Gets the idle screen's title.</summary>
        public string IdleTitle { get; }

        /// <summary>Gets the idle screen's network line prefix.</summary>
        public string IdleNetworkPrefix { get; }

        /// <summary>Gets the idle screen's queue line prefix.</summary>
        public string IdleQueuePrefix { get; }

        /// <summary>Gets the idle screen's queue line suffix (after the count).</summary>
        public string IdleQueueSuffix { get; }

        /// <summary>Gets the idle screen's self-test line prefix.</summary>
        public string IdleSelfTestPrefix { get; }

        /// <summary>Gets the idle screen's key hint.</summary>
        public string IdleHint { get; }

        /// <summary>Gets the amount entry title.</summary>
        public string AmountEntryTitle { get; }

        /// <summary>Gets the amount entry help line.</summary>
        public string AmountEntryLine { get; }

        /// <summary>Gets the amount entry key hint.</summary>
        public string AmountEntryHint { get; }

        /// <summary>Gets the amount confirmation title.</summary>
        public string AmountConfirmTitle { get; }

        /// <summary>Gets the amount confirmation help line.</summary>
        public string AmountConfirmLine { get; }

        /// <summary>Gets the amount confirmation key hint.</summary>
        public string AmountConfirmHint { get; }

        /// <summary>Gets the present-card title.</summary>
        public string PresentCardTitle { get; }

        /// <summary>Gets the present-card help line.</summary>
        public string PresentCardLine { get; }

        /// <summary>Gets the present-card line that offers a customer code instead.</summary>
        public string PresentCardOrCode { get; }

        /// <summary>Gets the key hint while waiting for the customer.</summary>
        public string WaitingHint { get; }

        /// <summary>Gets the merchant QR title.</summary>
        public string MerchantQrTitle { get; }

        /// <summary>Gets the merchant QR key hint.</summary>
        public string MerchantQrHint { get; }

        /// <summary>Gets the line shown instead of a code that cannot be encoded.</summary>
        public string MerchantQrMissing { get; }

        /// <summary>Gets the scan-customer-code title.</summary>
        public string ScanCustomerTitle { get; }

        /// <summary>Gets the scan-customer-code help line.</summary>
        public string ScanCustomerLine { get; }

        /// <summary>Gets the scan-customer-code second help line.</summary>
        public string ScanCustomerLine2 { get; }

        /// <summary>Gets the authorizing title.</summary>
        public string AuthorizingTitle { get; }

        /// <summary>Gets the authorizing help line.</summary>
        public string AuthorizingLine { get; }

        /// <summary>Gets the authorizing line asking to keep the card or phone in place.</summary>
        public string AuthorizingKeepCard { get; }

        /// <summary>Gets the authorizing key hint.</summary>
        public string AuthorizingHint { get; }

        /// <summary>Gets the line shown once Cancel was pressed while authorizing.</summary>
        public string CancelRequestedLine { get; }

        /// <summary>Gets the approved title.</summary>
        public string ApprovedTitle { get; }

        /// <summary>Gets the approved line.</summary>
        public string ApprovedLine { get; }

        /// <summary>Gets the prefix before the journal's transaction number.</summary>
        public string TransactionPrefix { get; }

        /// <summary>Gets the key hint on a final result.</summary>
        public string DoneHint { get; }

        /// <summary>Gets the declined title.</summary>
        public string DeclinedTitle { get; }

        /// <summary>Gets the declined line saying nobody was charged.</summary>
        public string DeclinedNotCharged { get; }

        /// <summary>Gets the prefix before the host's response code.</summary>
        public string ResponseCodePrefix { get; }

        /// <summary>Gets the key hint to go back.</summary>
        public string BackHint { get; }

        /// <summary>Gets the UNKNOWN title ("checking", never "failed").</summary>
        public string UnknownTitle { get; }

        /// <summary>Gets the UNKNOWN warning line.</summary>
        public string UnknownDoNotPayAgain { get; }

        /// <summary>Gets the UNKNOWN explanation line.</summary>
        public string UnknownLine { get; }

        /// <summary>Gets the UNKNOWN line promising the result later.</summary>
        public string UnknownWillShow { get; }

        /// <summary>Gets the UNKNOWN key hint before the cashier is offered a choice.</summary>
        public string UnknownHint { get; }

        /// <summary>Gets the UNKNOWN line offering the choice (after 2 minutes, late-approval-policy.md "Bounds").</summary>
        public string UnknownOfferLine { get; }

        /// <summary>Gets the UNKNOWN key hint with the choice.</summary>
        public string UnknownOfferHint { get; }

        /// <summary>Gets the late confirmation title.</summary>
        public string LateTitle { get; }

        /// <summary>Gets the late confirmation banner (the receipt's marker).</summary>
        public string LateBanner { get; }

        /// <summary>Gets the late confirmation explanation.</summary>
        public string LateLine { get; }

        /// <summary>Gets the late confirmation warning not to charge again.</summary>
        public string LateDoNotChargeAgain { get; }

        /// <summary>Gets the cancelled title.</summary>
        public string CancelledTitle { get; }

        /// <summary>Gets the cancelled line.</summary>
        public string CancelledLine { get; }

        /// <summary>Gets the cancelled next step.</summary>
        public string CancelledNextStep { get; }

        /// <summary>Gets the refused title.</summary>
        public string RefusedTitle { get; }

        /// <summary>Gets the refused line saying nothing was sent.</summary>
        public string RefusedNothingSent { get; }

        /// <summary>Gets the refused next step when no cause applies.</summary>
        public string RefusedCheckAmount { get; }

        /// <summary>Gets the error screen's title.</summary>
        public string ErrorTitle { get; }

        /// <summary>Gets the technician menu's title.</summary>
        public string MenuTitle { get; }

        /// <summary>Gets the line of an empty technician menu.</summary>
        public string MenuEmpty { get; }

        /// <summary>Gets the technician menu's key hint.</summary>
        public string MenuHint { get; }

        /// <summary>Gets the technician sign-in title.</summary>
        public string PinTitle { get; }

        /// <summary>Gets the sign-in instruction.</summary>
        public string PinLine { get; }

        /// <summary>Gets the prefix before the number of PIN digits typed (the digits themselves are never shown).</summary>
        public string PinEnteredPrefix { get; }

        /// <summary>Gets the line shown when OK is pressed on fewer than 8 digits (not counted as an attempt).</summary>
        public string PinTooShort { get; }

        /// <summary>Gets the line shown after a refused PIN.</summary>
        public string PinRefused { get; }

        /// <summary>Gets the prefix before the count of failures in a row.</summary>
        public string PinFailuresPrefix { get; }

        /// <summary>Gets the line shown while sign-in is locked out.</summary>
        public string PinLocked { get; }

        /// <summary>Gets the prefix before the lockout's time left (mm:ss).</summary>
        public string PinLockedPrefix { get; }

        /// <summary>Gets the line shown when the terminal has no technician credential.</summary>
        public string PinNotConfigured { get; }

        /// <summary>Gets the sign-in key hint.</summary>
        public string PinHint { get; }

        /// <summary>Gets the menu entry: run the checks of one symptom (S1..S5).</summary>
        public string MenuRunSymptom { get; }

        /// <summary>Gets the menu entry: run every self-test.</summary>
        public string MenuRunAll { get; }

        /// <summary>Gets the menu entry: run one self-test by cause id.</summary>
        public string MenuRunOne { get; }

        /// <summary>Gets the menu entry: the last results with their remedies.</summary>
        public string MenuResults { get; }

        /// <summary>Gets the menu entry: print the self-test report.</summary>
        public string MenuPrintReport { get; }

        /// <summary>Gets the menu entry: the last transactions with their final state.</summary>
        public string MenuTransactions { get; }

        /// <summary>Gets the menu entry: the outbound queues and their oldest items.</summary>
        public string MenuQueues { get; }

        /// <summary>Gets the menu entry: reprint the last receipt, marked REPRINT.</summary>
        public string MenuReprint { get; }

        /// <summary>Gets the menu entry: switch the screen language (both words, so either reader finds it).</summary>
        public string MenuLanguage { get; }

        /// <summary>Gets the menu entry: restart the terminal.</summary>
        public string MenuRestart { get; }

        /// <summary>Gets the key hint of a list page.</summary>
        public string ListHint { get; }

        /// <summary>Gets the key hint of a page that steps through items.</summary>
        public string DetailHint { get; }

        /// <summary>Gets the title of the symptom list.</summary>
        public string SymptomListTitle { get; }

        /// <summary>Gets the title of the cause list.</summary>
        public string CauseListTitle { get; }

        /// <summary>Gets the title of the results list and of one result (with its number).</summary>
        public string ResultListTitle { get; }

        /// <summary>Gets the title shown while self-tests run.</summary>
        public string RunningTitle { get; }

        /// <summary>Gets the line shown while self-tests run.</summary>
        public string RunningLine { get; }

        /// <summary>Gets the line shown when no self-test has run.</summary>
        public string NoResults { get; }

        /// <summary>Gets the prefix before a result's remedy.</summary>
        public string RemedyPrefix { get; }

        /// <summary>Gets the prefix before a run's overall verdict.</summary>
        public string OverallPrefix { get; }

        /// <summary>Gets the title of the report printing page.</summary>
        public string ReportTitle { get; }

        /// <summary>Gets the line shown when a document was printed whole.</summary>
        public string PrintedLine { get; }

        /// <summary>Gets the line shown when the printer did not print the document whole.</summary>
        public string NotPrintedLine { get; }

        /// <summary>Gets the line shown when the terminal has no printer.</summary>
        public string NoPrinter { get; }

        /// <summary>Gets the title of the reprint page.</summary>
        public string ReprintTitle { get; }

        /// <summary>Gets the line saying the reprint carries the REPRINT marker.</summary>
        public string ReprintMarkedLine { get; }

        /// <summary>Gets the line shown when no receipt is known.</summary>
        public string NoReceipt { get; }

        /// <summary>Gets the title of the last transactions.</summary>
        public string TransactionsTitle { get; }

        /// <summary>Gets the line shown when no transaction is kept.</summary>
        public string NoTransactions { get; }

        /// <summary>Gets the word for a card payment.</summary>
        public string MethodCardWord { get; }

        /// <summary>Gets the word for a QR payment.</summary>
        public string MethodQrWord { get; }

        /// <summary>Gets the word for an approved transaction.</summary>
        public string StateApprovedWord { get; }

        /// <summary>Gets the word for a declined transaction.</summary>
        public string StateDeclinedWord { get; }

        /// <summary>Gets the word for a cancelled transaction.</summary>
        public string StateCancelledWord { get; }

        /// <summary>Gets the word for a transaction whose outcome is not known yet (never &quot;failed&quot;).</summary>
        public string StateUnknownWord { get; }

        /// <summary>Gets the prefix of an outcome that arrived after the transaction was unknown.</summary>
        public string StateResolvedPrefix { get; }

        /// <summary>Gets the title of the queue state.</summary>
        public string QueuesTitle { get; }

        /// <summary>Gets the name of the display queue.</summary>
        public string QueueDisplay { get; }

        /// <summary>Gets the name of the printer queue.</summary>
        public string QueuePrinter { get; }

        /// <summary>Gets the name of the host queue.</summary>
        public string QueueHost { get; }

        /// <summary>Gets the suffix after a queue's item count.</summary>
        public string QueueCountSuffix { get; }

        /// <summary>Gets the prefix before the oldest item's age.</summary>
        public string QueueOldestPrefix { get; }

        /// <summary>Gets the suffix after a number of minutes.</summary>
        public string MinutesSuffix { get; }

        /// <summary>Gets the line shown when the journal is not open.</summary>
        public string NoJournal { get; }

        /// <summary>Gets the title of the language choice.</summary>
        public string LanguageTitle { get; }

        /// <summary>Gets the line saying the choice is kept in memory only.</summary>
        public string LanguageNotKept { get; }

        /// <summary>Gets the title of the restart page.</summary>
        public string RestartTitle { get; }

        /// <summary>Gets the line saying a restart loses nothing (the journal is durable).</summary>
        public string RestartSafeLine { get; }

        /// <summary>Gets the line asking to confirm the restart.</summary>
        public string RestartConfirmLine { get; }

        /// <summary>Gets the key hint of the restart page.</summary>
        public string RestartHint { get; }

        /// <summary>Gets the line shown when a restart is refused during an authorization.</summary>
        public string RestartRefused { get; }

        /// <summary>Gets the line shown when the restart was requested.</summary>
        public string RestartingLine { get; }

        /// <summary>Gets the line shown for a function whose part is not fitted.</summary>
        public string NotAvailable { get; }

        /// <summary>Gets the title of a self-test's question or instruction to the technician.</summary>
        public string OperatorTitle { get; }

        /// <summary>Gets the key hint of a self-test's question.</summary>
        public string OperatorAnswerHint { get; }

        /// <summary>Gets the cause ids this file has a name and remedy for, in the order of failure-causes.md.</summary>
        /// <returns>A new array of the ids.</returns>
        public static string[] KnownCauseIds()
        {
            string[] ids = new string[CauseTable.Length / CauseColumns];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = CauseTable[i * CauseColumns];
            }

            return ids;
        }

        /// <summary>Gets the texts of a language.</summary>
        /// <param name="language">The language.</param>
        /// <returns><see cref="Chinese"/> or <see cref="English"/>.</returns>
        public static ScreenText For(CashierLanguage language)
        {
            return language == CashierLanguage.English ? English : Chinese;
        }

        /// <summary>Gets the short name of a failure cause.</summary>
        /// <param name="causeId">A cause id of failure-causes.md, e.g. "HW-PRINTER".</param>
        /// <returns>The name; empty for an id not in the table.</returns>
        public string CauseName(string causeId)
        {
            return CauseColumn(causeId, Language == CashierLanguage.SimplifiedChinese ? 1 : 3);
        }

        /// <summary>Gets the one-line remedy of a failure cause.</summary>
        /// <param name="causeId">A cause id of failure-causes.md, e.g. "HW-PRINTER".</param>
        /// <returns>The remedy; empty for an id not in the table.</returns>
        public string CauseRemedy(string causeId)
        {
            return CauseColumn(causeId, Language == CashierLanguage.SimplifiedChinese ? 2 : 4);
        }

        /// <summary>Gets the words for what exactly is wrong with a part.</summary>
        /// <param name="detail">The detail.</param>
        /// <returns>The words; empty for <see cref="FaultDetail.None"/>.</returns>
        public string FaultDetailText(FaultDetail detail)
        {
            bool zh = Language == CashierLanguage.SimplifiedChinese;
            switch (detail)
            {
                case FaultDetail.PaperOut:
                    return zh ? "缺纸" : "Paper out";
                case FaultDetail.PaperNearEnd:
                    return zh ? "纸将用完" : "Paper near end";
                case FaultDetail.CoverOpen:
                    return zh ? "纸仓盖未合上" : "Cover open";
                case FaultDetail.HeadTooHot:
                    return zh ? "打印头过热，请等待冷却" : "Head too hot: let it cool";
                case FaultDetail.CutterJammed:
                    return zh ? "切刀卡住" : "Cutter jammed";
                case FaultDetail.NoReply:
                    return zh ? "设备无应答" : "No reply";
                case FaultDetail.GarbledReply:
                    return zh ? "应答数据错误" : "Garbled reply";
                case FaultDetail.KeyStuck:
                    return zh ? "按键卡住" : "Key stuck";
                case FaultDetail.CableUnplugged:
                    return zh ? "连接线松动或拔出" : "Cable loose or pulled";
                case FaultDetail.StorageFull:
                    return zh ? "存储空间已满" : "Storage full";
                default:
                    return string.Empty;
            }
        }

        /// <summary>Gets the words for a self-test verdict.</summary>
        /// <param name="verdict">The verdict.</param>
        /// <returns>PASS, WARN, FAIL, or the not-run dashes.</returns>
        public string VerdictText(SelfTestVerdict verdict)
        {
            switch (verdict)
            {
                case SelfTestVerdict.Pass:
                    return VerdictPass;
                case SelfTestVerdict.Warn:
                    return VerdictWarn;
                case SelfTestVerdict.Fail:
                    return VerdictFail;
                default:
                    return VerdictNotRun;
            }
        }

        private static string CauseColumn(string causeId, int column)
        {
            if (causeId == null)
            {
                return string.Empty;
            }

            for (int row = 0; row < CauseTable.Length; row += CauseColumns)
            {
                if (CauseTable[row] == causeId)
                {
                    return CauseTable[row + column];
                }
            }

            return string.Empty;
        }
    }
}
