using System;
using Terminal.Core.Maintenance;
using Terminal.Hal.Storage;

namespace Terminal.App.SelfTests
{
    /// <summary>
    /// Runs self-tests: by symptom (S1..S5, in the table's order), all, or one by id. Stamps each result, keeps the
    /// last result of every cause across reboots (<see cref="SelfTestResultStore"/>), writes the run to the event
    /// log and queues its report for the host. A test that throws is reported as FAIL with the exception's message:
    /// a bug in one check must not hide the others.
    /// </summary>
    public sealed class SelfTestRunner
    {
        /// <summary>The plan name of a run of every test.</summary>
        public const string AllPlan = "ALL";

        private readonly SelfTestContext _context;
        private readonly SelfTestResultStore _store;
        private readonly SelfTest[] _tests;

        /// <summary>Creates a runner over the catalogue's tests.</summary>
        /// <param name="context">What the tests look at.</param>
        /// <param name="store">Where the last results are kept; <c>null</c> to keep nothing (tests).</param>
        public SelfTestRunner(SelfTestContext context, SelfTestResultStore store)
            : this(context, store, SelfTestCatalog.CreateAll())
        {
        }

        /// <summary>Creates a runner over a given set of tests.</summary>
        /// <param name="context">What the tests look at.</param>
        /// <param name="store">Where the last results are kept; <c>null</c> to keep nothing.</param>
        /// <param name="tests">The tests; the runner keeps the array.</param>
        public SelfTestRunner(SelfTestContext context, SelfTestResultStore store, SelfTest[] tests)
        {
            if (context == null || tests == null)
            {
                throw new ArgumentNullException(context == null ? "context" : "tests");
            }

            _context = context;
            _store = store;
            _tests = tests;
        }

        /// <summary>Gets the tests, in catalogue order. Do not modify.</summary>
        public SelfTest[] Tests
        {
            get { return _tests; }
        }

        /// <summary>Gets or sets who is told after each test; <c>null</c> for nobody.</summary>
        public SelfTestProgress Progress { get; set; }

        /// <summary>Gets or sets who is told when a run is finished and kept; <c>null</c> for nobody.</summary>
        public SelfTestFinished Finished { get; set; }

        /// <summary>Gets or sets where finished runs are queued for the host; <c>null</c> to queue nothing.</summary>
        public ISelfTestReportQueue Reports { get; set; }

        /// <summary>Gets the last run since boot; <c>null</c> before the first.</summary>
        public SelfTestRun LastRun { get; private set; }

        /// <summary>Gets why the last run's results could not all be kept (log, store, host queue); empty when they were.</summary>
        public string LastKeepProblem { get; private set; } = string.Empty;

        /// <summary>Runs the checks for a symptom, in order.</summary>
        /// <param name="symptomId">S1..S5.</param>
        /// <returns>The run.</returns>
        /// <exception cref="ArgumentException">Not a symptom id.</exception>
        public SelfTestRun RunSymptom(string symptomId)
        {
            string[] checks = SymptomPlan.ChecksFor(symptomId);
            if (checks == null)
            {
                throw new ArgumentException("unknown symptom '" + symptomId + "': use S1..S5");
            }

            return Run(symptomId, checks);
        }

        /// <summary>Runs every test, in catalogue order.</summary>
        /// <returns>The run.</returns>
        public SelfTestRun RunAll()
        {
            string[] ids = new string[_tests.Length];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = _tests[i].CauseId;
            }

            return Run(AllPlan, ids);
        }

        /// <summary>Runs one test.</summary>
        /// <param name="causeId">The cause id, exact (<c>HW-PRINTER</c>).</param>
        /// <returns>The run.</returns>
        /// <exception cref="ArgumentException">No test answers that id.</exception>
        public SelfTestRun RunOne(string causeId)
        {
            if (SelfTestCatalog.Find(_tests, causeId) == null)
            {
                throw new ArgumentException("no self-test for '" + causeId + "'");
            }

            return Run(causeId, new string[] { causeId });
        }

        private SelfTestRun Run(string plan, string[] causeIds)
        {
            long started = _context.Clock.UtcNowMilliseconds;
            SelfTestResult[] results = new SelfTestResult[causeIds.Length];
            for (int i = 0; i < causeIds.Length; i++)
            {
                results[i] = RunCheck(causeIds[i]);
                SelfTestProgress progress = Progress;
                if (progress != null)
                {
                    progress(results[i], i, causeIds.Length);
                }
            }

            SelfTestRun run = new SelfTestRun(plan, started, results);
            LastRun = run;
            Keep(run);
            SelfTestFinished finished = Finished;
            if (finished != null)
            {
                finished(run);
            }

            return run;
        }

        private SelfTestResult RunCheck(string causeId)
        {
            long startedMonotonic = _context.Clock.MonotonicMilliseconds;
            SelfTest test = SelfTestCatalog.Find(_tests, causeId);
            SelfTestResult result;
            if (test == null)
            {
                result = new SelfTestResult(causeId, CheckVerdict.Fail, "this firmware has no self-test for " + causeId, new Remedy("请联系服务商", "Call service: update the firmware."));
            }
            else
            {
                try
                {
                    result = test.Run(_context);
                    if (result == null)
                    {
                        result = new SelfTestResult(causeId, CheckVerdict.Fail, "the self-test returned nothing", test.Remedy);
                    }
                }
                catch (Exception exception)
                {
                    result = new SelfTestResult(causeId, CheckVerdict.Fail, "self-test error: " + exception.Message, test.Remedy);
                }
            }

            result.TimestampUtcMilliseconds = _context.Clock.UtcNowMilliseconds;
            result.DurationMilliseconds = _context.Clock.MonotonicMilliseconds - startedMonotonic;
            return result;
        }

        // Keeps the run three ways; one failing does not stop the others, and none stops the run being shown.
        private void Keep(SelfTestRun run)
        {
            string problem = string.Empty;
            if (_store != null)
            {
                try
                {
                    _store.Save(run.Results);
                }
                catch (StorageException exception)
                {
                    problem = "results not saved: " + exception.Message;
                }
            }

            EventLog log = _context.EventLog;
            if (log != null)
            {
                try
                {
                    log.Append(EventKind.SelfTest, run.Plan, RunLine(run));
                }
                catch (StorageException exception)
                {
                    problem = problem.Length == 0 ? "run not logged: " + exception.Message : problem;
                }
            }

            ISelfTestReportQueue reports = Reports;
            if (reports != null && !reports.Enqueue(run))
            {
                problem = problem.Length == 0 ? "report not queued for the host" : problem;
            }

            LastKeepProblem = problem;
        }

        /// <summary>Formats a run as one log line: the overall verdict, then every check that was not PASS.</summary>
        /// <param name="run">The run.</param>
        /// <returns>E.g. <c>FAIL 7 run, 5 pass: TX-PENDING=FAIL NET-LINK=WARN</c>.</returns>
        public static string RunLine(SelfTestRun run)
        {
            string line = SelfTestRun.OverallName(run.Overall) + " " + run.Results.Length.ToString() + " run, " + run.Count(CheckVerdict.Pass).ToString() + " pass";
            string findings = string.Empty;
            for (int i = 0; i < run.Results.Length; i++)
            {
                SelfTestResult result = run.Results[i];
                if (result.Verdict != CheckVerdict.Pass)
                {
                    findings = findings + " " + result.CauseId + "=" + SelfTestRun.VerdictName(result.Verdict);
                }
            }

            return findings.Length == 0 ? line : line + ":" + findings;
        }
    }
}
