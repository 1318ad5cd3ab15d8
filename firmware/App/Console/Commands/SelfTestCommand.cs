using Terminal.App.SelfTests;

namespace Terminal.App.Console.Commands
{
    /// <summary>
    /// <c>selftest run S1..S5|all|ID</c>, <c>selftest list</c>, <c>selftest show [ID]</c>: runs the self-tests by
    /// symptom, all or one, lists them, or shows the last kept results with their remedies. A console run has no
    /// operator at the terminal: checks that need one answer OPERATOR.
    /// </summary>
    public sealed class SelfTestCommand : ConsoleCommand
    {
        /// <inheritdoc/>
        public override string Name
        {
            get { return "selftest"; }
        }

        /// <inheritdoc/>
        public override string Usage
        {
            get { return "selftest run S1..S5|all|<ID> | list | show [<ID>]"; }
        }

        /// <inheritdoc/>
        public override string Summary
        {
            get { return "run self-tests by symptom, all or one; list them; show the last results"; }
        }

        /// <inheritdoc/>
        public override void Execute(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            string verb = CommandLineParser.LowerAscii(request.Argument(0));
            if (verb == "run" && request.Count == 2)
            {
                Run(request, services, response);
            }
            else if (verb == "list" && request.Count == 1)
            {
                List(request, services, response);
            }
            else if (verb == "show" && request.Count <= 2)
            {
                Show(request, services, response);
            }
            else
            {
                BadArguments(response, "run, list or show");
            }
        }

        private void Run(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            SelfTestRunner runner = services.SelfTests;
            string plan = request.Argument(1);
            string upper = UpperAscii(plan);
            bool all = upper == "ALL";
            bool symptom = SymptomPlan.IsSymptom(upper);
            if (!all && !symptom && (runner == null || SelfTestCatalog.Find(runner.Tests, upper) == null))
            {
                BadArguments(response, "'" + (ConsoleText.IsPrintableAscii(plan) && plan.Length <= 24 ? plan : "?") + "' is not S1..S5, all, or a self-test id (selftest list)");
                return;
            }

            if (runner == null)
            {
                response.NotAvailable("self-test runner");
                return;
            }

            SelfTestRun run = all ? runner.RunAll() : symptom ? runner.RunSymptom(upper) : runner.RunOne(upper);
            Report(request.Json, run.Plan, run.Results, SelfTestRun.OverallName(run.Overall), response);
            if (runner.LastKeepProblem.Length > 0 && !request.Json)
            {
                response.Line("note: " + runner.LastKeepProblem);
            }
        }

        private static void List(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            SelfTestRunner runner = services.SelfTests;
            if (runner == null)
            {
                response.NotAvailable("self-test runner");
                return;
            }

            ConsoleJson json = new ConsoleJson().BeginObject().BeginArray("symptoms");
            for (int i = 0; i < SymptomPlan.Symptoms.Length; i++)
            {
                string id = SymptomPlan.Symptoms[i];
                string[] checks = SymptomPlan.ChecksFor(id);
                string text = string.Empty;
                for (int c = 0; c < checks.Length; c++)
                {
                    text = c == 0 ? checks[c] : text + " " + checks[c];
                }

                if (request.Json)
                {
                    json.BeginObject().String("id", id).String("title", SymptomPlan.TitleEnglish(id)).String("checks", text).EndObject();
                }
                else
                {
                    response.Line(id + "  " + SymptomPlan.TitleEnglish(id) + ": " + text);
                }
            }

            json.EndArray().BeginArray("tests");
            for (int i = 0; i < runner.Tests.Length; i++)
            {
                SelfTest test = runner.Tests[i];
                if (request.Json)
                {
                    json.BeginObject().String("id", test.CauseId).String("title", test.TitleEnglish).EndObject();
                }
                else
                {
                    response.Line(test.CauseId + "  " + test.TitleEnglish);
                }
            }

            if (request.Json)
            {
                response.Json(json.EndArray().EndObject());
            }
        }

        private static void Show(ConsoleRequest request, ConsoleServices services, ConsoleResponse response)
        {
            SelfTestResultStore store = services.SelfTestResults;
            if (store == null)
            {
                response.NotAvailable("self-test results");
                return;
            }

            SelfTestResult[] results;
            if (request.Count == 2)
            {
                SelfTestResult one = store.Find(UpperAscii(request.Argument(1)));
                if (one == null)
                {
                    response.Fail(ConsoleErrors.BadArguments, "no kept result for that id; selftest show lists the kept ones");
                    return;
                }

                results = new SelfTestResult[] { one };
            }
            else
            {
                results = store.ToArray();
            }

            Report(request.Json, "last", results, SelfTestRun.OverallName(SelfTestRun.Summarize(results)), response);
        }

        private static void Report(bool asJson, string plan, SelfTestResult[] results, string overall, ConsoleResponse response)
        {
            if (asJson)
            {
                ConsoleJson json = new ConsoleJson().BeginObject().String("plan", plan).String("overall", overall).BeginArray("results");
                for (int i = 0; i < results.Length; i++)
                {
                    SelfTestResult result = results[i];
                    json.BeginObject()
                        .String("cause", result.CauseId)
                        .String("verdict", SelfTestRun.VerdictName(result.Verdict))
                        .String("summary", result.Summary)
                        .String("remedy_en", result.Remedy == null ? string.Empty : result.Remedy.English)
                        .String("remedy_zh", result.Remedy == null ? string.Empty : result.Remedy.Chinese)
                        .String("utc", ConsoleText.FormatUtc(result.TimestampUtcMilliseconds))
                        .Number("duration_ms", result.DurationMilliseconds)
                        .BeginArray("measurements");
                    for (int m = 0; m < result.MeasurementCount; m++)
                    {
                        Measurement measurement = result.GetMeasurement(m);
                        json.BeginObject().String("name", measurement.Name).String("value", measurement.Value).String("unit", measurement.Unit).EndObject();
                    }

                    json.EndArray().EndObject();
                }

                response.Json(json.EndArray().EndObject());
                return;
            }

            response.Line(plan + ": " + overall + " (" + results.Length.ToString() + " checks)");
            for (int i = 0; i < results.Length; i++)
            {
                SelfTestResult result = results[i];
                string verdict = SelfTestRun.VerdictName(result.Verdict);
                response.Line(Pad(verdict, 8) + Pad(result.CauseId, 12) + result.Summary);
                string measured = result.MeasurementsText();
                if (measured.Length > 0)
                {
                    response.Line("        measured: " + measured);
                }

                if ((result.Verdict == CheckVerdict.Fail || result.Verdict == CheckVerdict.Warn || result.Verdict == CheckVerdict.Operator) && result.Remedy != null)
                {
                    response.Line("        remedy: " + result.Remedy.English);
                    response.Line("        处理: " + result.Remedy.Chinese);
                }
            }
        }

        private static string Pad(string text, int width)
        {
            string padded = text;
            while (padded.Length < width)
            {
                padded = padded + " ";
            }

            return padded + " ";
        }

        private static string UpperAscii(string text)
        {
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] >= 'a' && chars[i] <= 'z')
                {
                    chars[i] = (char)(chars[i] - 32);
                }
            }

            return new string(chars);
        }
    }
}
