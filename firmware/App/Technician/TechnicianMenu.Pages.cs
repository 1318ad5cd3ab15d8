using Terminal.App.Maintenance;
using Terminal.App.Payments;
using Terminal.App.Receipts;
using Terminal.App.Screens;
using Terminal.App.SelfTests;
using Terminal.Core.Journal;
using Terminal.Core.Protocol;
using Terminal.Hal.Keypad;
using Terminal.Hal.Printer;

namespace Terminal.App.Technician
{
    /// <content>The pages: what each shows and what its keys do.</content>
    public sealed partial class TechnicianMenu
    {
        // The main menu's entries, in order (1..9, then 0 for the tenth).
        private const int EntryRunSymptom = 0;
        private const int EntryRunAll = 1;
        private const int EntryRunOne = 2;
        private const int EntryResults = 3;
        private const int EntryPrintReport = 4;
        private const int EntryTransactions = 5;
        private const int EntryQueues = 6;
        private const int EntryReprint = 7;
        private const int EntryLanguage = 8;
        private const int EntryRestart = 9;
        private const int EntryCount = 10;

        private static readonly int[] ResultRows = new int[] { 1, 1, 2, 2, 3 };
        private static readonly int[] TransactionRows = new int[] { 1, 1, 1, 1, 1, 1 };

        private readonly SelfTestProgress _progress;
        private int _mainSelected;
        private int _symptomSelected;
        private int _causeSelected;
        private int _resultSelected;
        private int _transactionSelected;
        private int _languageSelected;
        private SelfTestResult[] _results;
        private string _resultsPlan = string.Empty;

        private ScreenText Text
        {
            get { return ScreenText.For(_screens.Language); }
        }

        /// <summary>Shows a page and makes it the current one.</summary>
        private void Go(MenuPage page)
        {
            _page = page;
            switch (page)
            {
                case MenuPage.Main:
                    ShowMain();
                    break;
                case MenuPage.Symptoms:
                    ShowSymptoms();
                    break;
                case MenuPage.Causes:
                    ShowCauses();
                    break;
                case MenuPage.Results:
                    ShowResults();
                    break;
                case MenuPage.ResultDetail:
                    ShowResultDetail();
                    break;
                case MenuPage.Transactions:
                    ShowTransactions();
                    break;
                case MenuPage.TransactionDetail:
                    ShowTransactionDetail();
                    break;
                case MenuPage.Queues:
                    ShowQueues();
                    break;
                case MenuPage.Language:
                    ShowLanguages();
                    break;
                case MenuPage.RestartConfirm:
                    ShowRestartConfirm();
                    break;
            }
        }

        // ---- main menu

        private void ShowMain()
        {
            ScreenText text = Text;
            string[] labels = new string[EntryCount];
            labels[EntryRunSymptom] = text.MenuRunSymptom;
            labels[EntryRunAll] = text.MenuRunAll;
            labels[EntryRunOne] = text.MenuRunOne;
            labels[EntryResults] = text.MenuResults;
            labels[EntryPrintReport] = text.MenuPrintReport;
            labels[EntryTransactions] = text.MenuTransactions;
            labels[EntryQueues] = text.MenuQueues;
            labels[EntryReprint] = text.MenuReprint;
            labels[EntryLanguage] = text.MenuLanguage;
            labels[EntryRestart] = text.MenuRestart;
            _screens.ShowTechnicianMenu(labels, _mainSelected);
        }

        private void MainKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Close();
                return;
            }

            int before = _mainSelected;
            if (!Navigate(key, EntryCount, ref _mainSelected))
            {
                if (_mainSelected != before)
                {
                    _screens.SelectMenuEntry(_mainSelected);
                }

                return;
            }

            switch (_mainSelected)
            {
                case EntryRunSymptom:
                    IfRunner(MenuPage.Symptoms);
                    break;
                case EntryRunAll:
                    if (Runner == null)
                    {
                        Message(Text.MenuRunAll, PageTone.Fault, Text.NotAvailable, MenuPage.Main);
                    }
                    else
                    {
                        RunTests(SelfTestRunner.AllPlan);
                    }

                    break;
                case EntryRunOne:
                    IfRunner(MenuPage.Causes);
                    break;
                case EntryResults:
                    _resultSelected = 0;
                    Go(MenuPage.Results);
                    break;
                case EntryPrintReport:
                    PrintReport();
                    break;
                case EntryTransactions:
                    _transactionSelected = 0;
                    Go(MenuPage.Transactions);
                    break;
                case EntryQueues:
                    Go(MenuPage.Queues);
                    break;
                case EntryReprint:
                    Reprint();
                    break;
                case EntryLanguage:
                    _languageSelected = _screens.Language == CashierLanguage.English ? 1 : 0;
                    Go(MenuPage.Language);
                    break;
                default:
                    if (Restart == null)
                    {
                        Message(Text.RestartTitle, PageTone.Fault, Text.NotAvailable, MenuPage.Main);
                    }
                    else
                    {
                        Go(MenuPage.RestartConfirm);
                    }

                    break;
            }
        }

        private void IfRunner(MenuPage page)
        {
            if (Runner == null)
            {
                Message(Text.MenuTitle, PageTone.Fault, Text.NotAvailable, MenuPage.Main);
                return;
            }

            Go(page);
        }

        // ---- self-tests

        private void ShowSymptoms()
        {
            bool chinese = _screens.Language == CashierLanguage.SimplifiedChinese;
            string[] labels = new string[SymptomPlan.Symptoms.Length];
            for (int i = 0; i < labels.Length; i++)
            {
                string id = SymptomPlan.Symptoms[i];
                labels[i] = id + " " + (chinese ? SymptomPlan.TitleChinese(id) : SymptomPlan.TitleEnglish(id));
            }

            _screens.ShowTechnicianList(Text.SymptomListTitle, labels, _symptomSelected, Text.ListHint);
        }

        private void SymptomsKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Go(MenuPage.Main);
                return;
            }

            int before = _symptomSelected;
            if (Navigate(key, SymptomPlan.Symptoms.Length, ref _symptomSelected))
            {
                RunTests(SymptomPlan.Symptoms[_symptomSelected]);
            }
            else if (_symptomSelected != before)
            {
                _screens.SelectMenuEntry(_symptomSelected);
            }
        }

        private void ShowCauses()
        {
            SelfTest[] tests = Runner.Tests;
            string[] labels = new string[tests.Length];
            for (int i = 0; i < tests.Length; i++)
            {
                labels[i] = tests[i].CauseId;
            }

            _screens.ShowTechnicianList(Text.CauseListTitle, labels, _causeSelected, Text.ListHint);
        }

        private void CausesKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Go(MenuPage.Main);
                return;
            }

            SelfTest[] tests = Runner.Tests;
            int before = _causeSelected;
            if (Navigate(key, tests.Length, ref _causeSelected))
            {
                RunTests(tests[_causeSelected].CauseId);
            }
            else if (_causeSelected != before)
            {
                _screens.SelectMenuEntry(_causeSelected);
            }
        }

        /// <summary>Runs a symptom (S1..S5), everything (ALL) or one cause id, with the technician as the operator, then shows the results.</summary>
        private void RunTests(string plan)
        {
            SelfTestRunner runner = Runner;
            _screens.ShowTechnicianPage(Text.RunningTitle, PageTone.Information, new string[] { Text.RunningLine, plan }, null, null, string.Empty);
            SelfTestProgress previousProgress = runner.Progress;
            SelfTestContext context = SelfTestContext;
            IOperatorPrompt previousOperator = context == null ? null : context.Operator;
            runner.Progress = _progress;
            if (context != null)
            {
                context.Operator = Operator;
            }

            SelfTestRun run;
            try
            {
                if (plan == SelfTestRunner.AllPlan)
                {
                    run = runner.RunAll();
                }
                else if (SymptomPlan.IsSymptom(plan))
                {
                    run = runner.RunSymptom(plan);
                }
                else
                {
                    run = runner.RunOne(plan);
                }
            }
            finally
            {
                runner.Progress = previousProgress;
                if (context != null)
                {
                    context.Operator = previousOperator;
                }
            }

            _results = run.Results;
            _resultsPlan = run.Plan;
            _resultSelected = 0;
            Go(MenuPage.Results);
        }

        private void OnProgress(SelfTestResult result, int index, int total)
        {
            string line = (index + 1).ToString() + "/" + total.ToString() + "  " + result.CauseId + "  " + SelfTestRun.VerdictName(result.Verdict);
            _screens.ShowTechnicianPage(Text.RunningTitle, PageTone.Information, new string[] { Text.RunningLine, line }, null, null, string.Empty);
        }

        // The results of the run started here, else the runner's last run, else the kept ones.
        private SelfTestResult[] CurrentResults(out string plan)
        {
            plan = _resultsPlan;
            if (_results != null)
            {
                return _results;
            }

            if (Runner != null && Runner.LastRun != null)
            {
                plan = Runner.LastRun.Plan;
                return Runner.LastRun.Results;
            }

            if (ResultStore != null && ResultStore.Count > 0)
            {
                plan = "LAST";
                return ResultStore.ToArray();
            }

            return null;
        }

        private void ShowResults()
        {
            string plan;
            SelfTestResult[] results = CurrentResults(out plan);
            if (results == null || results.Length == 0)
            {
                Message(Text.ResultListTitle, PageTone.Information, Text.NoResults, MenuPage.Main);
                return;
            }

            string[] labels = new string[results.Length];
            for (int i = 0; i < results.Length; i++)
            {
                labels[i] = results[i].CauseId + "  " + SelfTestRun.VerdictName(results[i].Verdict);
            }

            _screens.ShowTechnicianList(Text.ResultListTitle + " " + SelfTestRun.OverallName(SelfTestRun.Summarize(results)), labels, _resultSelected, Text.ListHint);
        }

        private void ResultsKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Go(MenuPage.Main);
                return;
            }

            string plan;
            SelfTestResult[] results = CurrentResults(out plan);
            int count = results == null ? 0 : results.Length;
            int before = _resultSelected;
            if (Navigate(key, count, ref _resultSelected))
            {
                Go(MenuPage.ResultDetail);
            }
            else if (_resultSelected != before)
            {
                _screens.SelectMenuEntry(_resultSelected);
            }
        }

        private void ShowResultDetail()
        {
            string plan;
            SelfTestResult[] results = CurrentResults(out plan);
            SelfTestResult result = results[_resultSelected];
            ScreenText text = Text;
            string[] paragraphs = new string[]
            {
                SelfTestRun.VerdictName(result.Verdict) + "  " + result.CauseId,
                text.CauseName(result.CauseId),
                result.Summary,
                result.MeasurementsText(),
                text.RemedyPrefix + SelfTestReport.RemedyText(result.Remedy, _screens.Language),
            };
            PageTone[] tones = new PageTone[] { ToneOf(result.Verdict), PageTone.Normal, PageTone.Normal, PageTone.Muted, PageTone.Information };
            string title = text.ResultListTitle + " " + (_resultSelected + 1).ToString() + "/" + results.Length.ToString();
            _screens.ShowTechnicianPage(title, ToneOf(result.Verdict), paragraphs, tones, ResultRows, text.DetailHint);
        }

        private void ResultDetailKey(KeyCode key)
        {
            string plan;
            SelfTestResult[] results = CurrentResults(out plan);
            if (StepDetail(key, results.Length, ref _resultSelected))
            {
                ShowResultDetail();
            }
            else if (key == KeyCode.Ok || key == KeyCode.Cancel)
            {
                Go(MenuPage.Results);
            }
        }

        private static bool StepDetail(KeyCode key, int count, ref int selected)
        {
            if (key == KeyCode.Menu && count > 0)
            {
                selected = (selected + 1) % count;
                return true;
            }

            if (key == KeyCode.Backspace && count > 0)
            {
                selected = (selected + count - 1) % count;
                return true;
            }

            return false;
        }

        private static PageTone ToneOf(CheckVerdict verdict)
        {
            switch (verdict)
            {
                case CheckVerdict.Pass:
                    return PageTone.Done;
                case CheckVerdict.Fail:
                    return PageTone.Fault;
                case CheckVerdict.Warn:
                case CheckVerdict.Operator:
                    return PageTone.Caution;
                default:
                    return PageTone.Muted;
            }
        }

        // ---- printing: the report and the reprint go straight to the printer, never through the journal's queue

        private void PrintReport()
        {
            ScreenText text = Text;
            string plan;
            SelfTestResult[] results = CurrentResults(out plan);
            if (results == null || results.Length == 0)
            {
                Message(text.ReportTitle, PageTone.Information, text.NoResults, MenuPage.Main);
                return;
            }

            if (Printer == null)
            {
                Message(text.ReportTitle, PageTone.Fault, text.NoPrinter, MenuPage.Main);
                return;
            }

            PrintDocument document = SelfTestReport.Render(results, plan, TerminalId, _clock.UtcNowMilliseconds, Receipts, Printer.ColumnsPerLine);
            PrintResult result = Printer.Print(document);
            Log("self-test report " + plan + (result.IsPrinted ? ": printed" : ": not printed, " + result.Status.CauseId));
            ShowPrintResult(text.ReportTitle, result, null);
        }

        private void Reprint()
        {
            ScreenText text = Text;
            TransactionRecord record = History == null ? null : History.FindLastReceipt();
            if (History == null)
            {
                Message(text.ReprintTitle, PageTone.Fault, text.NotAvailable, MenuPage.Main);
                return;
            }

            if (record == null)
            {
                Message(text.ReprintTitle, PageTone.Information, text.NoReceipt, MenuPage.Main);
                return;
            }

            if (Printer == null)
            {
                Message(text.ReprintTitle, PageTone.Fault, text.NoPrinter, MenuPage.Main);
                return;
            }

            SaleReceipt receipt = new SaleReceipt();
            receipt.MerchantId = MerchantId;
            receipt.TerminalId = TerminalId;
            receipt.TransactionNumber = record.Sequence;
            receipt.TransactionUtcMilliseconds = record.CreatedUtcMilliseconds;
            receipt.Kind = record.Kind;
            receipt.Method = record.Method;
            receipt.CardBrand = record.CardBrand;
            receipt.CardLast4 = record.CardLast4;
            receipt.AmountMinorUnits = record.AmountMinorUnits;
            receipt.CurrencyNumericCode = record.CurrencyNumericCode;
            receipt.Approved = record.State == TransactionFinalState.Approved;
            receipt.ResponseCode = record.ResponseCode;
            receipt.AuthorizationCode = record.AuthorizationCode;
            receipt.HostReference = record.HostReference;
            receipt.MerchantReference = record.MerchantReference;
            receipt.IsLate = record.IsLate;
            receipt.IsReprint = true;
            PrintResult result = Printer.Print(new ReceiptRenderer(Receipts, Printer.ColumnsPerLine).Render(receipt));
            Log("reprint of transaction " + record.Sequence.ToString() + (result.IsPrinted ? ": printed" : ": not printed, " + result.Status.CauseId));
            ShowPrintResult(text.ReprintTitle, result, text.ReprintMarkedLine + "  #" + record.Sequence.ToString());
        }

        private void ShowPrintResult(string title, PrintResult result, string printedDetail)
        {
            ScreenText text = Text;
            if (result.IsPrinted)
            {
                Message(title, PageTone.Done, new string[] { text.PrintedLine, printedDetail }, MenuPage.Main);
                return;
            }

            string causeId = result.Status.CauseId;
            string detail = text.FaultDetailText(DetailOf(result.Status.Fault));
            Message(title, PageTone.Fault, new string[] { text.NotPrintedLine, causeId + "  " + detail, text.CauseRemedy(causeId) }, MenuPage.Main);
        }

        private static FaultDetail DetailOf(PrinterFault fault)
        {
            switch (fault)
            {
                case PrinterFault.PaperOut:
                    return FaultDetail.PaperOut;
                case PrinterFault.CoverOpen:
                    return FaultDetail.CoverOpen;
                case PrinterFault.HeadOverheated:
                    return FaultDetail.HeadTooHot;
                case PrinterFault.CutterJam:
                    return FaultDetail.CutterJammed;
                case PrinterFault.NoReply:
                    return FaultDetail.NoReply;
                case PrinterFault.GarbledReply:
                    return FaultDetail.GarbledReply;
                default:
                    return FaultDetail.None;
            }
        }

        // ---- last transactions

        private void ShowTransactions()
        {
            ScreenText text = Text;
            if (History == null)
            {
                Message(text.TransactionsTitle, PageTone.Fault, text.NotAvailable, MenuPage.Main);
                return;
            }

            if (History.Count == 0)
            {
                Message(text.TransactionsTitle, PageTone.Information, text.NoTransactions, MenuPage.Main);
                return;
            }

            string[] labels = new string[History.Count];
            for (int i = 0; i < labels.Length; i++)
            {
                TransactionRecord record = History.Get(i);
                string time = ReceiptFormat.LocalTime(record.CreatedUtcMilliseconds, Receipts.UtcOffsetMinutes);
                labels[i] = (time.Length >= 16 ? time.Substring(11, 5) : time) + " " + text.CurrencySymbol + SaleSession.FormatAmount(record.AmountMinorUnits) + " " + StateText(text, record);
            }

            _screens.ShowTechnicianList(text.TransactionsTitle, labels, _transactionSelected, text.ListHint);
        }

        private void TransactionsKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Go(MenuPage.Main);
                return;
            }

            int before = _transactionSelected;
            if (Navigate(key, History.Count, ref _transactionSelected))
            {
                Go(MenuPage.TransactionDetail);
            }
            else if (_transactionSelected != before)
            {
                _screens.SelectMenuEntry(_transactionSelected);
            }
        }

        private void ShowTransactionDetail()
        {
            ScreenText text = Text;
            TransactionRecord record = History.Get(_transactionSelected);
            string method = record.Method == PaymentMethod.Card
                ? text.MethodCardWord + " " + record.CardBrand + " " + ReceiptFormat.MaskedCardNumber(record.CardLast4)
                : text.MethodQrWord;
            string[] paragraphs = new string[]
            {
                "#" + record.Sequence.ToString() + "  " + ReceiptFormat.LocalTime(record.CreatedUtcMilliseconds, Receipts.UtcOffsetMinutes),
                text.CurrencySymbol + SaleSession.FormatAmount(record.AmountMinorUnits),
                method,
                StateText(text, record),
                record.ResponseCode.Length > 0 ? text.ResponseCodePrefix + record.ResponseCode : string.Empty,
                record.MerchantReference,
            };
            PageTone tone = ToneOf(record.State);
            PageTone[] tones = new PageTone[] { PageTone.Normal, PageTone.Normal, PageTone.Normal, tone, PageTone.Muted, PageTone.Muted };
            string title = text.TransactionsTitle + " " + (_transactionSelected + 1).ToString() + "/" + History.Count.ToString();
            _screens.ShowTechnicianPage(title, PageTone.Information, paragraphs, tones, TransactionRows, text.DetailHint);
        }

        private void TransactionDetailKey(KeyCode key)
        {
            if (StepDetail(key, History.Count, ref _transactionSelected))
            {
                ShowTransactionDetail();
            }
            else if (key == KeyCode.Ok || key == KeyCode.Cancel)
            {
                Go(MenuPage.Transactions);
            }
        }

        private static string StateText(ScreenText text, TransactionRecord record)
        {
            string word;
            switch (record.State)
            {
                case TransactionFinalState.Approved:
                    word = text.StateApprovedWord;
                    break;
                case TransactionFinalState.Declined:
                    word = text.StateDeclinedWord;
                    break;
                case TransactionFinalState.Cancelled:
                    word = text.StateCancelledWord;
                    break;
                default:
                    return text.StateUnknownWord;
            }

            return record.WasUnknown ? text.StateResolvedPrefix + word : word;
        }

        private static PageTone ToneOf(TransactionFinalState state)
        {
            switch (state)
            {
                case TransactionFinalState.Approved:
                    return PageTone.Done;
                case TransactionFinalState.Unknown:
                    return PageTone.Caution;
                case TransactionFinalState.Declined:
                    return PageTone.Fault;
                default:
                    return PageTone.Muted;
            }
        }

        // ---- queues

        private void ShowQueues()
        {
            ScreenText text = Text;
            TransactionJournal journal = Journal;
            if (journal == null)
            {
                Message(text.QueuesTitle, PageTone.Fault, text.NoJournal, MenuPage.Main);
                return;
            }

            long now = _clock.UtcNowMilliseconds;
            string[] paragraphs = new string[]
            {
                QueueLine(text, journal, Destinations.Display, text.QueueDisplay, now),
                QueueLine(text, journal, Destinations.Printer, text.QueuePrinter, now),
                QueueLine(text, journal, Destinations.Host, text.QueueHost, now),
            };
            PageTone[] tones = new PageTone[3];
            tones[0] = journal.PendingCount(Destinations.Display) > 0 ? PageTone.Caution : PageTone.Normal;
            tones[1] = journal.PendingCount(Destinations.Printer) > 0 ? PageTone.Caution : PageTone.Normal;
            tones[2] = journal.PendingCount(Destinations.Host) > 0 ? PageTone.Caution : PageTone.Normal;
            _screens.ShowTechnicianPage(text.QueuesTitle, PageTone.Information, paragraphs, tones, null, text.BackHint);
        }

        private static string QueueLine(ScreenText text, TransactionJournal journal, int destination, string name, long nowUtcMilliseconds)
        {
            int count = journal.PendingCount(destination);
            string line = name + ": " + count.ToString() + text.QueueCountSuffix;
            if (count == 0)
            {
                return line;
            }

            long oldest = journal.OldestPendingCreatedUtcMilliseconds(destination);
            long minutes = oldest < 0 || nowUtcMilliseconds < oldest ? 0 : (nowUtcMilliseconds - oldest) / 60000;
            return line + ", " + text.QueueOldestPrefix + minutes.ToString() + text.MinutesSuffix;
        }

        // ---- language

        private void ShowLanguages()
        {
            string[] labels = new string[] { ScreenText.Chinese.LanguageName, ScreenText.English.LanguageName };
            _screens.ShowTechnicianList(Text.LanguageTitle, labels, _languageSelected, Text.ListHint);
        }

        private void LanguageKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Go(MenuPage.Main);
                return;
            }

            int before = _languageSelected;
            if (!Navigate(key, 2, ref _languageSelected))
            {
                if (_languageSelected != before)
                {
                    _screens.SelectMenuEntry(_languageSelected);
                }

                return;
            }

            CashierLanguage language = _languageSelected == 1 ? CashierLanguage.English : CashierLanguage.SimplifiedChinese;
            _screens.Language = language;
            Log(language == CashierLanguage.English ? "screen language en" : "screen language zh");
            LanguageChosenHandler chosen = LanguageChosen;
            if (chosen != null)
            {
                chosen(language);
                Go(MenuPage.Main);
                return;
            }

            Message(Text.LanguageTitle, PageTone.Information, new string[] { Text.LanguageName, Text.LanguageNotKept }, MenuPage.Main);
        }

        // ---- restart

        private void ShowRestartConfirm()
        {
            ScreenText text = Text;
            _screens.ShowTechnicianPage(text.RestartTitle, PageTone.Caution, new string[] { text.RestartSafeLine, text.RestartConfirmLine }, null, null, text.RestartHint);
        }

        private void RestartKey(KeyCode key)
        {
            if (key == KeyCode.Cancel)
            {
                Go(MenuPage.Main);
                return;
            }

            if (key != KeyCode.Ok)
            {
                return;
            }

            ScreenText text = Text;
            if (IsPaymentAuthorizing())
            {
                Log("restart refused: a payment is authorizing");
                Message(text.RestartTitle, PageTone.Fault, text.RestartRefused, MenuPage.Main);
                return;
            }

            Log("restart");
            _screens.ShowTechnicianPage(text.RestartTitle, PageTone.Caution, new string[] { text.RestartingLine }, null, null, string.Empty);
            Restart.Restart();

            // Only a simulated restart returns: the terminal then goes on as after a reboot, signed out.
            Close();
        }

        /// <summary>Tells whether a payment is between its request and its answer: the sale's, or any the journal holds as authorizing.</summary>
        private bool IsPaymentAuthorizing()
        {
            SaleSession sale = Sale;
            if (sale != null && sale.State == SaleState.Authorizing)
            {
                return true;
            }

            TransactionJournal journal = Journal;
            if (journal == null)
            {
                return false;
            }

            for (int i = 0; i < journal.LiveTransactionCount; i++)
            {
                if (journal.GetTransaction(i).State == TransactionState.Authorizing)
                {
                    return true;
                }
            }

            return false;
        }

        // ---- messages

        private void Message(string title, PageTone tone, string line, MenuPage back)
        {
            Message(title, tone, new string[] { line }, back);
        }

        private void Message(string title, PageTone tone, string[] lines, MenuPage back)
        {
            _messageReturn = back;
            _page = MenuPage.Message;
            _screens.ShowTechnicianPage(title, tone, lines, null, null, Text.BackHint);
        }
    }
}
