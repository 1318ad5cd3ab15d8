using Terminal.App.Payments;
using Terminal.Core.Identity;
using Terminal.Core.Protocol;

namespace Terminal.App.SelfTests.Software
{
    /// <summary>
    /// SW-CONFIG: the terminal's identity and payment configuration (the seeds' wrong payee account and wrong
    /// payment method). Locally: the terminal and merchant ids are present and well-formed (the host protocol's
    /// identifier rule: 1..32 printable ASCII, docs/host-protocol.md "Conventions"), a host address is configured,
    /// the currency is an ISO 4217 number, the QR timings make sense, and at least one payment method has its part
    /// fitted. Then an echo asks the host whether it knows this terminal: 401/403 (<c>unknown_terminal</c>) is
    /// FAIL. A host that does not answer is WARN: the local checks passed, the host's view is unknown.
    /// </summary>
    public sealed class SwConfigSelfTest : SelfTest
    {
        private static readonly Remedy ProvisionTerminal = new Remedy("请技术员更正终端配置。", "Provision the terminal: enter its terminal and merchant id.");

        /// <summary>Creates the test.</summary>
        public SwConfigSelfTest()
            : base("SW-CONFIG")
        {
        }

        /// <inheritdoc/>
        public override SelfTestResult Run(SelfTestContext context)
        {
            TerminalIdentity identity = context.Identity;
            if (identity == null)
            {
                return Verdict(CheckVerdict.Fail, "The terminal is not provisioned: no terminal or merchant id.", ProvisionTerminal)
                    .Measure("terminal_id", "none", string.Empty);
            }

            string problem = IdentifierProblem("terminal id", identity.TerminalId);
            if (problem == null)
            {
                problem = IdentifierProblem("merchant id", identity.MerchantId);
            }

            if (problem != null)
            {
                return Verdict(CheckVerdict.Fail, "Bad identity: " + problem + ".")
                    .Measure("terminal_id", SoftwareEvidence.Printable(identity.TerminalId), string.Empty)
                    .Measure("merchant_id", SoftwareEvidence.Printable(identity.MerchantId), string.Empty);
            }

            if ((context.Board != null && context.Board.HostLink == null) || context.Host == null)
            {
                return Verdict(CheckVerdict.Fail, "No host address is configured: the terminal cannot reach its host.")
                    .Measure("terminal_id", identity.TerminalId, string.Empty)
                    .Measure("host", "none", string.Empty);
            }

            int methods = CountPaymentMethods(context);
            problem = PaymentProblem(context, methods);
            if (problem != null)
            {
                return Verdict(CheckVerdict.Fail, problem)
                    .Measure("terminal_id", identity.TerminalId, string.Empty)
                    .Measure("payment_methods", methods, string.Empty)
                    .Measure("currency", context.Settings == null ? -1 : context.Settings.Payments.CurrencyNumericCode, string.Empty);
            }

            HostReply reply = context.Host.Echo();
            if (reply.IsAnswered && (reply.StatusCode == 401 || reply.StatusCode == 403 || reply.CauseId == CauseId))
            {
                return Verdict(CheckVerdict.Fail, "The host does not know this terminal (HTTP " + reply.StatusCode.ToString() + ").")
                    .Measure("terminal_id", identity.TerminalId, string.Empty)
                    .Measure("merchant_id", identity.MerchantId, string.Empty)
                    .Measure("host_status", reply.StatusCode, string.Empty)
                    .Measure("host_cause", reply.CauseId == null ? "none" : reply.CauseId, string.Empty);
            }

            if (!reply.IsAnswered || reply.Echo == null)
            {
                string why = reply.IsAnswered ? "HTTP " + reply.StatusCode.ToString() : SoftwareEvidence.NoAnswerText(reply);
                return Verdict(CheckVerdict.Warn, "Configuration looks right, but could not ask the host whether it accepts it (" + why + ").")
                    .Measure("terminal_id", identity.TerminalId, string.Empty)
                    .Measure("payment_methods", methods, string.Empty)
                    .Measure("host", why, string.Empty);
            }

            return Verdict(CheckVerdict.Pass, "Ids well-formed and accepted by the host; " + methods.ToString() + " payment methods ready.")
                .Measure("terminal_id", identity.TerminalId, string.Empty)
                .Measure("merchant_id", identity.MerchantId, string.Empty)
                .Measure("payment_methods", methods, string.Empty)
                .Measure("host_status", reply.StatusCode, string.Empty);
        }

        // The protocol's identifier rule (Core's ProtocolText.IdentifierProblem is internal to Core): 1..32
        // printable ASCII, and no blanks, as TerminalIdentity stores them. TerminalIdentity already refuses
        // anything else, so this only guards against an identity made some other way in future.
        private static string IdentifierProblem(string member, string value)
        {
            if (value == null || value.Length == 0)
            {
                return member + " is empty";
            }

            if (value.Length > ProtocolLimits.MaximumIdentifierLength)
            {
                return member + " is longer than " + ProtocolLimits.MaximumIdentifierLength.ToString() + " characters";
            }

            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] <= ' ' || value[i] > '~')
                {
                    return member + " is not printable ASCII without blanks";
                }
            }

            return null;
        }

        // Card needs the reader; a customer's QR needs the scanner; a merchant QR needs the screen.
        private static int CountPaymentMethods(SelfTestContext context)
        {
            if (context.Peripherals == null)
            {
                return 0;
            }

            int methods = 0;
            if (context.Peripherals.CardReader != null)
            {
                methods++;
            }

            if (context.Peripherals.Scanner != null)
            {
                methods++;
            }

            if (context.Peripherals.Screens != null)
            {
                methods++;
            }

            return methods;
        }

        private static string PaymentProblem(SelfTestContext context, int methods)
        {
            if (methods == 0)
            {
                return "No payment method is available: no card reader, scanner or screen.";
            }

            if (context.Settings == null || context.Settings.Payments == null)
            {
                return "The payment settings are missing.";
            }

            PaymentFlowSettings payments = context.Settings.Payments;
            if (payments.CurrencyNumericCode < 1 || payments.CurrencyNumericCode > 999)
            {
                return "The currency code " + payments.CurrencyNumericCode.ToString() + " is not an ISO 4217 number.";
            }

            if (payments.QrPollIntervalMilliseconds < 1 || payments.QrWindowMilliseconds <= payments.QrPollIntervalMilliseconds)
            {
                return "The QR timings are wrong: the window must be longer than the poll interval.";
            }

            return null;
        }
    }
}
